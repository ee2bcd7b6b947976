package io.meshgov.cli;

import io.meshgov.SourceLocation;
import io.meshgov.decision.Decision;
import io.meshgov.decision.Finding;
import io.meshgov.model.SemanticVersion;
import java.util.Optional;

/**
 * The version a change needs, written into the new version's text exactly where its {@code version} value is:
 * nothing else of the file changes — comments, key order, quoting and indentation stay as they are.
 */
final class VersionFix {

    private VersionFix() {
    }

    /**
     * The smallest version the decision's version findings ask for — the next major for a breaking change (EVO-001),
     * the next minor for an addition (EVO-002), the next patch for any other change (EVO-003) — or empty when the
     * version is right, or the earlier one is no release to count from.
     */
    static Optional<String> needed(Decision decision, String previousVersion) {
        Optional<SemanticVersion> previous = SemanticVersion.parse(previousVersion);
        if (previous.isEmpty() || previous.get().isPreRelease()) {
            return Optional.empty();
        }
        int position = 3;
        for (Finding finding : decision.findings()) {
            position = Math.min(position, switch (finding.ruleId()) {
                case "EVO-001" -> 0;
                case "EVO-002" -> 1;
                case "EVO-003" -> 2;
                default -> 3;
            });
        }
        return position == 3 ? Optional.empty() : Optional.of(previous.get().next(position));
    }

    /**
     * {@code text} with the value of the key at {@code key} (a {@code version: 1.4.0} line, in block or flow style,
     * quoted or not, with a comment or not) replaced by {@code version}; empty when the value is not a single scalar
     * on the key's line, which is then left alone.
     */
    static Optional<String> withVersion(String text, SourceLocation key, String version) {
        int lineStart = 0;
        for (int line = 1; line < key.line(); line++) {
            lineStart = text.indexOf('\n', lineStart) + 1;
            if (lineStart == 0) {
                return Optional.empty();
            }
        }
        int lineEnd = text.indexOf('\n', lineStart);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        int colon = text.indexOf(':', lineStart + Math.max(0, key.column() - 1));
        if (colon < 0 || colon >= lineEnd) {
            return Optional.empty();
        }
        int start = colon + 1;
        while (start < lineEnd && text.charAt(start) == ' ') {
            start++;
        }
        if (start >= lineEnd) {
            return Optional.empty();   // the value is on a later line
        }
        char first = text.charAt(start);
        int end;
        if (first == '"' || first == '\'') {
            end = text.indexOf(first, start + 1);
            if (end < 0 || end >= lineEnd) {
                return Optional.empty();
            }
            return Optional.of(text.substring(0, start + 1) + version + text.substring(end));
        }
        end = start;
        while (end < lineEnd && ",}]#\r".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        String written = text.substring(start, end);
        if (written.isEmpty() || written.contains(" ") || written.startsWith("&") || written.startsWith("*")
                || written.startsWith("!") || written.startsWith("|") || written.startsWith(">")) {
            return Optional.empty();
        }
        return Optional.of(text.substring(0, start) + version + text.substring(end));
    }
}
