package io.meshgov.mesh;

import io.meshgov.model.DataProduct;
import io.meshgov.model.Descriptor;
import io.meshgov.model.DescriptorKind;
import io.meshgov.model.Port;
import io.meshgov.model.TeamMember;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
 */
public record CatalogEntry(DescriptorKind kind, String id, String version, String status, String domain, String name,
                           String source, List<TeamMember> team, String replacement, String retirementDate,
                           List<String> consumes, List<String> governedBy) {

    public CatalogEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        team = List.copyOf(team);
        consumes = List.copyOf(consumes);
        governedBy = List.copyOf(governedBy);
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
        return new CatalogEntry(descriptor.kind(), descriptor.id(), descriptor.version(), descriptor.status(),
                descriptor.domain(), descriptor.name(), descriptor.origin().source(), team, descriptor.replacement(),
                descriptor.retirementDate(), new ArrayList<>(consumes), new ArrayList<>(governedBy));
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
