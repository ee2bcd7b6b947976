package io.meshgov.model;

import java.util.List;
import java.util.Map;

/**
 * An ODCS {@code servers} entry: where the data is served. The type-specific settings (host, port, database,
 * location, format...) are in {@code extensions}.
 */
public record Server(String path, String server, String type, String environment, String description,
                     List<CustomProperty> customProperties, Map<String, Object> extensions)
        implements DescriptorElement {

    public Server {
        customProperties = Frozen.list(customProperties);
        extensions = Frozen.map(extensions);
    }
}
