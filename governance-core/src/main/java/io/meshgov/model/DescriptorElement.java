package io.meshgov.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** A part of a descriptor that a rule can point at. */
@API(status = STABLE, since = "0.1.0")
public interface DescriptorElement {

    /**
     * Where this element sits in its descriptor, by name where names are unique: {@code schema[orders]},
     * {@code schema[orders].properties[email]}, {@code team.members[jdoe]}; the descriptor itself is {@code ""}.
     */
    String path();
}
