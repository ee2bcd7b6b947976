package io.meshgov.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A business name that a property of the contract being judged shares with a property of a contract of another
 * domain, which the catalog says is defined elsewhere: one term of the shared glossary meaning two things. Inserted
 * only when the engine judges with a catalog.
 *
 * @param path            the property of the judged contract
 * @param businessName    the shared business name, as the judged contract writes it
 * @param definition      where the judged contract says the name is defined
 * @param otherDefinition where the other contract says it is defined
 * @param otherDomain     the other contract's domain
 * @param otherSource     the file the catalog read the other contract from
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record SharedName(String path, String businessName, String definition, String otherDefinition,
                         String otherDomain, String otherSource) implements DescriptorElement {
}
