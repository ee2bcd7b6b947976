package io.meshgov.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The fact that tells rules when they run: {@code Evaluation( $today : date )}. The date comes from the engine's
 * clock ({@code GovernanceEngine.Builder.clock}) or the date given to {@code GovernanceEngine.asOf}, so rules about
 * deadlines are testable.
 */
@API(status = STABLE, since = "0.1.0")
public record Evaluation(LocalDate date) {

    public Evaluation {
        Objects.requireNonNull(date, "date");
    }
}
