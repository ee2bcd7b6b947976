package io.meshgov.evolution;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What a change means for consumers, and so which part of a semantic version it needs to move. */
@API(status = STABLE, since = "0.1.0")
public enum Impact {
    /** Breaks consumers under the compatibility mode: a major version. */
    BREAKING,
    /** Adds or changes without breaking: at least a minor version. */
    ADDITIVE,
    /** Documentation only: at least a patch version. */
    PATCH
}
