package io.meshgov.model;

/**
 * A link to where something is defined authoritatively: a business definition, a canonical URL, a tutorial; with the
 * stable id ODCS v3.1 and later allow (null when not written).
 */
public record AuthoritativeDefinition(String type, String url, String description, String id) {

    /** A definition without an id. */
    public AuthoritativeDefinition(String type, String url, String description) {
        this(type, url, description, null);
    }
}
