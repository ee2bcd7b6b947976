package io.meshgov.conventions;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Yes-or-no verdicts on names, remembered: an estate repeats its names ({@code id}, {@code created_at},
 * {@code email}) across thousands of descriptors, and the regular expressions behind a verdict are the costly part.
 * Bounded, so that an endless stream of new names cannot grow it without limit; thread-safe.
 */
final class RememberedVerdicts {

    private static final int REMEMBERED = 100_000;

    private final Predicate<String> verdict;
    private final Map<String, Boolean> known = new ConcurrentHashMap<>();

    RememberedVerdicts(Predicate<String> verdict) {
        this.verdict = verdict;
    }

    boolean test(String name) {
        Boolean remembered = known.get(name);
        if (remembered != null) {
            return remembered;
        }
        boolean judged = verdict.test(name);
        if (known.size() < REMEMBERED) {
            known.put(name, judged);
        }
        return judged;
    }
}
