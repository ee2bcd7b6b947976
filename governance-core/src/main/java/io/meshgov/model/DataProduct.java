package io.meshgov.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * An Open Data Product Standard data product: a domain's unit of publication, with the ports it consumes and
 * serves and the data contracts that govern them.
 */
@API(status = STABLE, since = "0.1.0")
public record DataProduct(String apiVersion, String id, String name, String version, String status, String domain,
                          String tenant, Description description, Team team, List<Port> inputPorts,
                          List<Port> outputPorts, List<ManagementPort> managementPorts,
                          List<SupportChannel> support, List<String> tags,
                          List<AuthoritativeDefinition> authoritativeDefinitions,
                          List<CustomProperty> customProperties, Map<String, Object> extensions, Origin origin)
        implements Descriptor {

    public DataProduct {
        Objects.requireNonNull(id, "id");
        inputPorts = Frozen.list(inputPorts);
        outputPorts = Frozen.list(outputPorts);
        managementPorts = Frozen.list(managementPorts);
        support = Frozen.list(support);
        tags = Frozen.list(tags);
        authoritativeDefinitions = Frozen.list(authoritativeDefinitions);
        customProperties = Frozen.list(customProperties);
        extensions = Frozen.map(extensions);
        origin = origin == null ? Origin.none() : origin;
    }

    @Override
    public DescriptorKind kind() {
        return DescriptorKind.DATA_PRODUCT;
    }

    /** The same product without its origin, for comparing content read from different files. */
    public DataProduct withoutOrigin() {
        return new DataProduct(apiVersion, id, name, version, status, domain, tenant, description, team,
                inputPorts, outputPorts, managementPorts, support, tags, authoritativeDefinitions, customProperties,
                extensions, Origin.none());
    }

    /**
     * The ids of the contracts an output port is derived from: its {@code inputContracts} when it lists them,
     * else the contracts of every input port.
     */
    /** Every data contract id its ports name, inputs and outputs, each once, in port order. */
    public List<String> contractIds() {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        inputPorts.forEach(input -> ids.add(input.contractId()));
        for (Port output : outputPorts) {
            ids.add(output.contractId());
            output.inputContracts().forEach(reference -> ids.add(reference.id()));
        }
        ids.remove(null);
        return List.copyOf(ids);
    }

    public List<String> inputContractIdsOf(Port output) {
        List<String> ids = new ArrayList<>();
        if (!output.inputContracts().isEmpty()) {
            output.inputContracts().forEach(reference -> ids.add(reference.id()));
        } else {
            inputPorts.forEach(input -> ids.add(input.contractId()));
        }
        ids.removeIf(Objects::isNull);
        return List.copyOf(ids);
    }

    @Override
    public void forEachElement(Consumer<? super DescriptorElement> action) {
        action.accept(this);
        if (description != null) {
            action.accept(description);
        }
        if (team != null) {
            action.accept(team);
            DataContract.each(team.members(), action);
        }
        DataContract.each(inputPorts, action);
        DataContract.each(outputPorts, action);
        DataContract.each(managementPorts, action);
        DataContract.each(support, action);
    }

    /** Whether it is marked {@code deprecated: true} (ODPS v1.1): consumers should move off it. */
    public boolean isDeprecated() {
        return Boolean.TRUE.equals(extensions.get("deprecated"));
    }
}
