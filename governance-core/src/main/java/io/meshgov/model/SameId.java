package io.meshgov.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Another descriptor in the run's catalog with the id of the one being judged: another version of it, or a
 * collision. Inserted only when the engine judges with a catalog.
 *
 * @param id      the shared id
 * @param kind    the other descriptor's kind
 * @param version the other descriptor's version
 * @param domain  the other descriptor's domain, or {@code null}
 * @param source  the file the catalog read it from
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record SameId(String id, DescriptorKind kind, String version, String domain, String source) {
}
