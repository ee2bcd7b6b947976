package io.meshgov.read;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.meshgov.DescriptorException;
import io.meshgov.decision.Fix;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A descriptor moved to a newer version of its standard — ODCS v3.0.x to v3.1.0 to v3.2.0, ODPS v0.9.0 to v1.0.0 to
 * v1.1.0 — by editing its text where each value is written, so that comments, order and style stay. Each step is
 * taken from the standards' own change notes (their JSON Schemas of each version agree):
 *
 * <ul>
 *   <li>ODCS v3.1.0 and ODPS v1.0.0: {@code team} is an object whose {@code members} is the list the earlier version
 *       wrote as {@code team} itself (ODCS keeps the list as deprecated until 4.0; ODPS refuses it);</li>
 *   <li>ODCS v3.1.0: a library quality check names its {@code metric} ({@code rule} is deprecated):
 *       {@code duplicateCount} became {@code duplicateValues}, {@code nullCheck} {@code nullValues}, {@code rowCount}
 *       stayed; {@code validValues} became {@code invalidValues} with the values under {@code arguments}, which is
 *       left to a person;</li>
 *   <li>ODCS v3.2.0 and ODPS v1.1.0 only add fields: the {@code apiVersion} changes.</li>
 * </ul>
 *
 * <p>As with {@link TextFixes}, every step is checked by reading the text again: it must hold exactly the document
 * the step describes, or the step is not taken and the file is left as it was.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class StandardUpgrade {

    /** The newest version of each standard meshgov upgrades to. */
    public static final String LATEST_ODCS = "v3.2.0";
    public static final String LATEST_ODPS = "v1.1.0";

    private static final List<String> ODCS = List.of("v3.0.0", "v3.0.1", "v3.0.2", "v3.1.0", "v3.2.0");
    private static final List<String> ODPS = List.of("v0.9.0", "v1.0.0", "v1.1.0");
    private static final Map<String, String> METRICS = Map.of("duplicateCount", "duplicateValues",
            "nullCheck", "nullValues", "rowCount", "rowCount");

    private StandardUpgrade() {
    }

    /**
     * What an upgrade did.
     *
     * @param text  the upgraded text (the original when nothing was done)
     * @param from  the {@code apiVersion} the text declared
     * @param to    the version it declares now
     * @param steps what changed, one line each, in a contract author's words
     * @param left  what the upgrade could not do and a person should, one line each
     */
    public record Result(String text, String from, String to, List<String> steps, List<String> left) {
        public Result {
            Objects.requireNonNull(text, "text");
            steps = List.copyOf(steps);
            left = List.copyOf(left);
        }

        public boolean changed() {
            return !steps.isEmpty();
        }
    }

    /**
     * Upgrades {@code text} to {@code target} ({@code null}: the newest version of its standard).
     *
     * @throws DescriptorException      when the text cannot be read as a descriptor
     * @throws IllegalArgumentException when the target is not a later version of the text's standard, named so a
     *                                  person can correct it
     */
    public static Result upgrade(String text, String source, DescriptorFormat format, String target,
                                 ReadLimits limits) {
        Node root = parse(text, source, format, limits);
        if (!(root instanceof Node.Mapping mapping)) {
            throw new IllegalArgumentException("the file holds no descriptor");
        }
        String kind = scalar(mapping, "kind");
        String from = scalar(mapping, "apiVersion");
        List<String> versions = "DataProduct".equals(kind) ? ODPS : ODCS;
        String to = target == null ? versions.get(versions.size() - 1) : target.startsWith("v") ? target : "v" + target;
        if (!versions.contains(to)) {
            throw new IllegalArgumentException("--to " + to + ": meshgov upgrades " + ("DataProduct".equals(kind)
                    ? "ODPS" : "ODCS") + " to " + String.join(", ", versions.subList(versions.size() - 2, versions.size())));
        }
        if (from == null || !versions.contains(from)) {
            throw new IllegalArgumentException("apiVersion " + (from == null ? "is missing" : "'" + from + "' is not a"
                    + " version meshgov upgrades from (" + String.join(", ", versions) + ")"));
        }
        List<String> steps = new ArrayList<>();
        List<String> left = new ArrayList<>();
        if (versions.indexOf(to) <= versions.indexOf(from)) {
            return new Result(text, from, from, steps, left);
        }
        String current = text;
        boolean teamAsObject = versions == ODCS ? versions.indexOf(to) >= ODCS.indexOf("v3.1.0")
                : versions.indexOf(to) >= ODPS.indexOf("v1.0.0");
        if (teamAsObject) {
            current = teamAsObject(current, source, format, limits, steps, left);
        }
        if (versions == ODCS && versions.indexOf(to) >= ODCS.indexOf("v3.1.0")
                && versions.indexOf(from) < ODCS.indexOf("v3.1.0")) {
            current = metrics(current, source, format, limits, steps, left);
            current = temporalTypes(current, source, format, limits, steps, left);
        }
        TextFixes.Result version = TextFixes.apply(current, source, format, List.of(new Fix("apiVersion " + to,
                List.of(new Fix.Edit("apiVersion", Fix.Kind.TEXT, to)))), limits);
        if (version.changed()) {
            current = version.text();
            steps.add("apiVersion " + from + " → " + to);
        } else {
            left.add("set apiVersion to " + to + " by hand: " + version.notApplied().values().iterator().next());
        }
        return new Result(current, from, version.changed() ? to : from, steps, left);
    }

    /** {@code team: [members]} → {@code team: {members: [...]}}, where the list is written. */
    private static String teamAsObject(String text, String source, DescriptorFormat format, ReadLimits limits,
                                       List<String> steps, List<String> left) {
        Node.Mapping root = (Node.Mapping) parse(text, source, format, limits);
        Node.Member team = root.members().get("team");
        if (team == null || !(team.value() instanceof Node.Sequence list)) {
            return text;
        }
        TextLines lines = new TextLines(text);
        int key = lines.offset(team.keyLocation());
        int value = lines.offset(list.location());
        if (key < 0 || value < 0) {
            left.add("move the list 'team' under 'team: members:' by hand");
            return text;
        }
        StringBuilder edited = new StringBuilder(text);
        char first = text.charAt(value);
        if (first == '[') {
            int close = TextFixes.closing(text, value);
            if (close < 0) {
                left.add("move the list 'team' under 'team: members:' by hand");
                return text;
            }
            String members = format == DescriptorFormat.JSON ? "\"members\": " : "members: ";
            edited.insert(close + 1, "}").insert(value, "{" + members);
        } else {
            // A block list: a line 'members:' under 'team:', and the list's lines indented by two more spaces.
            int indent = key - lines.lineStart(key);
            int at = lines.nextLine(key);
            int end = at;
            while (at < text.length()) {
                String line = text.substring(at, lines.lineEnd(at));
                int lineIndent = line.length() - line.stripLeading().length();
                boolean blank = line.isBlank() || line.stripLeading().startsWith("#");
                if (!blank && (lineIndent < indent || lineIndent == indent && !line.stripLeading().startsWith("- ")
                        && !line.strip().equals("-"))) {
                    break;
                }
                if (!blank) {
                    end = lines.nextLine(at);
                }
                at = lines.nextLine(at);
            }
            StringBuilder block = new StringBuilder(" ".repeat(indent + 2)).append("members:").append(lines.newline());
            for (int line = lines.nextLine(key); line < end; line = lines.nextLine(line)) {
                String written = text.substring(line, lines.nextLine(line));
                block.append(written.isBlank() ? written : "  " + written);
            }
            edited.replace(lines.nextLine(key), end, block.toString());
        }
        String result = edited.toString();
        Object expected = TextFixes.plain(root);
        @SuppressWarnings("unchecked")
        Map<String, Object> document = new LinkedHashMap<>((Map<String, Object>) expected);
        document.put("team", new LinkedHashMap<>(Map.of("members", document.get("team"))));
        if (!reads(result, source, format, limits, document)) {
            left.add("move the list 'team' under 'team: members:' by hand (it is not written as a plain list)");
            return text;
        }
        steps.add("team: the list of members is now team.members, as the newer standard writes a team");
        return result;
    }

    /** A library quality check's {@code rule: X} renamed {@code metric: Y}. */
    private static String metrics(String text, String source, DescriptorFormat format, ReadLimits limits,
                                  List<String> steps, List<String> left) {
        String current = text;
        for (int guard = 0; guard < 10_000; guard++) {
            Node root = parse(current, source, format, limits);
            List<Object> path = new ArrayList<>();
            Node.Mapping check = firstRuleCheck(root, path);
            if (check == null) {
                return current;
            }
            Node.Member rule = check.members().get("rule");
            String written = rule.value() instanceof Node.Scalar scalar ? scalar.text() : "";
            String metric = METRICS.get(written);
            TextLines lines = new TextLines(current);
            int key = lines.offset(rule.keyLocation());
            int value = lines.offset(rule.value().location());
            String keyText = format == DescriptorFormat.JSON ? "\"rule\"" : "rule";
            if (metric == null || key < 0 || value < 0 || !current.startsWith(keyText, key)) {
                left.add("line " + rule.keyLocation().line() + ": quality rule '" + written + "' is deprecated; write it"
                        + " as a metric by hand (validValues → metric: invalidValues with arguments: validValues)");
                return current;   // one left for a person stops the renaming of the others: they are told too
            }
            String replaced = replaceScalar(current, value, metric);
            if (replaced == null) {
                left.add("line " + rule.keyLocation().line() + ": rename quality 'rule: " + written + "' to 'metric: "
                        + metric + "' by hand");
                return current;
            }
            StringBuilder edited = new StringBuilder(replaced);
            edited.replace(key, key + keyText.length(), format == DescriptorFormat.JSON ? "\"metric\"" : "metric");
            Object expected = renamed(TextFixes.plain(root), path, metric);
            if (!reads(edited.toString(), source, format, limits, expected)) {
                left.add("line " + rule.keyLocation().line() + ": rename quality 'rule: " + written + "' to 'metric: "
                        + metric + "' by hand");
                return current;
            }
            current = edited.toString();
            steps.add("line " + rule.keyLocation().line() + ": quality rule: " + written + " → metric: " + metric);
        }
        return current;
    }

    /**
     * ODCS v3.0's {@code logicalType: date} was every temporal type; v3.1 added {@code time} and {@code timestamp}.
     * A date stored as a time or a timestamp ({@code physicalType}) gets that logical type.
     */
    private static String temporalTypes(String text, String source, DescriptorFormat format, ReadLimits limits,
                                        List<String> steps, List<String> left) {
        String current = text;
        for (int guard = 0; guard < 10_000; guard++) {
            Node root = parse(current, source, format, limits);
            List<Object> path = new ArrayList<>();
            Node.Member logical = firstDateStoredAsTime(root, path);
            if (logical == null) {
                return current;
            }
            Node.Scalar value = (Node.Scalar) logical.value();
            String physical = scalarOf(root, path, "physicalType");
            String type = io.meshgov.conventions.Conventions.logicalTypeOfV30Date(physical);
            TextLines lines = new TextLines(current);
            int start = lines.offset(value.location());
            String edited = start < 0 ? null : replaceScalar(current, start, type);
            path.add("logicalType");
            if (edited == null || !reads(edited, source, format, limits, set(TextFixes.plain(root), path, type))) {
                left.add("line " + logical.keyLocation().line() + ": logicalType date stored as " + physical
                        + " is a " + type + " in v3.1.0; change it by hand");
                return current;
            }
            current = edited;
            steps.add("line " + logical.keyLocation().line() + ": logicalType date → " + type + " (stored as " + physical
                    + "; v3.1.0 added " + type + ")");
        }
        return current;
    }

    /** The first {@code logicalType: date} member beside a {@code physicalType} holding a time or a timestamp. */
    private static Node.Member firstDateStoredAsTime(Node node, List<Object> path) {
        Node.Mapping found = firstMapping(node, path, (mapping, at) -> {
            Node.Member logical = mapping.members().get("logicalType");
            Node.Member physical = mapping.members().get("physicalType");
            return logical != null && physical != null && logical.value() instanceof Node.Scalar type
                    && type.text().equals("date") && physical.value() instanceof Node.Scalar stored
                    && io.meshgov.conventions.Conventions.logicalTypeOfV30Date(stored.text()) != null;
        });
        return found == null ? null : found.members().get("logicalType");
    }

    /**
     * The first mapping, depth first, that {@code test} accepts given its document path; {@code path} is left holding
     * that path (keys and indices), or as it was when none is found.
     */
    private static Node.Mapping firstMapping(Node node, List<Object> path,
                                             java.util.function.BiPredicate<Node.Mapping, List<Object>> test) {
        if (node instanceof Node.Mapping mapping) {
            if (test.test(mapping, path)) {
                return mapping;
            }
            for (Node.Member member : mapping.members().values()) {
                path.add(member.key());
                Node.Mapping found = firstMapping(member.value(), path, test);
                if (found != null) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        } else if (node instanceof Node.Sequence sequence) {
            for (int i = 0; i < sequence.items().size(); i++) {
                path.add(i);
                Node.Mapping found = firstMapping(sequence.items().get(i), path, test);
                if (found != null) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return null;
    }

    private static String scalarOf(Node root, List<Object> path, String key) {
        Node at = root;
        for (Object step : path) {
            at = step instanceof Integer index ? ((Node.Sequence) at).items().get(index)
                    : ((Node.Mapping) at).members().get(step).value();
        }
        return ((Node.Scalar) ((Node.Mapping) at).members().get(key).value()).text();
    }

    /** {@code text} with the single-line scalar starting at {@code start} replaced, its quotes kept; null if not simple. */
    private static String replaceScalar(String text, int start, String replacement) {
        char first = text.charAt(start);
        int end;
        String quote = "";
        if (first == '"' || first == '\'') {
            end = TextFixes.closingQuote(text, start, first);
            if (end < 0) {
                return null;
            }
            end++;
            quote = String.valueOf(first);
        } else {
            end = start;
            while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
        }
        return text.substring(0, start) + quote + replacement + quote + text.substring(end);
    }

    @SuppressWarnings("unchecked")
    private static Object set(Object document, List<Object> path, String text) {
        Object copy = copy(document);
        Object at = copy;
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            at = step instanceof Integer index ? ((List<Object>) at).get(index) : ((Map<String, Object>) at).get(step);
        }
        ((Map<String, Object>) at).put((String) path.get(path.size() - 1),
                TextFixes.plain(new Node.Scalar(null, Node.ScalarType.STRING, text)));
        return copy;
    }

    /** The first mapping holding {@code rule} without {@code metric} inside a {@code quality} list. */
    private static Node.Mapping firstRuleCheck(Node node, List<Object> path) {
        return firstMapping(node, path, (mapping, at) -> at.size() >= 2 && "quality".equals(at.get(at.size() - 2))
                && mapping.members().containsKey("rule") && !mapping.members().containsKey("metric"));
    }

    @SuppressWarnings("unchecked")
    private static Object renamed(Object document, List<Object> path, String metric) {
        Object copy = copy(document);
        Object at = copy;
        for (Object step : path) {
            at = step instanceof Integer index ? ((List<Object>) at).get(index) : ((Map<String, Object>) at).get(step);
        }
        Map<String, Object> check = (Map<String, Object>) at;
        Map<String, Object> renamed = new LinkedHashMap<>();
        check.forEach((key, value) -> {
            if (key.equals("rule")) {
                renamed.put("metric", TextFixes.plain(new Node.Scalar(null, Node.ScalarType.STRING, metric)));
            } else {
                renamed.put(key, value);
            }
        });
        check.clear();
        check.putAll(renamed);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put((String) key, copy(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(copy(item)));
            return copy;
        }
        return value;
    }

    private static boolean reads(String text, String source, DescriptorFormat format, ReadLimits limits,
                                 Object expected) {
        try {
            return TextFixes.plain(parse(text, source, format, limits)).equals(expected);
        } catch (DescriptorException e) {
            return false;
        }
    }

    private static Node parse(String text, String source, DescriptorFormat format, ReadLimits limits) {
        return DocumentParser.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), source, format,
                limits);
    }

    private static String scalar(Node.Mapping mapping, String key) {
        Node.Member member = mapping.members().get(key);
        return member != null && member.value() instanceof Node.Scalar scalar ? scalar.text() : null;
    }
}
