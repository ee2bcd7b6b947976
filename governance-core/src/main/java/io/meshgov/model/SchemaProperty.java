package io.meshgov.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A property (column, field) of a schema object, or of an enclosing property for nested objects and arrays.
 *
 * <p>{@code objectName} is the schema object it belongs to, however deeply nested; {@code items} describes the
 * elements of an array property. Boolean flags take the standard's default ({@code false}) when absent.
 * {@code examples} are kept as written, as text.
 *
 * <p>Wide on purpose, and without a builder, as {@link DataContract} is: the reader makes it, with every value
 * checked and located; rules only read it.
 */
@API(status = STABLE, since = "0.1.0")
public record SchemaProperty(String path, String objectName, String id, String name, String physicalName,
                             String logicalType, String physicalType, String businessName, String description,
                             boolean required, boolean unique, boolean primaryKey, Integer primaryKeyPosition,
                             boolean partitioned, boolean criticalDataElement, String classification,
                             String encryptedName, List<String> tags, List<String> examples,
                             Map<String, Object> logicalTypeOptions, List<QualityCheck> quality,
                             SchemaProperty items, List<SchemaProperty> properties,
                             List<AuthoritativeDefinition> authoritativeDefinitions,
                             List<CustomProperty> customProperties, Map<String, Object> extensions)
        implements DescriptorElement {

    /** The logical types of the Open Data Contract Standard (v3). */
    public static final Set<String> STANDARD_LOGICAL_TYPES = Set.of("string", "integer", "number", "boolean", "date",
            "timestamp", "time", "array", "object", "map");

    public SchemaProperty {
        tags = Frozen.list(tags);
        examples = Frozen.list(examples);
        logicalTypeOptions = Frozen.map(logicalTypeOptions);
        quality = Frozen.list(quality);
        properties = Frozen.list(properties);
        authoritativeDefinitions = Frozen.list(authoritativeDefinitions);
        customProperties = Frozen.list(customProperties);
        extensions = Frozen.map(extensions);
    }

    /**
     * How messages name the property: its name, qualified by the properties that enclose it ({@code address.street}),
     * with {@code []} for an array's items, which have no name ({@code tags[]}, {@code lines[].sku}).
     */
    public String label() {
        if (name != null && isTopLevel()) {
            return name; // most properties: no path to spell out
        }
        List<String> segments = new java.util.ArrayList<>();
        int i = path.indexOf(".properties[");
        while (i >= 0 && i < path.length()) {
            if (path.startsWith(".properties[", i)) {
                int close = path.indexOf(']', i + ".properties[".length());
                if (close < 0) {
                    break;
                }
                segments.add(path.substring(i + ".properties[".length(), close));
                i = close + 1;
            } else if (path.startsWith(".items", i)) {
                segments.add("[]");
                i += ".items".length();
            } else {
                break;
            }
        }
        if (!segments.isEmpty() && !isArrayItems() && name != null) {
            // the name as written: a path names a property whose name has brackets by its index
            segments.set(segments.size() - 1, name);
        }
        StringBuilder label = new StringBuilder();
        for (String segment : segments) {
            label.append(label.length() == 0 || segment.equals("[]") ? "" : ".").append(segment);
        }
        return label.length() == 0 ? (name != null ? name : "items") : label.toString();
    }

    /** Whether this describes the items of an array property, which have no name and take the array's meaning. */
    public boolean isArrayItems() {
        return path.endsWith(".items");
    }

    /** Whether the logical type is one of the standard's ({@link #STANDARD_LOGICAL_TYPES}), as written. */
    public boolean hasStandardLogicalType() {
        return logicalType != null && STANDARD_LOGICAL_TYPES.contains(logicalType);
    }

    /**
     * Whether the property belongs directly to its schema object ({@code schema[orders].properties[id]}), rather than
     * to another property or to an array's items. Lets a rule judge an object's own properties without
     * {@code from $object.properties()}, which costs a fact per property and rule.
     */
    public boolean isTopLevel() {
        int first = path.indexOf(".properties[");
        return first >= 0 && path.indexOf(".properties[", first + 1) < 0 && !path.endsWith(".items")
                && !path.contains(".items.");
    }

    /**
     * Whether this property lies inside the element at {@code enclosingPath}: a field of it, however deep, or its
     * items ({@code schema[orders].properties[address].properties[street]} is inside
     * {@code schema[orders].properties[address]}).
     */
    public boolean isInside(String enclosingPath) {
        return enclosingPath != null && path.length() > enclosingPath.length()
                && path.charAt(enclosingPath.length()) == '.' && path.startsWith(enclosingPath);
    }

    /**
     * The values the property may take, as listed in its {@code enum} (ODCS v3.2): each entry's {@code value}, or the
     * entry itself when written as a plain value; empty when the property lists none.
     */
    public List<String> allowedValues() {
        if (!(extensions.get("enum") instanceof List<?> entries)) {
            return List.of();
        }
        List<String> values = new java.util.ArrayList<>();
        for (Object entry : entries) {
            Object value = entry instanceof Map<?, ?> described ? described.get("value") : entry;
            if (value != null) {
                values.add(String.valueOf(value));
            }
        }
        return List.copyOf(values);
    }
}
