package io.meshgov.evolution;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.model.SemanticVersion;
import java.util.Optional;
import org.apiguardian.api.API;

/** How the proposed version moved from the previous one, by Semantic Versioning 2.0.0 precedence. */
@API(status = STABLE, since = "0.1.0")
public enum VersionBump {
    MAJOR, MINOR, PATCH,
    /**
     * The same MAJOR.MINOR.PATCH, later by its pre-release: {@code 2.0.0-rc.1} to {@code 2.0.0-rc.2} or to
     * {@code 2.0.0}. A pre-release promises no compatibility, so any change may follow it.
     */
    PRERELEASE,
    /** The same version. */
    NONE,
    /** A lower version. */
    DECREASE,
    /** Either version is not MAJOR.MINOR.PATCH. */
    UNREADABLE;

    /** How {@code proposed} moved from {@code previous}, both read as semantic versions. */
    public static VersionBump between(String previous, String proposed) {
        Optional<SemanticVersion> before = SemanticVersion.parse(previous);
        Optional<SemanticVersion> after = SemanticVersion.parse(proposed);
        if (before.isEmpty() || after.isEmpty()) {
            return UNREADABLE;
        }
        int order = after.get().compareTo(before.get());
        if (order == 0) {
            return NONE;
        }
        if (order < 0) {
            return DECREASE;
        }
        return switch (after.get().firstDifferentNumber(before.get())) {
            case 0 -> MAJOR;
            case 1 -> MINOR;
            case 2 -> PATCH;
            default -> PRERELEASE;
        };
    }

    /** Whether this bump is enough for a change of the given impact. */
    public boolean covers(Impact impact) {
        return switch (impact) {
            case BREAKING -> this == MAJOR || this == PRERELEASE;
            case ADDITIVE -> this == MAJOR || this == MINOR || this == PRERELEASE;
            case PATCH -> this == MAJOR || this == MINOR || this == PATCH || this == PRERELEASE;
        };
    }
}
