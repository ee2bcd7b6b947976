package io.meshgov.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** A reference from a data product's port to a data contract, by contract id and version. */
@API(status = STABLE, since = "0.1.0")
public record ContractReference(String id, String version) {
}
