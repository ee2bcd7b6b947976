package io.meshgov;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Finds the name a user most likely meant, for "did you mean" hints (edit distance, case-insensitive): meshgov's
 * messages use it, and so can a tool that reports unknown names of its own (a rule id, a key of a case file).
 */
@API(status = STABLE, since = "0.1.0")
public final class ClosestName {

    /** Longer names are no typos of a short one: no hint, and no work proportional to a hostile key's length. */
    private static final int LONGEST = 64;

    private ClosestName() {
    }

    /** The candidate closest to {@code wrong}, if one is close enough to be a plausible typo. */
    public static Optional<String> to(String wrong, Collection<String> candidates) {
        if (wrong.length() > LONGEST) {
            return Optional.empty();
        }
        int tolerance = Math.max(2, wrong.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (Math.abs(candidate.length() - wrong.length()) > tolerance) {
                continue;   // at least that many edits apart
            }
            int distance = distance(wrong.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance || distance == bestDistance && best != null && candidate.compareTo(best) < 0) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= tolerance ? Optional.ofNullable(best) : Optional.empty();
    }

    /**
     * The candidate {@code wrong} is most likely a misspelling of, held to a stricter standard than {@link #to}: one
     * edit for keys under 8 characters, two beyond, candidates of 4 characters or more, so that a key a team added
     * on purpose ({@code pii}, {@code x-note}) is not taken for a typo.
     */
    public static Optional<String> typoOf(String wrong, Collection<String> candidates) {
        if (wrong.length() > LONGEST) {
            return Optional.empty();
        }
        String lower = wrong.toLowerCase(Locale.ROOT);
        int tolerance = wrong.length() >= 8 ? 2 : 1;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate.length() < 4 || candidate.equals(wrong)
                    || Math.abs(candidate.length() - wrong.length()) > tolerance) {
                continue;
            }
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance || distance == bestDistance && best != null && candidate.compareTo(best) < 0) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= tolerance ? Optional.ofNullable(best) : Optional.empty();
    }

    /** A ready-to-append hint: {@code ; did you mean "owner"?}, or nothing. */
    public static String hint(String wrong, Collection<String> candidates) {
        return to(wrong, candidates).map(name -> "; did you mean \"" + name + "\"?").orElse("");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
