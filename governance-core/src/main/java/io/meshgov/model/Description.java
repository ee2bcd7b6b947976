package io.meshgov.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/** A descriptor's {@code description}: what the data is for, how to use it, and its limits. */
@API(status = STABLE, since = "0.1.0")
public record Description(String path, String purpose, String usage, String limitations,
                          List<AuthoritativeDefinition> authoritativeDefinitions,
                          List<CustomProperty> customProperties, Map<String, Object> extensions)
        implements DescriptorElement {

    public Description {
        authoritativeDefinitions = Frozen.list(authoritativeDefinitions);
        customProperties = Frozen.list(customProperties);
        extensions = Frozen.map(extensions);
    }
}
