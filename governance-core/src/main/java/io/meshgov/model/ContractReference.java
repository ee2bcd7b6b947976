package io.meshgov.model;

/** A reference from a data product's port to a data contract, by contract id and version. */
public record ContractReference(String id, String version) {
}
