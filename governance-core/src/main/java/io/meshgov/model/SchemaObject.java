package io.meshgov.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * An ODCS {@code schema} entry: a table, a topic, a document — with its properties and quality checks, and the
 * relationships declared on it or on any of its properties ({@link Relationship}).
 */
@API(status = STABLE, since = "0.1.0")
public record SchemaObject(String path, String id, String name, String physicalName, String logicalType,
                           String physicalType, String businessName, String description,
                           String dataGranularityDescription, List<String> tags, List<SchemaProperty> properties,
                           List<QualityCheck> quality, List<Relationship> relationships,
                           List<AuthoritativeDefinition> authoritativeDefinitions,
                           List<CustomProperty> customProperties, Map<String, Object> extensions)
        implements DescriptorElement {

    /** Up to this many properties, duplicate names are found by comparing pairs rather than through a set. */
    private static final int COMPARED_PAIRWISE = 32;

    public SchemaObject {
        tags = Frozen.list(tags);
        properties = Frozen.list(properties);
        quality = Frozen.list(quality);
        relationships = Frozen.list(relationships);
        authoritativeDefinitions = Frozen.list(authoritativeDefinitions);
        customProperties = Frozen.list(customProperties);
        extensions = Frozen.map(extensions);
    }

    /**
     * The properties of this object named like an earlier one (the second {@code id}, not the first): usually none.
     * An object of a few dozen properties compares each name with those before it, allocating nothing (rules ask
     * this of every object judged); a larger one keeps the names seen in a set.
     */
    public List<SchemaProperty> propertiesRepeatingAnEarlierName() {
        Set<String> seen = properties.size() > COMPARED_PAIRWISE ? new HashSet<>() : null;
        List<SchemaProperty> repeating = List.of();
        for (int i = 0; i < properties.size(); i++) {
            String name = properties.get(i).name();
            if (name != null && (seen != null ? !seen.add(name) : namedBefore(i, name))) {
                if (repeating.isEmpty()) {
                    repeating = new ArrayList<>();
                }
                repeating.add(properties.get(i));
            }
        }
        return repeating.isEmpty() ? repeating : List.copyOf(repeating);
    }

    /** Whether a property is named like an earlier one (see {@link #propertiesRepeatingAnEarlierName}). */
    public boolean repeatsAPropertyName() {
        return !propertiesRepeatingAnEarlierName().isEmpty();
    }

    private boolean namedBefore(int index, String name) {
        for (int i = 0; i < index; i++) {
            if (name.equals(properties.get(i).name())) {
                return true;
            }
        }
        return false;
    }
}
