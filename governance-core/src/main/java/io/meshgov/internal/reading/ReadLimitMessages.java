package io.meshgov.internal.reading;

import io.meshgov.read.ReadLimits;

/** The one wording of every read-limit message: what was crossed, how to change the file, how to raise the limit. */
final class ReadLimitMessages {

    private ReadLimitMessages() {
    }

    /**
     * {@code the file nests values deeper than 64 levels, ...; flatten it, or raise the read limit 'depth' with
     * --limit depth=N (ReadLimits.withMaxDepth)}.
     */
    static String crossed(String limitName, String what, String howToChangeTheFile) {
        if (!ReadLimits.NAMES.contains(limitName)) {
            throw new IllegalArgumentException("no read limit " + limitName);
        }
        String setter = "withMax" + Character.toUpperCase(limitName.charAt(0)) + limitName.substring(1);
        return what + "; " + howToChangeTheFile + ", or raise the read limit '" + limitName + "' with --limit "
                + limitName + "=N (ReadLimits." + setter + " in the API)";
    }
}
