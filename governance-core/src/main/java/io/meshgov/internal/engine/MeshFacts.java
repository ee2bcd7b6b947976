package io.meshgov.internal.engine;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.meshgov.conventions.Conventions;
import io.meshgov.mesh.Catalog;
import io.meshgov.mesh.CatalogEntry;
import io.meshgov.model.ConsumedContract;
import io.meshgov.model.Consumer;
import io.meshgov.model.Consumers;
import io.meshgov.model.ContractReference;
import io.meshgov.model.DataContract;
import io.meshgov.model.DataProduct;
import io.meshgov.model.Descriptor;
import io.meshgov.model.ElementPaths;
import io.meshgov.model.Port;
import io.meshgov.model.SameId;
import io.meshgov.model.SchemaProperty;
import io.meshgov.model.SharedName;
import io.meshgov.model.TeamMember;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What a catalog tells the rules about one descriptor: the contracts a product consumes, the products that consume a
 * contract, and the other descriptors with its id. Nothing when the catalog is empty: unknown is not missing.
 */
@API(status = INTERNAL)
public final class MeshFacts {

    private MeshFacts() {
    }

    /**
     * The facts for {@code descriptor}; {@code content}: whether it is judged as it is (else as deleted, when only
     * its consumers matter).
     */
    public static List<Object> of(Descriptor descriptor, Catalog catalog, Conventions conventions, boolean content) {
        if (catalog.isEmpty()) {
            return List.of();
        }
        List<Object> facts = new ArrayList<>();
        if (descriptor instanceof DataContract contract) {
            List<Consumer> consumers = new ArrayList<>();
            for (CatalogEntry product : catalog.consumersOf(contract.id())) {
                consumers.add(new Consumer(product.id(), product.version(), product.domain(),
                        owner(product, conventions), product.source()));
            }
            if (!consumers.isEmpty()) {   // most contracts have none: no fact to insert and match
                facts.add(new Consumers(contract.domain(), consumers));
            }
        }
        if (!content) {
            return facts;
        }
        if (descriptor instanceof DataProduct product) {
            for (Port input : product.inputPorts()) {
                if (input.contractId() != null) {
                    facts.add(consumed(input.path(), "contractId", input.contractId(), catalog));
                }
            }
            for (Port output : product.outputPorts()) {
                for (ContractReference reference : output.inputContracts()) {
                    if (reference.id() != null) {
                        facts.add(consumed(ElementPaths.entry(ElementPaths.child(output.path(), "inputContracts"),
                                reference.id()), "id", reference.id(), catalog));
                    }
                }
            }
        }
        if (descriptor instanceof DataContract contract) {
            contract.forEachElement(element -> {
                if (element instanceof SchemaProperty property && CatalogEntry.termOf(property) != null) {
                    sharedNames(property, contract, catalog, facts);
                }
            });
        }
        for (CatalogEntry same : catalog.withId(descriptor.id())) {
            if (!sameFile(same.source(), descriptor.origin().source())) {
                facts.add(new SameId(same.id(), same.kind(), same.version(), same.domain(), same.source()));
            }
        }
        return facts;
    }

    /** Each contract of another domain that defines the property's business name elsewhere. */
    private static void sharedNames(SchemaProperty property, DataContract contract, Catalog catalog, List<Object> facts) {
        String term = CatalogEntry.termOf(property);
        String definition = CatalogEntry.definitionOf(property);
        for (CatalogEntry other : catalog.defining(term)) {
            String elsewhere = other.definitions().get(term);
            if (other.domain() != null && contract.domain() != null && !other.domain().equals(contract.domain())
                    && !sameUrl(definition, elsewhere) && !sameFile(other.source(), contract.origin().source())) {
                facts.add(new SharedName(property.path(), property.businessName(), definition, elsewhere,
                        other.domain(), other.source()));
            }
        }
    }

    private static boolean sameUrl(String one, String other) {
        return trimmed(one).equalsIgnoreCase(trimmed(other));
    }

    private static String trimmed(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static ConsumedContract consumed(String path, String field, String id, Catalog catalog) {
        CatalogEntry contract = catalog.contract(id);
        return contract == null ? new ConsumedContract(path, field, id, false, null, null, null, null, null)
                : new ConsumedContract(path, field, id, true, contract.status(), contract.domain(),
                contract.replacement(), contract.retirementDate(), contract.source());
    }

    /** The usernames (or names) of the product's team members in an owner role, joined; {@code null} for none. */
    private static String owner(CatalogEntry product, Conventions conventions) {
        List<String> owners = new ArrayList<>();
        for (TeamMember member : product.team()) {
            String who = member.username() != null ? member.username() : member.name();
            if (who != null && conventions.isOwner(member.role())) {
                owners.add(who);
            }
        }
        return owners.isEmpty() ? null : String.join(", ", owners);
    }

    private static boolean sameFile(String one, String other) {
        if (one.equals(other)) {
            return true;
        }
        try {
            Path first = Path.of(one);
            Path second = Path.of(other);
            if (first.toAbsolutePath().normalize().equals(second.toAbsolutePath().normalize())) {
                return true;
            }
            // a descriptor found through a link is the file it links to, not a second publication
            return java.nio.file.Files.exists(first) && java.nio.file.Files.exists(second)
                    && java.nio.file.Files.isSameFile(first, second);
        } catch (InvalidPathException | java.io.IOException e) {
            return false;
        }
    }
}
