package io.meshgov.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.meshgov.DescriptorException;
import io.meshgov.Problem.Code;
import io.meshgov.Problem;
import io.meshgov.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Parses one YAML or JSON document into a {@link Node} tree within the {@link ReadLimits}: the bytes are counted
 * before anything is parsed, the text decoded by its byte-order mark, then YAML goes through {@link YamlTreeReader}
 * (YAML 1.2: aliases, merge keys, the core schema) and JSON through Jackson's streaming parser. Duplicate keys are
 * collected with both lines; parser failures become located problems in a contract author's words.
 */
final class DocumentParser {

    private final String source;
    private final ReadLimits limits;
    private final List<Problem> problems = new ArrayList<>();
    private long values;

    private DocumentParser(String source, ReadLimits limits) {
        this.source = source;
        this.limits = limits;
    }

    /** The document's root value; throws when the text is not well-formed, has duplicate keys or crosses a limit. */
    static Node parse(InputStream bytes, String source, DescriptorFormat format) {
        return parse(bytes, source, format, ReadLimits.defaults());
    }

    static Node parse(InputStream bytes, String source, DescriptorFormat format, ReadLimits limits) {
        return new DocumentParser(source, limits).parseDocument(bytes, format);
    }

    /**
     * The root of every document in the input, for telling what a file holds: problems that let reading go on (a
     * duplicate key, a second document, an unknown tag) are ignored here; a malformed text or a crossed limit throws.
     */
    static List<Node> documents(InputStream bytes, String source, DescriptorFormat format, ReadLimits limits) {
        DocumentParser parser = new DocumentParser(source, limits);
        String text = parser.text(bytes);
        if (format == DescriptorFormat.JSON) {
            Node root = parser.parseJson(text);
            return root == null ? List.of() : List.of(root);
        }
        return parser.yaml(text, yaml -> YamlTreeReader.readAll(yaml, source, limits, parser.problems));
    }

    /** The input's characters, within the byte limit, decoded by its mark. */
    private String text(InputStream bytes) {
        try {
            return SourceText.read(bytes, source, limits);
        } catch (IOException e) {
            throw new DescriptorException(Problem.error(Code.FILE, new SourceLocation(source, 0, 0), "",
                    "cannot be read: " + ReadFailures.reason(e)), e);
        }
    }

    private Node parseDocument(InputStream bytes, DescriptorFormat format) {
        String text = text(bytes);
        Node root = format == DescriptorFormat.JSON ? parseJson(text) : parseYaml(text);
        if (root == null) {
            throw new DescriptorException(List.of(Problem.error(Code.SYNTAX, SourceLocation.startOf(source), "",
                    "the file is empty; expected a data contract (kind: DataContract) or a data product "
                            + "(kind: DataProduct)")));
        }
        if (!problems.isEmpty()) {
            List<Problem> sorted = new ArrayList<>(problems);
            sorted.sort(null);
            throw new DescriptorException(sorted);
        }
        return root;
    }

    private Node parseYaml(String text) {
        return yaml(text, yaml -> YamlTreeReader.read(yaml, source, limits, problems));
    }

    /** The most {@code \\L} and {@code \\P} escapes read in one file (each costs a parse). */
    private static final int MAX_LINE_SEPARATOR_ESCAPES = 64;

    /**
     * Runs a YAML reading, its parser's failures turned into located problems in a contract author's words. YAML 1.2's
     * {@code \\L} and {@code \\P} escapes (U+2028, U+2029, as PyYAML and Jackson write them), which the parser does
     * not know, are read: the parser says exactly where each is, inside a double-quoted value, and it is read again
     * with the escape written as {@code \\u2028} or {@code \\u2029} — the same character.
     */
    private <T> T yaml(String text, java.util.function.Function<String, T> reading) {
        String yaml = text;
        for (int escapes = 0; ; escapes++) {
            try {
                return reading.apply(yaml);
            } catch (MarkedYamlEngineException e) {
                String rewritten = escapes < MAX_LINE_SEPARATOR_ESCAPES ? withLineSeparatorEscape(yaml, e) : null;
                if (rewritten == null) {
                    TextLines lines = new TextLines(yaml);
                    SourceLocation location = e.getProblemMark().or(e::getContextMark)
                            .map(mark -> new SourceLocation(source, mark.getLine() + 1,
                                    lines.utf16Column(mark.getLine(), mark.getColumn()) + 1))
                            .orElse(SourceLocation.startOf(source));
                    throw new DescriptorException(List.of(Problem.error(Code.SYNTAX, location, "", "malformed YAML: "
                            + YamlMessages.of(e))));
                }
                problems.clear();   // read again from the start: what the first reading found is found again
                yaml = rewritten;
            } catch (ReaderException e) {
                throw new DescriptorException(List.of(Problem.error(Code.SYNTAX, locationAtCodePoint(yaml,
                        e.getPosition()), "", "malformed YAML: the character " + String.format(Locale.ROOT, "U+%04X",
                        e.getCodePoint()) + " may not appear in a YAML file; remove it, or write it as an escape in a "
                        + "double-quoted value")));
            } catch (YamlEngineException e) {
                throw new DescriptorException(List.of(Problem.error(Code.SYNTAX, SourceLocation.startOf(source), "",
                        "malformed YAML: " + YamlMessages.plain(e.getMessage()))));
            }
        }
    }

    /** {@code text} with the {@code \\L} or {@code \\P} the parser stopped at written as a Unicode escape; or null. */
    private static String withLineSeparatorEscape(String text, MarkedYamlEngineException e) {
        if (e.getProblemMark().isEmpty() || !String.valueOf(e.getMessage()).contains("found unknown escape character")) {
            return null;
        }
        int codePoints = e.getProblemMark().get().getIndex();
        if (codePoints < 1 || codePoints > text.codePointCount(0, text.length())) {
            return null;
        }
        int at = text.offsetByCodePoints(0, codePoints);   // at the escape's letter, or its backslash
        for (int index : new int[] {at, at + 1, at - 1}) {
            if (index >= 1 && index < text.length() && text.charAt(index - 1) == '\\'
                    && (text.charAt(index) == 'L' || text.charAt(index) == 'P')) {
                return text.substring(0, index) + (text.charAt(index) == 'L' ? "u2028" : "u2029")
                        + text.substring(index + 1);
            }
        }
        return null;
    }

    /** The place of the parser's {@code codePoint}-th character, counted as every location is ({@link TextLines}). */
    private SourceLocation locationAtCodePoint(String text, int codePoint) {
        int offset = text.offsetByCodePoints(0, Math.max(0, Math.min(codePoint, text.codePointCount(0, text.length()))));
        return new TextLines(text).location(source, offset);
    }

    private Node parseJson(String text) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth() + 1)       // our own check, with our message, comes first
                        .maxStringLength(Integer.MAX_VALUE)           // checked below, per value
                        .maxNumberLength(Integer.MAX_VALUE)           // kept as text; bounded by the file size
                        .maxDocumentLength(-1)
                        .build())
                .build();
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            Node root = readValue(parser, 1);
            JsonToken after = parser.nextToken();
            if (after != null) {
                problems.add(Problem.error(Code.SYNTAX, locationOf(parser.currentTokenLocation()), "",
                        "a file holds one descriptor but a second value starts here; split it into two files"));
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new DescriptorException(List.of(Problem.error(Code.SYNTAX, locationOf(e.getLocation()), "",
                    "malformed JSON: " + JsonMessages.of(e.getOriginalMessage()))));
        } catch (IOException e) {
            throw new DescriptorException(Problem.error(Code.FILE, SourceLocation.startOf(source), "",
                    "cannot be read: " + ReadFailures.reason(e)), e);
        }
    }

    private Node readValue(JsonParser parser, int depth) throws IOException {
        SourceLocation location = locationOf(parser.currentTokenLocation());
        countValue(location);
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                checkDepth(depth, location);
                return readMapping(parser, location, depth);
            case START_ARRAY:
                checkDepth(depth, location);
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(parser, depth + 1));
                }
                return new Node.Sequence(location, items);
            case VALUE_STRING:
                return new Node.Scalar(location, Node.ScalarType.STRING, checkedText(parser, location));
            case VALUE_NUMBER_INT:
                return new Node.Scalar(location, Node.ScalarType.INTEGER, checkedText(parser, location));
            case VALUE_NUMBER_FLOAT:
                return new Node.Scalar(location, Node.ScalarType.DECIMAL, checkedText(parser, location));
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Node.Scalar(location, Node.ScalarType.BOOLEAN, parser.getText());
            default:
                return new Node.Scalar(location, Node.ScalarType.NULL, "null");
        }
    }

    private Node readMapping(JsonParser parser, SourceLocation location, int depth) throws IOException {
        Map<String, Node.Member> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            SourceLocation keyLocation = locationOf(parser.currentTokenLocation());
            String key = checkedText(parser, keyLocation);
            parser.nextToken();
            Node value = readValue(parser, depth + 1);
            Node.Member earlier = members.get(key);
            if (earlier != null) {
                problems.add(earlier.duplicatedAt(keyLocation));
            } else {
                members.put(key, new Node.Member(key, keyLocation, value));
            }
        }
        return new Node.Mapping(location, members);
    }

    private String checkedText(JsonParser parser, SourceLocation location) throws IOException {
        if (parser.getTextLength() > limits.maxTextLength()) {
            throw new DescriptorException(List.of(Problem.error(Code.LIMIT, location, "",
                    ReadLimitMessages.textLength(parser.getTextLength(), limits.maxTextLength()))));
        }
        return parser.getText();
    }

    private void checkDepth(int depth, SourceLocation location) {
        if (depth > limits.maxDepth()) {
            throw new DescriptorException(List.of(Problem.error(Code.LIMIT, location, "", ReadLimitMessages.depth(limits.maxDepth()))));
        }
    }

    private void countValue(SourceLocation location) {
        if (++values > limits.maxValues()) {
            throw new DescriptorException(List.of(Problem.error(Code.LIMIT, location, "",
                    ReadLimitMessages.values(limits.maxValues(), false))));
        }
    }

    private SourceLocation locationOf(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return SourceLocation.startOf(source);
        }
        return new SourceLocation(source, location.getLineNr(), Math.max(location.getColumnNr(), 1));
    }
}
