package io.meshgov.decision;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Whether a rule's errors block publication — separate from its severity, which says how serious a finding is.
 * A council rolls a new rule out as {@link #ADVISORY} and makes it mandatory later.
 */
@API(status = STABLE, since = "0.1.0")
public enum Enforcement {
    /** Reported, never blocks: an error counts as a warning. */
    ADVISORY,
    /** Blocks, unless a waiver with a recorded justification lifts it. The default. */
    SOFT_MANDATORY,
    /** Always blocks; no waiver can lift it. */
    HARD_MANDATORY;

    /** As written in a policy file: {@code advisory}, {@code soft-mandatory}, {@code hard-mandatory}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The level a policy file names ({@code soft-mandatory}), or empty when the text names none. */
    public static java.util.Optional<Enforcement> ofLabel(String label) {
        for (Enforcement level : values()) {
            if (level.label().equals(label)) {
                return java.util.Optional.of(level);
            }
        }
        return java.util.Optional.empty();
    }
}
