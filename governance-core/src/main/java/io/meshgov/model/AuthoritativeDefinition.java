package io.meshgov.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A link to where something is defined authoritatively: a business definition, a canonical URL, a tutorial; with the
 * stable id ODCS v3.1 and later allow (null when not written).
 */
@API(status = STABLE, since = "0.1.0")
public record AuthoritativeDefinition(String type, String url, String description, String id) {

    /** A definition without an id. */
    public AuthoritativeDefinition(String type, String url, String description) {
        this(type, url, description, null);
    }
}
