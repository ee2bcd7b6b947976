package io.meshgov.model;

import java.util.Map;

/**
 * An ODCS {@code slaProperties} entry such as {@code latency 4 d} or {@code retention 3 y}; {@code value} and
 * {@code valueExt} are kept as written, as text.
 *
 * <p>{@code unit} is a keyword in DRL, so rules test it through {@link #hasUnit()} and
 * {@code Conventions.isKnownUnit(SlaProperty)} rather than by name.
 */
public record SlaProperty(String path, String property, String value, String valueExt, String unit,
                          String element, String driver, String description, Map<String, Object> extensions)
        implements DescriptorElement {

    public SlaProperty {
        extensions = Frozen.map(extensions);
    }

    /** Whether it is the SLA property {@code name}, ignoring case ({@code isNamed("endOfLife")}). */
    public boolean isNamed(String name) {
        return property != null && property.equalsIgnoreCase(name);
    }

    /** Whether a unit is given. */
    public boolean hasUnit() {
        return unit != null && !unit.isBlank();
    }
}
