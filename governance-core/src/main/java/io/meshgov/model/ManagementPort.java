package io.meshgov.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/** A data product's management port: a channel for observability, dictionary updates, control. */
@API(status = STABLE, since = "0.1.0")
public record ManagementPort(String path, String name, String content, String type, String url, String channel,
                             String description, List<String> tags, List<CustomProperty> customProperties,
                             Map<String, Object> extensions) implements DescriptorElement {

    public ManagementPort {
        tags = Frozen.list(tags);
        customProperties = Frozen.list(customProperties);
        extensions = Frozen.map(extensions);
    }
}
