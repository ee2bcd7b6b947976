package io.meshgov.evolution;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.model.SemanticVersion;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

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
@API(status = STABLE, since = "0.1.0")
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

    /**
     * {@link #nextVersionFor(Impact)} as a value to write into the descriptor, or {@code null} when the previous
     * version is no semantic version to count from.
     */
    public String neededVersion(Impact impact) {
        return SemanticVersion.isValid(previousVersion) ? nextVersionFor(impact) : null;
    }

    /**
     * The mode in a consumer's words, with the versions, and what a schema registry calls it when the names
     * differ: {@code BACKWARD (consumers of 1.4.0 keep reading what 1.5.0 writes; a schema registry calls this
     * FORWARD)}. Every evolution finding says it, since the two vocabularies name the same check oppositely.
     */
    public String promise() {
        String registry = mode.registryName().equals(mode.name()) ? ""
                : "; a schema registry calls this " + mode.registryName();
        return mode + " (" + inConsumersWords() + registry + ")";
    }

    /** What the mode promises, with the versions: {@code consumers of 1.4.0 keep reading what 1.5.0 writes}. */
    public String inConsumersWords() {
        String earlier = mode.isTransitive() ? "every version up to " + previousVersion : previousVersion;
        String keepReading = "consumers of " + earlier + " keep reading what " + proposedVersion + " writes";
        String canRead = "consumers of " + proposedVersion + " can read what " + earlier + " wrote";
        return mode.checksBackward() && mode.checksForward() ? keepReading + ", and " + canRead
                : mode.checksBackward() ? keepReading : mode.checksForward() ? canRead : "no consumer is promised anything";
    }

    public boolean checksBackward() {
        return mode.checksBackward();
    }

    public boolean checksForward() {
        return mode.checksForward();
    }
}
