package io.meshgov.model;

import java.util.List;
import java.util.Map;

/** A data product's management port: a channel for observability, dictionary updates, control. */
public record ManagementPort(String path, String name, String content, String type, String url, String channel,
                             String description, List<String> tags, List<CustomProperty> customProperties,
                             Map<String, Object> extensions) implements DescriptorElement {

    public ManagementPort {
        tags = Frozen.list(tags);
        customProperties = Frozen.list(customProperties);
        extensions = Frozen.map(extensions);
    }
}
