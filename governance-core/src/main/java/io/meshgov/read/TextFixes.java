package io.meshgov.read;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.meshgov.DescriptorException;
import io.meshgov.SourceLocation;
import io.meshgov.decision.Fix;
import io.meshgov.model.Descriptor;
import io.meshgov.model.ElementPaths;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Findings' {@link Fix fixes} applied to a descriptor's text exactly where the reader found each value: a value
 * replaced in place (its quoting kept), a missing field added at the end of its object with the object's indentation,
 * a field's lines removed. Nothing else of the text changes — comments, blank lines, key order, quoting, line endings.
 *
 * <p>Every fix is checked before it is kept: the edited text is read again and must hold exactly the original
 * document with the fix's edits made, and nothing else; a fix that cannot be made that way (a value written over
 * several lines, through an alias, as a block scalar) is not applied and is listed with the reason.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class TextFixes {

    /** The most fixes applied to one text (each reads the text again). */
    public static final int MAX_FIXES = 1000;

    private static final Pattern PLAIN_SAFE = Pattern.compile("[A-Za-z0-9_/][A-Za-z0-9 _./@+-]*[A-Za-z0-9_./@+-]|[A-Za-z0-9_/]");
    /** What YAML 1.1 readers (PyYAML, SnakeYAML 1) take for numbers, dates or times: quoted to stay text everywhere. */
    private static final Pattern YAML11_NOT_TEXT = Pattern.compile("[-+]?[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?"
            + "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?|0[xob].*");
    private static final Pattern KEY_SAFE = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    private static final java.util.Set<String> NOT_TEXT_WORDS = java.util.Set.of("y", "n", "yes", "no", "on", "off",
            "true", "false", "null", "nan", "inf");

    private TextFixes() {
    }

    /**
     * What applying fixes gave.
     *
     * @param text       the text with every applied fix made
     * @param applied    the fixes made, in the order given
     * @param notApplied the fixes left alone, each with why, in words a contract author follows
     */
    public record Result(String text, List<Fix> applied, Map<Fix, String> notApplied) {
        public Result {
            Objects.requireNonNull(text, "text");
            applied = List.copyOf(applied);
            notApplied = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(notApplied));
        }

        /** Whether the text changed. */
        public boolean changed() {
            return !applied.isEmpty();
        }
    }

    /**
     * One replacement in the original text: the characters from {@code start} up to (not including) {@code end}
     * replaced by {@code text} — an insertion when both are the same place. Lines and columns are 1-based.
     */
    public record Replacement(SourceLocation start, SourceLocation end, String text) {
        public Replacement {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Applies {@code fixes} one after the other to {@code text}; a fix whose edits touch a field an earlier fix
     * edited, or which cannot be made exactly, is left alone.
     *
     * @throws DescriptorException when {@code text} itself cannot be read as a descriptor
     */
    public static Result apply(String text, String source, DescriptorFormat format, List<Fix> fixes,
                               ReadLimits limits) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(limits, "limits");
        String current = text;
        List<Fix> applied = new ArrayList<>();
        Map<Fix, String> notApplied = new LinkedHashMap<>();
        java.util.Set<String> edited = new java.util.HashSet<>();
        for (Fix fix : fixes) {
            if (applied.size() + notApplied.size() >= MAX_FIXES) {
                notApplied.put(fix, "more than " + MAX_FIXES + " fixes in one file; run the fix again");
                continue;
            }
            if (applied.contains(fix)) {
                continue;   // two findings with one fix: made once
            }
            if (fix.edits().stream().anyMatch(edit -> edited.contains(edit.path()))) {
                notApplied.put(fix, "another fix already changed " + fix.edits().get(0).path()
                        + "; run the fix again to see whether it is still needed");
                continue;
            }
            Attempt attempt = attempt(current, source, format, fix, limits);
            if (attempt.reason() != null) {
                notApplied.put(fix, attempt.reason());
                continue;
            }
            current = attempt.text();
            applied.add(fix);
            fix.edits().forEach(edit -> edited.add(edit.path()));
        }
        return new Result(current, applied, notApplied);
    }

    /**
     * The replacements in {@code text} that make {@code fix}, for reports that carry fixes (SARIF's
     * {@code artifactChanges}, a pull request's suggestions); empty when the fix cannot be made exactly.
     */
    public static List<Replacement> replacements(String text, String source, DescriptorFormat format, Fix fix,
                                                 ReadLimits limits) {
        Attempt attempt;
        try {
            attempt = attempt(text, source, format, fix, limits);
        } catch (DescriptorException e) {
            return List.of();
        }
        if (attempt.reason() != null) {
            return List.of();
        }
        TextLines lines = new TextLines(text);
        List<Replacement> replacements = new ArrayList<>();
        for (Splice splice : attempt.splices()) {
            replacements.add(new Replacement(lines.location(source, splice.start()), lines.location(source, splice.end()),
                    splice.text()));
        }
        return replacements;
    }

    /** One fix tried on a text: the text it makes and its splices, or why it cannot be made. */
    private record Attempt(String text, List<Splice> splices, String reason) {
        static Attempt refused(String reason) {
            return new Attempt(null, List.of(), reason);
        }
    }

    /** Characters {@code start} (inclusive) to {@code end} (exclusive) replaced by {@code text}. */
    private record Splice(int start, int end, String text) {
    }

    /** Where a node was found in the tree: its document path (keys and indices) and whether inside flow style. */
    private record Found(List<Object> documentPath, Node.Mapping parent, Node.Member member, Node.Mapping mapping,
                         boolean flow) {
    }

    private static Attempt attempt(String text, String source, DescriptorFormat format, Fix fix, ReadLimits limits) {
        Node root = DocumentParser.parse(stream(text), source, format, limits);
        Descriptor descriptor = DocumentReader.read(stream(text), source, format, limits);
        Map<String, SourceLocation> locations = descriptor.origin().locations();
        TextLines lines = new TextLines(text);
        List<Splice> splices = new ArrayList<>();
        Object expected = plain(root);
        for (Fix.Edit edit : fix.edits()) {
            SourceLocation key = locations.get(edit.path());
            String field = fieldOf(edit.path());
            Found found;
            if (key != null) {
                found = find(root, new ArrayList<>(), null, false, node -> node instanceof Node.Mapping mapping
                        ? mapping.members().values().stream().filter(member -> member.keyLocation().equals(key)
                        && member.key().equals(field)).findFirst().orElse(null) : null);
            } else {
                SourceLocation element = locations.get(ElementPaths.parent(edit.path()));
                if (element == null || edit.kind() == Fix.Kind.REMOVE) {
                    if (edit.kind() == Fix.Kind.REMOVE) {
                        continue;   // already absent
                    }
                    return Attempt.refused("the place to write " + edit.path() + " is not in the file");
                }
                found = find(root, new ArrayList<>(), null, false, node -> node instanceof Node.Mapping mapping
                        && mapping.location().equals(element) ? mapping : null);
            }
            if (found == null) {
                return Attempt.refused(edit.path() + " is not written where it can be edited (through an alias or a"
                        + " merge key)");
            }
            String why;
            if (found.member() != null) {
                why = edit.kind() == Fix.Kind.REMOVE ? removal(lines, found, splices)
                        : replacement(lines, found, edit, format, splices);
            } else {
                why = insertion(lines, found, field, edit, format, splices);
            }
            if (why != null) {
                return Attempt.refused(why);
            }
            expected = expectedAfter(expected, found, field, edit);
        }
        String edited = splice(text, splices);
        if (edited == null) {
            return Attempt.refused("its edits overlap");
        }
        try {
            Node again = DocumentParser.parse(stream(edited), source, format, limits);
            if (!plain(again).equals(expected)) {
                return Attempt.refused("the edit would change more than " + fix.describe() + "; make it by hand");
            }
            DocumentReader.read(stream(edited), source, format, limits);
        } catch (DescriptorException e) {
            return Attempt.refused("the edited file would not read; make it by hand");
        }
        return new Attempt(edited, splices, null);
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String fieldOf(String path) {
        String parent = ElementPaths.parent(path);
        return parent.isEmpty() ? path : path.substring(parent.length() + 1);
    }

    /** The first place, depth first, where {@code match} finds a member (or a mapping); null when none. */
    private static Found find(Node node, List<Object> path, Node.Mapping parent, boolean flow,
                              java.util.function.Function<Node, Object> match) {
        Object hit = match.apply(node);
        if (hit instanceof Node.Member member) {
            List<Object> at = new ArrayList<>(path);
            at.add(member.key());
            return new Found(at, (Node.Mapping) node, member, null, flow);
        }
        if (hit instanceof Node.Mapping mapping) {
            return new Found(List.copyOf(path), parent, null, mapping, flow);
        }
        if (node instanceof Node.Mapping mapping) {
            for (Node.Member member : mapping.members().values()) {
                path.add(member.key());
                Found found = find(member.value(), path, mapping, flow, match);
                path.remove(path.size() - 1);
                if (found != null) {
                    return found;
                }
            }
        } else if (node instanceof Node.Sequence sequence) {
            for (int i = 0; i < sequence.items().size(); i++) {
                path.add(i);
                Found found = find(sequence.items().get(i), path, null, flow, match);
                path.remove(path.size() - 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The value of a member replaced where it is written, its quoting kept. */
    private static String replacement(TextLines lines, Found found, Fix.Edit edit, DescriptorFormat format,
                                      List<Splice> splices) {
        if (!(found.member().value() instanceof Node.Scalar scalar)) {
            return edit.path() + " holds a list or an object, not a single value";
        }
        int start = lines.offset(scalar.location());
        if (start < 0 || start >= lines.text().length()) {
            return edit.path() + " is not written where it can be edited";
        }
        boolean flow = format == DescriptorFormat.JSON || insideFlow(lines, found.parent());
        String text = lines.text();
        char first = text.charAt(start);
        int end;
        String written;
        if (first == '"' || first == '\'') {
            end = closingQuote(text, start, first);
            if (end < 0) {
                return edit.path() + " is written over several lines";
            }
            end++;
            written = quoted(edit, first, format);
        } else if ("|>&*!".indexOf(first) >= 0) {
            return edit.path() + " is written as a block, an anchor or an alias";
        } else {
            end = start;
            int lineEnd = lines.lineEnd(start);
            while (end < lineEnd && !(flow && ",}]".indexOf(text.charAt(end)) >= 0)
                    && !(text.charAt(end) == '#' && end > start && text.charAt(end - 1) == ' ')) {
                end++;
            }
            while (end > start && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
                end--;
            }
            written = format == DescriptorFormat.JSON ? json(edit) : plainOrQuoted(edit, flow);
        }
        splices.add(new Splice(start, end, written));
        return null;
    }

    /** A member's lines taken out: only a member written on lines of its own in block style. */
    private static String removal(TextLines lines, Found found, List<Splice> splices) {
        if (found.flow() || insideFlow(lines, found.parent())) {
            return "removing a field written in flow style ({...}) is left to a person";
        }
        int keyStart = lines.offset(found.member().keyLocation());
        int lineStart = lines.lineStart(keyStart);
        if (keyStart < 0 || !lines.text().substring(lineStart, keyStart).isBlank()) {
            return "the field shares its line with another; remove it by hand";
        }
        int indent = keyStart - lineStart;
        int end = lines.nextLine(keyStart);
        while (end < lines.text().length()) {
            int next = lines.nextLine(end);
            String line = lines.text().substring(end, lines.lineEnd(end));
            if (!line.isBlank() && indentOf(line) <= indent) {
                break;
            }
            end = next;
        }
        splices.add(new Splice(lineStart, end, ""));
        return null;
    }

    /** A missing field added as the last of its object, with the object's indentation or inside its braces. */
    private static String insertion(TextLines lines, Found found, String field, Fix.Edit edit, DescriptorFormat format,
                                    List<Splice> splices) {
        String text = lines.text();
        int start = lines.offset(found.mapping().location());
        if (start < 0 || start >= text.length()) {
            return "the place to write " + edit.path() + " is not in the file";
        }
        boolean json = format == DescriptorFormat.JSON;
        String key = json ? jsonText(field) : KEY_SAFE.matcher(field).matches() ? field : jsonText(field);
        if (text.charAt(start) == '{') {
            int close = closingBrace(text, start);
            if (close < 0) {
                return "the object holding " + edit.path() + " is not closed where expected";
            }
            String member = key + ": " + (json ? json(edit) : plainOrQuoted(edit, true));
            int last = close - 1;
            while (last > start && Character.isWhitespace(text.charAt(last))) {
                last--;
            }
            if (last == start) {
                splices.add(new Splice(start + 1, start + 1, member));
            } else if (lines.lineStart(close) == lines.lineStart(start) || found.mapping().members().isEmpty()) {
                splices.add(new Splice(last + 1, last + 1, ", " + member));
            } else {
                Node.Member lastMember = null;
                for (Node.Member each : found.mapping().members().values()) {
                    lastMember = each;
                }
                int lastKey = lines.offset(lastMember.keyLocation());
                int indent = lastKey - lines.lineStart(lastKey);
                boolean ownLine = text.substring(lines.lineStart(lastKey), lastKey).isBlank();
                splices.add(new Splice(last + 1, last + 1, ownLine ? "," + lines.newline() + " ".repeat(indent) + member
                        : ", " + member));
            }
            return null;
        }
        if (json) {
            return "the place to write " + edit.path() + " is not an object";
        }
        int keyStart = start;
        int indent = keyStart - lines.lineStart(keyStart);
        int end = lines.lineEnd(keyStart);
        int at = lines.nextLine(keyStart);
        while (at < text.length()) {
            String line = text.substring(at, lines.lineEnd(at));
            if (line.startsWith("---") || line.startsWith("...")) {
                break;
            }
            if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
                if (indentOf(line) < indent) {
                    break;
                }
                end = lines.lineEnd(at);
            }
            at = lines.nextLine(at);
        }
        String member = key + ": " + plainOrQuoted(edit, false);
        splices.add(new Splice(end, end, lines.newline() + " ".repeat(indent) + member));
        return null;
    }

    private static boolean insideFlow(TextLines lines, Node.Mapping mapping) {
        if (mapping == null) {
            return false;
        }
        int at = lines.offset(mapping.location());
        return at >= 0 && at < lines.text().length() && lines.text().charAt(at) == '{';
    }

    private static int indentOf(String line) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        return indent;
    }

    /** Whether a quote at {@code at} opens a value: first on its line or after {@code [ { , :} and spaces. */
    private static boolean startsAValue(String text, int at) {
        int before = at - 1;
        while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t')) {
            before--;
        }
        return before < 0 || "[{,:\n\r".indexOf(text.charAt(before)) >= 0;
    }

    static int closingQuote(String text, int start, char quote) {
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return -1;
            }
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    private static int closingBrace(String text, int start) {
        int close = closing(text, start);
        return close >= 0 && text.charAt(close) == '}' ? close : -1;
    }

    /** The offset of the bracket or brace that closes the one at {@code start}, or -1. */
    static int closing(String text, int start) {
        int depth = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '"' || c == '\'') && startsAValue(text, i)) {
                int end = closingQuote(text, i, c);
                if (end < 0) {
                    return -1;
                }
                i = end;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (--depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String quoted(Fix.Edit edit, char quote, DescriptorFormat format) {
        if (edit.kind() == Fix.Kind.NUMBER) {
            return edit.value();
        }
        if (quote == '\'') {
            return "'" + edit.value().replace("'", "''") + "'";
        }
        return jsonText(edit.value());
    }

    private static String json(Fix.Edit edit) {
        return edit.kind() == Fix.Kind.NUMBER ? edit.value() : jsonText(edit.value());
    }

    private static String plainOrQuoted(Fix.Edit edit, boolean flow) {
        String value = edit.value();
        if (edit.kind() == Fix.Kind.NUMBER) {
            return value;
        }
        boolean safe = PLAIN_SAFE.matcher(value).matches() && !value.contains(": ") && !value.contains(" #")
                && !NOT_TEXT_WORDS.contains(value.toLowerCase(java.util.Locale.ROOT))
                && CoreSchema.typeOf(value) == Node.ScalarType.STRING && !YAML11_NOT_TEXT.matcher(value).matches()
                && !(flow && value.matches(".*[,\\[\\]{}].*"));
        return safe ? value : jsonText(value);
    }

    /** A JSON string, which YAML reads as the same double-quoted text. */
    static String jsonText(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** {@code text} with the splices made, or null when two of them overlap. */
    private static String splice(String text, List<Splice> splices) {
        List<Splice> ordered = new ArrayList<>(splices);
        // From the end backwards; at one place, a later edit first so that the earlier ends up first.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> ordered.get(a).start() != ordered.get(b).start()
                ? Integer.compare(ordered.get(b).start(), ordered.get(a).start()) : Integer.compare(b, a));
        StringBuilder out = new StringBuilder(text);
        int limit = text.length();
        for (int index : order) {
            Splice splice = ordered.get(index);
            if (splice.end() > limit) {
                return null;
            }
            out.replace(splice.start(), splice.end(), splice.text());
            limit = splice.start();
        }
        return out.toString();
    }

    /** The document as plain values, to compare two readings: texts keep their type, numbers as written. */
    static Object plain(Node node) {
        if (node instanceof Node.Mapping mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            mapping.members().forEach((key, member) -> map.put(key, plain(member.value())));
            return map;
        }
        if (node instanceof Node.Sequence sequence) {
            return sequence.items().stream().map(TextFixes::plain).toList();
        }
        Node.Scalar scalar = (Node.Scalar) node;
        return new Value(scalar.type(), scalar.text());
    }

    /** A single value as read: its type and its text. */
    private record Value(Node.ScalarType type, String text) {
    }

    /** The plain document after one edit, at the place found for it. */
    @SuppressWarnings("unchecked")
    private static Object expectedAfter(Object document, Found found, String field, Fix.Edit edit) {
        List<Object> path = new ArrayList<>(found.documentPath());
        if (found.member() == null) {
            path.add(field);
        }
        Object copy = deepCopy(document);
        Object container = copy;
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            container = step instanceof Integer index ? ((List<Object>) container).get(index)
                    : ((Map<String, Object>) container).get(step);
        }
        Map<String, Object> mapping = (Map<String, Object>) container;
        String key = (String) path.get(path.size() - 1);
        if (edit.kind() == Fix.Kind.REMOVE) {
            mapping.remove(key);
        } else {
            Node.ScalarType type = edit.kind() == Fix.Kind.TEXT ? Node.ScalarType.STRING
                    : edit.value().contains(".") ? Node.ScalarType.DECIMAL : Node.ScalarType.INTEGER;
            mapping.put(key, new Value(type, edit.value()));
        }
        return copy;
    }

    private static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put((String) key, deepCopy(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(deepCopy(item)));
            return copy;
        }
        return value;
    }
}
