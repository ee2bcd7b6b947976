package io.meshgov.mesh;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.meshgov.model.AuthoritativeDefinition;
import io.meshgov.model.DataProduct;
import io.meshgov.model.Descriptor;
import io.meshgov.model.DescriptorKind;
import io.meshgov.model.Port;
import io.meshgov.model.SchemaProperty;
import io.meshgov.model.TeamMember;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * One descriptor as the catalog knows it: who it is, where it lives, who answers for it, and the edges it draws to
 * data contracts. Small on purpose: a catalog holds up to {@value Catalog#MAX_DESCRIPTORS} of them.
 *
 * @param kind           a data contract or a data product
 * @param id             its id
 * @param version        its version
 * @param status         its lifecycle status as written
 * @param domain         its domain
 * @param name           its name
 * @param source         the file it was read from
 * @param team           the current members of its team (username or name, and role)
 * @param replacement    the id it names as its replacement ({@code replacedBy}), or {@code null}
 * @param retirementDate the retirement date it gives, as written, or {@code null}
 * @param consumes       for a data product, the ids of the contracts it reads: its input ports' contracts and its
 *                       output ports' {@code inputContracts}; empty for a data contract
 * @param governedBy     for a data product, the ids of the contracts its output ports publish under; empty for a
 *                       data contract
 * @param definitions    for a data contract, each business name its properties give, lower-cased, to where the
 *                       property says it is defined (its first authoritative definition's URL)
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record CatalogEntry(DescriptorKind kind, String id, String version, String status, String domain, String name,
                           String source, List<TeamMember> team, String replacement, String retirementDate,
                           List<String> consumes, List<String> governedBy, Map<String, String> definitions) {

    public CatalogEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        team = List.copyOf(team);
        consumes = List.copyOf(consumes);
        governedBy = List.copyOf(governedBy);
        definitions = definitions == null ? Map.of() : Map.copyOf(definitions);
    }

    /** What the catalog keeps of a descriptor. */
    public static CatalogEntry of(Descriptor descriptor) {
        List<TeamMember> team = new ArrayList<>();
        if (descriptor.team() != null) {
            for (TeamMember member : descriptor.team().members()) {
                if (member.isCurrent()) {
                    team.add(new TeamMember(member.path(), member.username(), member.name(), member.role(), null,
                            null, null, null, java.util.Map.of()));
                }
            }
        }
        Set<String> consumes = new LinkedHashSet<>();
        Set<String> governedBy = new LinkedHashSet<>();
        if (descriptor instanceof DataProduct product) {
            for (Port input : product.inputPorts()) {
                consumes.add(input.contractId());
            }
            for (Port output : product.outputPorts()) {
                governedBy.add(output.contractId());
                output.inputContracts().forEach(reference -> consumes.add(reference.id()));
            }
        }
        consumes.remove(null);
        governedBy.remove(null);
        Map<String, String> definitions = new java.util.TreeMap<>();
        descriptor.forEachElement(element -> {
            String name = element instanceof SchemaProperty property ? termOf(property) : null;
            if (name != null) {
                definitions.putIfAbsent(name, definitionOf((SchemaProperty) element));
            }
        });
        return new CatalogEntry(descriptor.kind(), descriptor.id(), descriptor.version(), descriptor.status(),
                descriptor.domain(), descriptor.name(), descriptor.origin().source(), team, descriptor.replacement(),
                descriptor.retirementDate(), new ArrayList<>(consumes), new ArrayList<>(governedBy), definitions);
    }

    /** A property's business name as the glossary compares it (lower case), when it names where it is defined. */
    public static String termOf(SchemaProperty property) {
        return property.businessName() == null || property.businessName().isBlank() || definitionOf(property) == null
                ? null : property.businessName().strip().toLowerCase(Locale.ROOT);
    }

    /** Where a property says its business name is defined: its first authoritative definition's URL, or null. */
    public static String definitionOf(SchemaProperty property) {
        for (AuthoritativeDefinition definition : property.authoritativeDefinitions()) {
            if (definition.url() != null && !definition.url().isBlank()) {
                return definition.url().strip();
            }
        }
        return null;
    }

    /** Whether it is a data contract. */
    public boolean isContract() {
        return kind == DescriptorKind.DATA_CONTRACT;
    }

    /** {@code marketing/campaign-audience}: its domain (when it names one) and id, as findings name it. */
    public String label() {
        return (domain == null || domain.isBlank() ? "" : domain + "/") + id;
    }
}
