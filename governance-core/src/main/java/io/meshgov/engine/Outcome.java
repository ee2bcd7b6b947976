package io.meshgov.engine;

/** The verdict on one descriptor. */
public enum Outcome {
    /** No finding of severity ERROR or WARNING. */
    APPROVED,
    /** Warnings, but no errors. */
    APPROVED_WITH_WARNINGS,
    /** At least one finding of severity ERROR. */
    REJECTED
}
