package io.meshgov.decision;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How serious a finding is; declared by each rule as {@code @severity("ERROR")}. */
@API(status = STABLE, since = "0.1.0")
public enum Severity {
    /** Blocks publication: the decision is {@link Outcome#REJECTED}. */
    ERROR,
    /** Publication goes ahead, flagged: {@link Outcome#APPROVED_WITH_WARNINGS}. */
    WARNING,
    /** For information; does not change the outcome. */
    INFO
}
