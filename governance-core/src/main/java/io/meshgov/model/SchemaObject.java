package io.meshgov.model;

import java.util.List;
import java.util.Map;

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

    /** Whether an earlier property of this object has the same name as {@code property}. */
    public boolean repeatsAnEarlierName(SchemaProperty property) {
        return EarlierNames.repeated(properties, property, SchemaProperty::name);
    }
}
