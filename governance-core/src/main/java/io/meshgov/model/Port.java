package io.meshgov.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * An input or output port of a data product; {@code contractId} names the data contract that governs it, and an
 * output port's {@code inputContracts} the contracts it is derived from.
 */
@API(status = STABLE, since = "0.1.0")
public record Port(String path, PortDirection direction, String name, String version, String contractId,
                   String description, String type, List<String> tags, List<ContractReference> inputContracts,
                   List<AuthoritativeDefinition> authoritativeDefinitions, List<CustomProperty> customProperties,
                   Map<String, Object> extensions) implements DescriptorElement {

    public Port {
        tags = Frozen.list(tags);
        inputContracts = Frozen.list(inputContracts);
        authoritativeDefinitions = Frozen.list(authoritativeDefinitions);
        customProperties = Frozen.list(customProperties);
        extensions = Frozen.map(extensions);
    }

    /** Whether it is marked {@code deprecated: true} (ODPS v1.1): consumers should move off it. */
    public boolean isDeprecated() {
        return Boolean.TRUE.equals(extensions.get("deprecated"));
    }
}
