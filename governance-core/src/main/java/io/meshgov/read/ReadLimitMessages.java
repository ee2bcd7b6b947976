package io.meshgov.read;

import java.util.Locale;

/** The one wording of every read-limit message: what was crossed, how to change the file, how to raise the limit. */
final class ReadLimitMessages {

    private ReadLimitMessages() {
    }

    /**
     * {@code the file nests values deeper than 64 levels, ...; flatten it, or raise the read limit 'depth' with
     * --limit depth=N (ReadLimits.withMaxDepth)}.
     */
    static String depth(int limit) {
        return crossed("depth", "objects and lists nest deeper than " + limit + " levels here, the most meshgov reads",
                "nest them less deeply");
    }

    static String textLength(int length, int limit) {
        return crossed("textLength", "a value here is " + String.format(Locale.ROOT, "%,d", length)
                + " characters long, more than the " + String.format(Locale.ROOT, "%,d", limit)
                + " meshgov reads in one value", "shorten it");
    }

    /** Past the value limit; in YAML, counting what aliases and merge keys repeat. */
    static String values(int limit, boolean yaml) {
        return crossed("values", "the file holds more than " + String.format(Locale.ROOT, "%,d", limit)
                        + " values by here" + (yaml ? ", counting each value an alias or merge key repeats" : "")
                        + ", the most meshgov reads in one file",
                yaml ? "split the file or repeat fewer values" : "split the file");
    }

    static String crossed(String limitName, String what, String howToChangeTheFile) {
        if (!ReadLimits.NAMES.contains(limitName)) {
            throw new IllegalArgumentException("no read limit " + limitName);
        }
        String setter = "withMax" + Character.toUpperCase(limitName.charAt(0)) + limitName.substring(1);
        return what + "; " + howToChangeTheFile + ", or raise the read limit '" + limitName + "' with --limit "
                + limitName + "=N (ReadLimits." + setter + " in the API)";
    }
}
