package io.meshgov.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An ODCS {@code schema} entry: a table, a topic, a document — with its properties and quality checks. */
public record SchemaObject(String path, String id, String name, String physicalName, String logicalType,
                           String physicalType, String businessName, String description,
                           String dataGranularityDescription, List<String> tags, List<SchemaProperty> properties,
                           List<QualityCheck> quality, List<AuthoritativeDefinition> authoritativeDefinitions,
                           List<CustomProperty> customProperties, Map<String, Object> extensions)
        implements DescriptorElement {

    public SchemaObject {
        tags = Frozen.list(tags);
        properties = Frozen.list(properties);
        quality = Frozen.list(quality);
        authoritativeDefinitions = Frozen.list(authoritativeDefinitions);
        customProperties = Frozen.list(customProperties);
        extensions = Frozen.map(extensions);
    }

    /**
     * The properties of this object named like an earlier one (the second {@code id}, not the first): usually none.
     * One pass over the object, where asking property by property would compare each with all before it.
     */
    public List<SchemaProperty> propertiesRepeatingAnEarlierName() {
        List<SchemaProperty> repeating = List.of();
        Set<String> names = new HashSet<>();
        for (SchemaProperty property : properties) {
            if (property.name() != null && !names.add(property.name())) {
                if (repeating.isEmpty()) {
                    repeating = new ArrayList<>();
                }
                repeating.add(property);
            }
        }
        return repeating.isEmpty() ? repeating : List.copyOf(repeating);
    }
}
