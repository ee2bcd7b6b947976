package io.meshgov.evolution;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads MAJOR.MINOR.PATCH versions (pre-release and build suffixes are ignored for ordering). */
final class SemanticVersion {

    private static final Pattern VERSION = Pattern.compile("v?([0-9]+)\\.([0-9]+)\\.([0-9]+)([-+].*)?");

    private SemanticVersion() {
    }

    static int[] parse(String version) {
        if (version == null) {
            return null;
        }
        Matcher matcher = VERSION.matcher(version.strip());
        if (!matcher.matches()) {
            return null;
        }
        return new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3))};
    }

    static VersionBump bump(String previous, String proposed) {
        int[] before = parse(previous);
        int[] after = parse(proposed);
        if (before == null || after == null) {
            return VersionBump.UNREADABLE;
        }
        for (int i = 0; i < 3; i++) {
            if (after[i] != before[i]) {
                if (after[i] < before[i]) {
                    return VersionBump.DECREASE;
                }
                return i == 0 ? VersionBump.MAJOR : i == 1 ? VersionBump.MINOR : VersionBump.PATCH;
            }
        }
        return VersionBump.NONE;
    }
}
