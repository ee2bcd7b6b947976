package io.meshgov.evolution;

/** How the proposed version moved from the previous one. */
public enum VersionBump {
    MAJOR, MINOR, PATCH,
    /** The same version. */
    NONE,
    /** A lower version. */
    DECREASE,
    /** Either version is not MAJOR.MINOR.PATCH. */
    UNREADABLE;

    /** How {@code proposed} moved from {@code previous}, both read as MAJOR.MINOR.PATCH. */
    public static VersionBump between(String previous, String proposed) {
        return SemanticVersion.bump(previous, proposed);
    }

    /** Whether this bump is enough for a change of the given impact. */
    public boolean covers(Impact impact) {
        return switch (impact) {
            case BREAKING -> this == MAJOR;
            case ADDITIVE -> this == MAJOR || this == MINOR;
            case PATCH -> this == MAJOR || this == MINOR || this == PATCH;
        };
    }
}
