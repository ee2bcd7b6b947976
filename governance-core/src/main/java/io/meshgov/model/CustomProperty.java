package io.meshgov.model;

import java.util.Objects;

/**
 * A {@code customProperties} entry: a name and a value of any YAML/JSON shape (text, number, boolean, list,
 * map or null), with the stable id and description ODCS v3.1 and later allow (null when not written).
 */
public record CustomProperty(String property, Object value, String id, String description) {

    public CustomProperty {
        Objects.requireNonNull(property, "property");
    }

    /** A custom property with neither id nor description. */
    public CustomProperty(String property, Object value) {
        this(property, value, null, null);
    }

    /** The value as text, or {@code null} when it has none. */
    public String text() {
        return value == null ? null : String.valueOf(value);
    }
}
