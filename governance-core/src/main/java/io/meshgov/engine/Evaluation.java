package io.meshgov.engine;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The fact that tells rules when they run: {@code Evaluation( $today : date )}. The date comes from the engine's
 * clock ({@link GovernanceEngine.Builder#clock}), so rules about deadlines are testable.
 */
public record Evaluation(LocalDate date) {

    public Evaluation {
        Objects.requireNonNull(date, "date");
    }
}
