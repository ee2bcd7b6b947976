package io.meshgov.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A version read by Semantic Versioning 2.0.0: {@code MAJOR.MINOR.PATCH}, each a number without leading zeros,
 * then an optional {@code -pre.release} and an optional {@code +build}. Ordered by SemVer precedence: numbers
 * first, a pre-release below its release ({@code 2.0.0-rc.1 < 2.0.0}), pre-release identifiers numeric below
 * alphanumeric, build metadata ignored. Numbers of any size are compared exactly. A leading {@code v}
 * ({@code v1.2.3}) is not part of SemVer, and not read. The one reading of versions in meshgov: rules' question
 * {@code hasSemanticVersion()} and the evolution rules' comparison both use it.
 */
@API(status = STABLE, since = "0.1.0")
public final class SemanticVersion implements Comparable<SemanticVersion> {

    private final String major;
    private final String minor;
    private final String patch;
    private final List<String> preRelease;
    private final String build;

    private SemanticVersion(String major, String minor, String patch, List<String> preRelease, String build) {
        this.major = major;
        this.minor = minor;
        this.patch = patch;
        this.preRelease = List.copyOf(preRelease);
        this.build = build;
    }

    /** Whether {@code text} is a semantic version; scans without building anything (rules ask it of every descriptor). */
    public static boolean isValid(String text) {
        return text != null && scan(text, null);
    }

    /**
     * The semantic version a person evidently meant by {@code text}, for a fix: {@code 1.2} → {@code 1.2.0},
     * {@code 1} → {@code 1.0.0}, {@code v1.2.3} → {@code 1.2.3}; {@code null} when that is not evident.
     */
    public static String completed(String text) {
        if (text == null || isValid(text)) {
            return null;
        }
        String written = text.strip();
        if (written.startsWith("v") || written.startsWith("V")) {
            written = written.substring(1);
        }
        if (isValid(written)) {
            return written;
        }
        if (written.matches("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})")) {
            return written + ".0";
        }
        if (written.matches("0|[1-9][0-9]{0,8}")) {
            return written + ".0.0";
        }
        return null;
    }

    /** The version {@code text} writes, or empty when it is not a semantic version. */
    public static Optional<SemanticVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>(5);
        return scan(text, parts) ? Optional.of(new SemanticVersion(parts.get(0), parts.get(1), parts.get(2),
                parts.get(3).isEmpty() ? List.of() : List.of(parts.get(3).split("\\.")), parts.get(4)))
                : Optional.empty();
    }

    /**
     * Checks the grammar; when {@code parts} is given, adds major, minor, patch, the pre-release and the build
     * (empty when absent) to it.
     */
    private static boolean scan(String text, List<String> parts) {
        int at = 0;
        for (int number = 0; number < 3; number++) {
            int end = digits(text, at);
            if (end == at || text.charAt(at) == '0' && end - at > 1) {
                return false;
            }
            if (parts != null) {
                parts.add(text.substring(at, end));
            }
            at = end;
            if (number < 2) {
                if (at == text.length() || text.charAt(at) != '.') {
                    return false;
                }
                at++;
            }
        }
        int preReleaseStart = at;
        if (at < text.length() && text.charAt(at) == '-') {
            at = identifiers(text, at + 1, true);
            if (at < 0) {
                return false;
            }
        }
        String preRelease = at == preReleaseStart ? "" : text.substring(preReleaseStart + 1, at);
        int buildStart = at;
        if (at < text.length() && text.charAt(at) == '+') {
            at = identifiers(text, at + 1, false);
            if (at < 0) {
                return false;
            }
        }
        if (at != text.length()) {
            return false;
        }
        if (parts != null) {
            parts.add(preRelease);
            parts.add(at == buildStart ? "" : text.substring(buildStart + 1));
        }
        return true;
    }

    private static int digits(String text, int at) {
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        return at;
    }

    /** Dot-separated identifiers of {@code [0-9A-Za-z-]} from {@code at}; the index after them, or -1. */
    private static int identifiers(String text, int at, boolean numericWithoutLeadingZero) {
        while (true) {
            int start = at;
            boolean numeric = true;
            while (at < text.length()) {
                char c = text.charAt(at);
                boolean digit = c >= '0' && c <= '9';
                if (!digit && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-')) {
                    break;
                }
                numeric &= digit;
                at++;
            }
            if (at == start || numericWithoutLeadingZero && numeric && text.charAt(start) == '0' && at - start > 1) {
                return -1;
            }
            if (at == text.length() || text.charAt(at) != '.') {
                return at;
            }
            at++;
        }
    }

    /** Whether it is a pre-release ({@code 2.0.0-rc.1}), which SemVer lets change without compatibility promises. */
    public boolean isPreRelease() {
        return !preRelease.isEmpty();
    }

    /** Whether {@code other} has the same MAJOR.MINOR.PATCH (pre-release and build aside). */
    public boolean hasSameNumbers(SemanticVersion other) {
        return major.equals(other.major) && minor.equals(other.minor) && patch.equals(other.patch);
    }

    /** Which of MAJOR (0), MINOR (1) or PATCH (2) first differs from {@code other}; -1 when none does. */
    public int firstDifferentNumber(SemanticVersion other) {
        return !major.equals(other.major) ? 0 : !minor.equals(other.minor) ? 1 : !patch.equals(other.patch) ? 2 : -1;
    }

    /** The release this version leads to: {@code 2.0.0} for {@code 2.0.0-rc.1+b7}. */
    public String release() {
        return major + "." + minor + "." + patch;
    }

    /** The next release of the number at {@code position} (0 MAJOR, 1 MINOR, 2 PATCH): {@code 3.0.0} after {@code 2.4.1}. */
    public String next(int position) {
        return switch (position) {
            case 0 -> increment(major) + ".0.0";
            case 1 -> major + "." + increment(minor) + ".0";
            case 2 -> major + "." + minor + "." + increment(patch);
            default -> throw new IllegalArgumentException("position is 0, 1 or 2 but was " + position);
        };
    }

    private static String increment(String number) {
        return new BigInteger(number).add(BigInteger.ONE).toString();
    }

    /** SemVer precedence; build metadata is ignored, so {@code 1.0.0+a} and {@code 1.0.0+b} are equal here. */
    @Override
    public int compareTo(SemanticVersion other) {
        int byNumbers = compareNumbers(major, other.major);
        byNumbers = byNumbers != 0 ? byNumbers : compareNumbers(minor, other.minor);
        byNumbers = byNumbers != 0 ? byNumbers : compareNumbers(patch, other.patch);
        if (byNumbers != 0) {
            return byNumbers;
        }
        if (preRelease.isEmpty() || other.preRelease.isEmpty()) {
            return Boolean.compare(preRelease.isEmpty(), other.preRelease.isEmpty());
        }
        for (int i = 0; i < Math.min(preRelease.size(), other.preRelease.size()); i++) {
            int byIdentifier = compareIdentifiers(preRelease.get(i), other.preRelease.get(i));
            if (byIdentifier != 0) {
                return byIdentifier;
            }
        }
        return Integer.compare(preRelease.size(), other.preRelease.size());
    }

    /** Numbers without leading zeros, of any length: the longer is larger, else the text decides. */
    private static int compareNumbers(String left, String right) {
        return left.length() != right.length() ? Integer.compare(left.length(), right.length()) : left.compareTo(right);
    }

    private static int compareIdentifiers(String left, String right) {
        boolean leftNumeric = isNumeric(left);
        boolean rightNumeric = isNumeric(right);
        if (leftNumeric && rightNumeric) {
            return compareNumbers(left, right);
        }
        if (leftNumeric != rightNumeric) {
            return leftNumeric ? -1 : 1;
        }
        return left.compareTo(right);
    }

    private static boolean isNumeric(String identifier) {
        return digits(identifier, 0) == identifier.length();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SemanticVersion version && toString().equals(version.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    @Override
    public String toString() {
        return release() + (preRelease.isEmpty() ? "" : "-" + String.join(".", preRelease))
                + (build.isEmpty() ? "" : "+" + build);
    }
}
