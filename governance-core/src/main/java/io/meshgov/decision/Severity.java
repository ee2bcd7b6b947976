package io.meshgov.decision;

/** How serious a finding is; declared by each rule as {@code @severity("ERROR")}. */
public enum Severity {
    /** Blocks publication: the decision is {@link Outcome#REJECTED}. */
    ERROR,
    /** Publication goes ahead, flagged: {@link Outcome#APPROVED_WITH_WARNINGS}. */
    WARNING,
    /** For information; does not change the outcome. */
    INFO
}
