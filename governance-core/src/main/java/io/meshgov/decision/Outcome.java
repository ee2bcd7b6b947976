package io.meshgov.decision;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The verdict on one descriptor. */
@API(status = STABLE, since = "0.1.0")
public enum Outcome {
    /** No finding of severity ERROR or WARNING. */
    APPROVED,
    /** Warnings, or errors that do not block (advisory, waived or baselined), but nothing that blocks. */
    APPROVED_WITH_WARNINGS,
    /** At least one finding blocks: an enforced error (see {@link Finding#blocks()}). */
    REJECTED
}
