package io.meshgov.model;

import java.util.Map;

/**
 * An ODCS {@code slaProperties} entry such as {@code latency 4 d} or {@code retention 3 y}; {@code value} and
 * {@code valueExt} are kept as written, as text.
 */
public record SlaProperty(String path, String property, String value, String valueExt, String unit,
                          String element, String driver, String description, Map<String, Object> extensions)
        implements DescriptorElement {

    public SlaProperty {
        extensions = Frozen.map(extensions);
    }
}
