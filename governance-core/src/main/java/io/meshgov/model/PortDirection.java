package io.meshgov.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Which way data flows through a data product's port. */
@API(status = STABLE, since = "0.1.0")
public enum PortDirection {
    /** Data the product consumes. */
    INPUT,
    /** Data the product serves. */
    OUTPUT
}
