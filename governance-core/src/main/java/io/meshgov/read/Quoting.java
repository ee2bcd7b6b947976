package io.meshgov.read;

import java.util.Locale;
import java.util.Set;

/**
 * What a reading message may show of the file. A value in the wrong place may be personal data (an e-mail address
 * where a list belongs, an IBAN where a boolean belongs), and messages reach logs, CI annotations and reports, so
 * a value is described by its kind ({@code a text value}), never quoted, unless it is one of the words whose
 * meaning changed between YAML versions, or a quoted {@code "true"}, which is exactly what the author needs to see. Names
 * (keys, anchors, tags) are shown short, with control characters escaped.
 */
final class Quoting {

    private static final Set<String> YAML_11_WORDS = Set.of("yes", "no", "on", "off", "y", "n", "true", "false", "null");
    private static final int MAX_NAME = 60;

    private Quoting() {
    }

    /** How a text value reads in a message: {@code "yes"} for a YAML 1.1 word, {@code a text value} otherwise. */
    static String textValue(String text) {
        return YAML_11_WORDS.contains(text.toLowerCase(Locale.ROOT)) ? "\"" + text + "\"" : "a text value";
    }

    /**
     * A value of a field that holds a word from a vocabulary ({@code kind}, {@code apiVersion}), where showing it
     * helps: quoted and escaped when short, described by its length when not.
     */
    static String word(String text) {
        return text.length() <= 40 ? "\"" + escape(text) + "\"" : "a text value of " + text.length() + " characters";
    }

    /** A key, anchor or tag as a message shows it: escaped, and cut short past 60 characters. */
    static String key(String name) {
        String shown = name.length() > MAX_NAME ? name.substring(0, MAX_NAME - 3) + "..." : name;
        return escape(shown);
    }

    /** Control characters (line breaks, escapes, tabs) as visible {@code \n}, {@code \u001b}. */
    static String escape(String text) {
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                if (escaped == null) {
                    escaped = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                escaped.append(switch (c) {
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    default -> String.format(Locale.ROOT, "\\u%04x", (int) c);
                });
            } else if (escaped != null) {
                escaped.append(c);
            }
        }
        return escaped == null ? text : escaped.toString();
    }
}
