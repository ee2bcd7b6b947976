package io.meshgov.evolution;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A rule's classification of a change, derived in DRL: {@code insertLogical(new ChangeImpact($change,
 * Impact.BREAKING, "old consumers still read 'email'"))}. Deciding rules read these, never the raw changes.
 */
@API(status = STABLE, since = "0.1.0")
public record ChangeImpact(Change change, Impact impact, String reason) {

    public ChangeImpact {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(reason, "reason");
    }

    /** The largest impact among {@code impacts} — breaking over additive over patch — or patch when there is none. */
    public static Impact largestOf(java.util.Collection<?> impacts) {
        Impact largest = Impact.PATCH;
        for (Object each : impacts) {
            if (each instanceof ChangeImpact impact && impact.impact().compareTo(largest) < 0) {
                largest = impact.impact();
            }
        }
        return largest;
    }
}
