package io.meshgov.conventions;

import java.util.List;
import java.util.Locale;

/** How conventions compare free-text names: case, {@code _}, {@code -} and runs of white space ignored. */
final class Words {

    private Words() {
    }

    /** Lower case, with {@code _}, {@code -} and runs of white space read as one space: {@code Backup_Owner} → {@code backup owner}. */
    static String normalize(String text) {
        String stripped = text.strip();
        for (int i = 0; i < stripped.length(); i++) {
            if (stripped.charAt(i) > 127) { // beyond ASCII, let the JDK's case rules decide
                return stripped.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ");
            }
        }
        StringBuilder out = null;
        boolean space = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            char normal = c == '_' || c == '-' || Character.isWhitespace(c) ? ' ' : Character.toLowerCase(c);
            boolean repeatedSpace = normal == ' ' && space;
            if (out == null && (normal != c || repeatedSpace)) {
                out = new StringBuilder(stripped.length()).append(stripped, 0, i);
            }
            if (out != null && !repeatedSpace) {
                out.append(normal);
            }
            space = normal == ' ';
        }
        return out == null ? stripped : out.toString();
    }

    static List<String> normalized(List<String> texts) {
        return texts.stream().map(Words::normalize).toList();
    }

    /** A loop, not a stream: rules ask this of every SLA property, several times each. */
    static boolean containsIgnoringCase(List<String> names, String name) {
        if (name == null) {
            return false;
        }
        for (String candidate : names) {
            if (candidate.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
