package io.meshgov.model;

import java.util.List;
import java.util.Map;

/**
 * A data quality check attached to a schema object or a property ({@code target} is that element's path).
 *
 * <p>{@code metric} is ODCS v3.1's {@code metric} or v3.0's {@code rule} ("nullValues", "rowCount"...);
 * {@code thresholds} holds the comparison operators as written ({@code mustBe}, {@code mustBeGreaterThan},
 * {@code mustBeBetween}...).
 */
public record QualityCheck(String path, String target, String name, String type, String metric, String dimension,
                           String severity, String description, String businessImpact, String engine,
                           String query, String schedule, String scheduler, Map<String, Object> thresholds,
                           List<CustomProperty> customProperties, Map<String, Object> extensions)
        implements DescriptorElement {

    public QualityCheck {
        thresholds = Frozen.map(thresholds);
        customProperties = Frozen.list(customProperties);
        extensions = Frozen.map(extensions);
    }
}
