package io.meshgov.read;

import io.meshgov.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * The text's lines: offsets of line starts, the newline it uses, and locations turned into offsets. Columns count
 * UTF-16 code units, in YAML as in JSON (as SARIF, GitHub and most editors count them); the YAML parser counts code
 * points, which {@link #utf16Column} turns into units. Lines end at {@code \n}, {@code \r\n} or a lone
 * {@code \r}, as both parsers count them.
 */
final class TextLines {
    private final String text;
    private final List<Integer> starts = new ArrayList<>();

    TextLines(String text) {
        this.text = text;
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
    }

    String text() {
        return text;
    }

    String newline() {
        int n = text.indexOf('\n');
        return n > 0 && text.charAt(n - 1) == '\r' ? "\r\n" : "\n";
    }

    /** The offset of a 1-based line and column, or -1 when the text has no such place. */
    int offset(SourceLocation location) {
        if (location.line() < 1 || location.line() > starts.size() || location.column() < 1) {
            return -1;
        }
        int offset = starts.get(location.line() - 1) + location.column() - 1;
        return offset <= text.length() ? offset : -1;
    }

    /** Whether the text holds a character that UTF-16 writes in two units (beyond the Basic Multilingual Plane). */
    static boolean hasSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The 0-based column, in UTF-16 units, of a place given by a 0-based line and a 0-based column in code points. */
    int utf16Column(int line, int codePointColumn) {
        if (line < 0 || line >= starts.size()) {
            return codePointColumn;
        }
        int start = starts.get(line);
        try {
            return text.offsetByCodePoints(start, codePointColumn) - start;
        } catch (IndexOutOfBoundsException e) {
            return codePointColumn;
        }
    }

    SourceLocation location(String source, int offset) {
        int line = java.util.Collections.binarySearch(starts, offset);
        line = line >= 0 ? line : -line - 2;
        int start = starts.get(line);
        int column = offset - start + 1;
        return new SourceLocation(source, line + 1, column);
    }

    int lineStart(int offset) {
        int line = java.util.Collections.binarySearch(starts, offset);
        return starts.get(line >= 0 ? line : -line - 2);
    }

    /** The offset of the line's end, before its newline. */
    int lineEnd(int offset) {
        int at = offset;
        while (at < text.length() && text.charAt(at) != '\n' && text.charAt(at) != '\r') {
            at++;
        }
        return at;
    }

    int nextLine(int offset) {
        int line = java.util.Collections.binarySearch(starts, offset);
        line = line >= 0 ? line : -line - 2;
        return line + 1 < starts.size() ? starts.get(line + 1) : text.length();
    }
}
