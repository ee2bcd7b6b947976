package io.meshgov.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The fact that tells rules when they run: {@code Evaluation( $today : date )}. The date comes from the engine's
 * clock ({@code GovernanceEngine.Builder.clock}) or the date given to {@code GovernanceEngine.asOf}, so rules about
 * deadlines are testable.
 */
public record Evaluation(LocalDate date) {

    public Evaluation {
        Objects.requireNonNull(date, "date");
    }
}
