package io.meshgov.policy;

import io.meshgov.decision.Decision;
import java.time.Duration;
import java.util.Objects;

/**
 * How long one evaluation may run: at most {@code maxFirings} rule firings and {@code timeBudget} of wall-clock
 * time. A rule that keeps re-triggering itself, inserts without end or waits cannot hold a publish gate: past
 * either limit, the evaluation stops, its session is discarded, and the decision is {@code REJECTED} with an
 * {@code ENGINE-002} finding naming the rule that was running ({@link Decision#isComplete()} is false).
 *
 * <p>The defaults are far above what the standard pack needs (a 480-column contract fires about 3,000 rules in a
 * few milliseconds). A consequence that spins in a loop without calling anything that can be interrupted cannot be
 * stopped by the JVM; only trusted layers can write one (see {@code docs/trust.md}).
 *
 * @param maxFirings at most this many rule firings (default 100,000)
 * @param timeBudget at most this long (default 10 seconds)
 */
public record EvaluationLimits(int maxFirings, Duration timeBudget) {

    private static final EvaluationLimits DEFAULTS = new EvaluationLimits(100_000, Duration.ofSeconds(10));

    public EvaluationLimits {
        if (maxFirings < 1) {
            throw new IllegalArgumentException("maxFirings must be at least 1 but was " + maxFirings);
        }
        Objects.requireNonNull(timeBudget, "timeBudget");
        if (timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("timeBudget must be positive but was " + timeBudget);
        }
    }

    /** 100,000 firings and 10 seconds. */
    public static EvaluationLimits defaults() {
        return DEFAULTS;
    }
}
