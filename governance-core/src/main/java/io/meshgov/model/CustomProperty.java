package io.meshgov.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A {@code customProperties} entry: a name and a value of any YAML/JSON shape (text, number, boolean, list,
 * map or null), with the stable id and description ODCS v3.1 and later allow (null when not written).
 */
@API(status = STABLE, since = "0.1.0")
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
