package io.meshgov.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * An ODCS {@code servers} entry: where the data is served. The type-specific settings (host, port, database,
 * location, format...) are in {@code extensions}.
 */
@API(status = STABLE, since = "0.1.0")
public record Server(String path, String server, String type, String environment, String description,
                     List<CustomProperty> customProperties, Map<String, Object> extensions)
        implements DescriptorElement {

    public Server {
        customProperties = Frozen.list(customProperties);
        extensions = Frozen.map(extensions);
    }
}
