package io.meshgov.engine;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.decision.Decision;
import io.meshgov.model.Descriptor;
import java.time.Duration;
import org.apiguardian.api.API;

/**
 * Told of every engine built and every decision made, with how long each took, so that a service can feed its own
 * metrics system or audit log without meshgov depending on one ({@link DecisionLog} is one). Called on the thread
 * that built or evaluated, after the work; it must be thread-safe. An exception it throws propagates from
 * {@code build} or {@code evaluate}: an audit log that cannot write stops the gate rather than let decisions go
 * unrecorded.
 */
@API(status = STABLE, since = "0.1.0")
public interface EvaluationListener {

    /** An engine was built (its rules compiled or loaded) in {@code took}. */
    default void built(GovernanceEngine engine, Duration took) {
    }

    /** {@code engine} decided {@code decision} on {@code descriptor} in {@code took}. */
    void evaluated(GovernanceEngine engine, Descriptor descriptor, Decision decision, Duration took);
}
