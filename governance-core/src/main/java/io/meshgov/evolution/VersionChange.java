package io.meshgov.evolution;

import io.meshgov.model.SemanticVersion;
import java.util.Objects;
import java.util.Optional;

/**
 * The fact that tells evolution rules how the version moved, and under which compatibility mode and policy the
 * change is judged.
 *
 * @param previousVersion              the latest earlier version
 * @param proposedVersion              the version proposed
 * @param bump                         how it moved
 * @param mode                         the compatibility mode in force for this contract
 * @param previousStatus               the latest earlier version's status
 * @param deprecationRequired          whether breaking an active contract needs a deprecation path first
 */
public record VersionChange(String previousVersion, String proposedVersion, VersionBump bump, CompatibilityMode mode,
                            String previousStatus, boolean deprecationRequired) {

    public VersionChange {
        Objects.requireNonNull(bump, "bump");
        Objects.requireNonNull(mode, "mode");
    }

    /**
     * The smallest version that would cover a change of this impact: {@code 3.0.0} after {@code 2.4.1}; after a
     * pre-release, its release ({@code 2.0.0} after {@code 2.0.0-rc.1}), since a pre-release promises nothing.
     */
    public String nextVersionFor(Impact impact) {
        Optional<SemanticVersion> previous = SemanticVersion.parse(previousVersion);
        if (previous.isEmpty()) {
            return "a valid MAJOR.MINOR.PATCH version";
        }
        if (previous.get().isPreRelease()) {
            return previous.get().release();
        }
        return previous.get().next(switch (impact) {
            case BREAKING -> 0;
            case ADDITIVE -> 1;
            case PATCH -> 2;
        });
    }

    public boolean checksBackward() {
        return mode.checksBackward();
    }

    public boolean checksForward() {
        return mode.checksForward();
    }
}
