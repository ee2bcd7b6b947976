package io.meshgov.model;

import java.util.List;
import java.util.Map;

/** A descriptor's {@code description}: what the data is for, how to use it, and its limits. */
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
