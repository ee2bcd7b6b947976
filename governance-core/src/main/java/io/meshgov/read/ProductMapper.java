package io.meshgov.read;

import io.meshgov.model.ContractReference;
import io.meshgov.model.DataProduct;
import io.meshgov.model.Description;
import io.meshgov.model.ManagementPort;
import io.meshgov.model.Port;
import io.meshgov.model.PortDirection;
import io.meshgov.model.SupportChannel;
import io.meshgov.model.Team;
import java.util.ArrayList;
import java.util.List;

/** Maps the body of an Open Data Product Standard document. */
final class ProductMapper {

    private ProductMapper() {
    }

    static DataProduct map(Section document, String apiVersion, String id, ReadContext context) {
        String name = document.text("name");
        String version = document.text("version");
        String status = document.text("status");
        String domain = document.text("domain");
        String tenant = document.text("tenant");
        Description description = DescriptorMapper.description(document);
        Team team = DescriptorMapper.team(document);
        List<Port> inputPorts = ports(document, "inputPorts", PortDirection.INPUT);
        List<Port> outputPorts = ports(document, "outputPorts", PortDirection.OUTPUT);
        List<ManagementPort> managementPorts = new ArrayList<>();
        for (Section port : document.sections("managementPorts", "name")) {
            managementPorts.add(new ManagementPort(port.elementPath(), port.text("name"), port.text("content"),
                    port.text("type"), port.text("url"), port.text("channel"), port.text("description"),
                    port.texts("tags"), port.customProperties(), port.extensions()));
        }
        List<SupportChannel> support = DescriptorMapper.support(document);
        return new DataProduct(apiVersion, id, name, version, status, domain, tenant, description, team,
                inputPorts, outputPorts, managementPorts, support, document.texts("tags"),
                document.authoritativeDefinitions(), document.customProperties(), document.extensions(),
                context.origin());
    }

    private static List<Port> ports(Section document, String key, PortDirection direction) {
        List<Port> ports = new ArrayList<>();
        for (Section port : document.sections(key, "name")) {
            List<ContractReference> inputContracts = new ArrayList<>();
            for (Section reference : port.sections("inputContracts", "id")) {
                inputContracts.add(new ContractReference(reference.text("id"), reference.text("version")));
                reference.extensions();
            }
            ports.add(new Port(port.elementPath(), direction, port.text("name"), port.text("version"),
                    port.text("contractId"), port.text("description"), port.text("type"), port.texts("tags"),
                    inputContracts, port.authoritativeDefinitions(), port.customProperties(), port.extensions()));
        }
        return ports;
    }
}
