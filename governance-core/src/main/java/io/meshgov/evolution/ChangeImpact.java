package io.meshgov.evolution;

import java.util.Objects;

/**
 * A rule's classification of a change, derived in DRL: {@code insertLogical(new ChangeImpact($change,
 * Impact.BREAKING, "old consumers still read 'email'"))}. Deciding rules read these, never the raw changes.
 */
public record ChangeImpact(Change change, Impact impact, String reason) {

    public ChangeImpact {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(reason, "reason");
    }
}
