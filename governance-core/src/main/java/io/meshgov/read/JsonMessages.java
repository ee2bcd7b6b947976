package io.meshgov.read;

import java.util.regex.Pattern;

/** The JSON parser's failures in a contract author's words, without its class names, feature names or quoted tokens. */
final class JsonMessages {

    private static final Pattern CODE = Pattern.compile(" ?\\((?:CTRL-CHAR, )?code \\d+\\)");
    private static final Pattern SOURCE = Pattern.compile(" ?\\(?\\[Source: .*$");
    private static final Pattern BACKTICKED = Pattern.compile("`[^`]*`");
    private static final Pattern FEATURE = Pattern.compile(" ?\\(?(?:enable )?(?:JsonReadFeature\\.|JsonParser\\.Feature\\.)?"
            + "(?:Feature )?'?[A-Z][A-Z_]{3,}'?(?: to allow)?\\)?");

    private JsonMessages() {
    }

    static String of(String original) {
        String text = original == null ? "" : original.strip().lines().findFirst().orElse("").strip();
        if (text.startsWith("Unrecognized token")) {
            return "a word here is not JSON; text goes in double quotes, and the only bare words are true, false "
                    + "and null";
        }
        if (text.startsWith("Non-standard token")) {
            return "NaN and Infinity are not JSON numbers; write a number, or the text in double quotes";
        }
        if (text.contains("Leading zeroes not allowed")) {
            return "a JSON number does not start with 0 (write 10, not 010)";
        }
        if (text.startsWith("Illegal unquoted character")) {
            return "a line break or control character inside a text value; write it as an escape such as \\n";
        }
        if (text.contains("was expecting double-quote to start field name")) {
            return "expected a key in double quotes (or the end of the object, with no comma before it)";
        }
        if (text.contains("was expecting a colon to separate field name and value")) {
            return "expected a ':' between the key and its value";
        }
        if (text.contains("was expecting comma to separate")) {
            return "expected a ',' between two values, or the end of the object or list";
        }
        if (text.contains("ALLOW_COMMENTS") || text.contains("comment")) {
            return "JSON has no comments; remove it, or write the file as YAML, where # starts a comment";
        }
        if (text.contains("nesting depth")) {
            return "the values nest more deeply than meshgov reads; flatten the file, or raise the limit with "
                    + "--limit depth=N";
        }
        if (text.startsWith("Unexpected end-of-input")) {
            return "the file ends before every object and list is closed; add the missing } or ]";
        }
        if (text.contains("expected a valid value")) {
            return "expected a value (text in double quotes, a number, an object, a list, true, false or null)";
        }
        text = SOURCE.matcher(text).replaceAll("");
        text = CODE.matcher(text).replaceAll("");
        text = BACKTICKED.matcher(text).replaceAll("a parser setting");
        text = FEATURE.matcher(text).replaceAll("");
        return text.isBlank() ? "the file is not valid JSON" : Quoting.escape(text);
    }
}
