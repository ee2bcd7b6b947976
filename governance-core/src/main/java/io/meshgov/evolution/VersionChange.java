package io.meshgov.evolution;

import java.util.Objects;

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

    /** The smallest version that would cover a change of this impact: {@code 3.0.0} after {@code 2.4.1}. */
    public String nextVersionFor(Impact impact) {
        int[] parts = SemanticVersion.parse(previousVersion);
        if (parts == null) {
            return "a valid MAJOR.MINOR.PATCH version";
        }
        return switch (impact) {
            case BREAKING -> (parts[0] + 1) + ".0.0";
            case ADDITIVE -> parts[0] + "." + (parts[1] + 1) + ".0";
            case PATCH -> parts[0] + "." + parts[1] + "." + (parts[2] + 1);
        };
    }

    public boolean checksBackward() {
        return mode.checksBackward();
    }

    public boolean checksForward() {
        return mode.checksForward();
    }
}
