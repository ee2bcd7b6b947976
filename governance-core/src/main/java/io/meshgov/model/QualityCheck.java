package io.meshgov.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A data quality check attached to a schema object or a property ({@code target} is that element's path).
 *
 * <p>{@code metric} is ODCS v3.1's {@code metric} or v3.0's {@code rule} ("nullValues", "rowCount"...);
 * {@code thresholds} holds the comparison operators as written ({@code mustBe}, {@code mustBeGreaterThan},
 * {@code mustBeBetween}...).
 */
@API(status = STABLE, since = "0.1.0")
public record QualityCheck(String path, String target, String name, String type, String metric, String dimension,
                           String severity, String description, String businessImpact, String engine,
                           String query, String schedule, String scheduler, Map<String, Object> thresholds,
                           List<CustomProperty> customProperties, Map<String, Object> extensions)
        implements DescriptorElement {

    private static final List<String> COLUMN_KEYS = List.of("column", "columns", "property", "properties", "field",
            "fields");

    public QualityCheck {
        thresholds = Frozen.map(thresholds);
        customProperties = Frozen.list(customProperties);
        extensions = Frozen.map(extensions);
    }

    /**
     * The property names the check says it reads, where it names them: {@code column(s)}, {@code property},
     * {@code field(s)}, or the same keys inside an {@code implementation} object.
     */
    public List<String> referencedColumns() {
        List<String> columns = new ArrayList<>();
        collectColumns(extensions, columns);
        if (extensions.get("implementation") instanceof Map<?, ?> implementation) {
            collectColumns(implementation, columns);
        }
        return List.copyOf(columns);
    }

    private static void collectColumns(Map<?, ?> values, List<String> columns) {
        for (String key : COLUMN_KEYS) {
            Object value = values.get(key);
            if (value instanceof List<?> list) {
                list.stream().filter(Objects::nonNull).forEach(item -> columns.add(String.valueOf(item)));
            } else if (value != null && !(value instanceof Map<?, ?>)) {
                columns.add(String.valueOf(value));
            }
        }
    }
}
