package io.meshgov.model;

/** A part of a descriptor that a rule can point at. */
public interface DescriptorElement {

    /**
     * Where this element sits in its descriptor, by name where names are unique: {@code schema[orders]},
     * {@code schema[orders].properties[email]}, {@code team.members[jdoe]}; the descriptor itself is {@code ""}.
     */
    String path();
}
