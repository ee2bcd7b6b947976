package io.meshgov.model;

import java.util.List;
import java.util.Map;

/** A {@code support} entry: where consumers get help (a Slack channel, a mailing list, a ticket queue). */
public record SupportChannel(String path, String channel, String tool, String url, String scope,
                             String description, List<CustomProperty> customProperties,
                             Map<String, Object> extensions) implements DescriptorElement {

    public SupportChannel {
        customProperties = Frozen.list(customProperties);
        extensions = Frozen.map(extensions);
    }
}
