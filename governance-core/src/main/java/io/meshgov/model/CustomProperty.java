package io.meshgov.model;

import java.util.Objects;

/**
 * A {@code customProperties} entry: a name and a value of any YAML/JSON shape (text, number, boolean, list,
 * map or null).
 */
public record CustomProperty(String property, Object value) {

    public CustomProperty {
        Objects.requireNonNull(property, "property");
    }

    /** The value as text, or {@code null} when it has none. */
    public String text() {
        return value == null ? null : String.valueOf(value);
    }
}
