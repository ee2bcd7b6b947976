package io.meshgov.policy;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.decision.Decision;
import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How long one evaluation may run: at most {@code maxFirings} rule firings, as many facts inserted by rules,
 * {@code maxAllocatedBytes} of memory allocated by the evaluating thread, and {@code timeBudget} of wall-clock
 * time. A rule that keeps re-triggering itself, inserts without end, fills the memory or waits cannot hold a publish
 * gate, or take the host down: past any limit, the evaluation stops, its session is discarded, and the decision is {@code REJECTED} with an
 * {@code ENGINE-002} finding naming the rule that was running ({@link Decision#isComplete()} is false).
 *
 * <p>The defaults are far above what the standard pack needs (a 480-column contract fires about 3,000 rules in a
 * few milliseconds). A consequence that spins in a loop without calling anything that can be interrupted cannot be
 * stopped by the JVM; only trusted layers can write one (see {@code docs/trust.md}).
 *
 * @param maxFirings        at most this many rule firings, and as many facts inserted by rules (default 100,000)
 * @param timeBudget        at most this long (default 10 seconds)
 * @param maxAllocatedBytes at most this much memory allocated while the rules run, checked at every firing and
 *                          insert (default 512 MiB; the standard pack allocates about 25 KB for a usual contract)
 */
@API(status = STABLE, since = "0.1.0")
public record EvaluationLimits(int maxFirings, Duration timeBudget, long maxAllocatedBytes) {

    /** The default memory budget of one evaluation. */
    public static final long DEFAULT_MAX_ALLOCATED_BYTES = 512L * 1024 * 1024;
    private static final EvaluationLimits DEFAULTS = new EvaluationLimits(100_000, Duration.ofSeconds(10),
            DEFAULT_MAX_ALLOCATED_BYTES);

    /** Firings and time, with the default memory budget. */
    public EvaluationLimits(int maxFirings, Duration timeBudget) {
        this(maxFirings, timeBudget, DEFAULT_MAX_ALLOCATED_BYTES);
    }

    public EvaluationLimits {
        if (maxFirings < 1) {
            throw new IllegalArgumentException("maxFirings must be at least 1 but was " + maxFirings);
        }
        Objects.requireNonNull(timeBudget, "timeBudget");
        if (timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("timeBudget must be positive but was " + timeBudget);
        }
        if (maxAllocatedBytes < 1024 * 1024) {
            throw new IllegalArgumentException("maxAllocatedBytes must be at least 1 MiB but was " + maxAllocatedBytes);
        }
    }

    /** 100,000 firings and inserts, 10 seconds and 512 MiB. */
    public static EvaluationLimits defaults() {
        return DEFAULTS;
    }
}
