package io.meshgov.model;

/** A link to where something is defined authoritatively: a business definition, a canonical URL, a tutorial. */
public record AuthoritativeDefinition(String type, String url, String description) {
}
