package io.meshgov.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/** A {@code support} entry: where consumers get help (a Slack channel, a mailing list, a ticket queue). */
@API(status = STABLE, since = "0.1.0")
public record SupportChannel(String path, String channel, String tool, String url, String scope,
                             String description, List<CustomProperty> customProperties,
                             Map<String, Object> extensions) implements DescriptorElement {

    public SupportChannel {
        customProperties = Frozen.list(customProperties);
        extensions = Frozen.map(extensions);
    }
}
