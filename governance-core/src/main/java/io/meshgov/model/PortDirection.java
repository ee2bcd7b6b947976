package io.meshgov.model;

/** Which way data flows through a data product's port. */
public enum PortDirection {
    /** Data the product consumes. */
    INPUT,
    /** Data the product serves. */
    OUTPUT
}
