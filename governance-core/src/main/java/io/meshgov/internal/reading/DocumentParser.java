package io.meshgov.internal.reading;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.meshgov.DescriptorException;
import io.meshgov.Problem;
import io.meshgov.SourceLocation;
import io.meshgov.read.DescriptorFormat;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses one YAML or JSON document into a {@link Node} tree, collecting duplicate keys (with both lines) and
 * turning parser failures into located problems.
 */
final class DocumentParser {

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
            .build();
    /** An empty plain value ({@code properties:} and nothing after it) is null in YAML, not the empty string. */
    private static final YAMLFactory YAML = new TextFirstYamlParser.Factory(YAMLFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL));

    private final String source;
    private final List<Problem> problems = new ArrayList<>();

    private DocumentParser(String source) {
        this.source = source;
    }

    /** The document's root value; throws when the text is not well-formed or has duplicate keys. */
    static Node parse(InputStream bytes, String source, DescriptorFormat format) {
        return new DocumentParser(source).parseDocument(bytes, format);
    }

    private Node parseDocument(InputStream bytes, DescriptorFormat format) {
        JsonFactory factory = format == DescriptorFormat.JSON ? JSON : YAML;
        try (JsonParser parser = factory.createParser(bytes)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new DescriptorException(List.of(new Problem(SourceLocation.startOf(source), "",
                        "the file is empty; expected a data contract (kind: DataContract) or a data product "
                                + "(kind: DataProduct)")));
            }
            Node root = readValue(parser);
            JsonToken after = parser.nextToken();
            if (after != null) {
                problems.add(new Problem(locationOf(parser.currentTokenLocation()), "",
                        "a file holds one descriptor but a second document starts here; split it into two files"));
            }
            if (!problems.isEmpty()) {
                throw new DescriptorException(problems);
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new DescriptorException(new Problem(locationOf(e.getLocation()), "",
                    "malformed " + format.displayName() + ": " + firstLine(e.getOriginalMessage())), e);
        } catch (IOException e) {
            throw new DescriptorException(new Problem(SourceLocation.startOf(source), "",
                    "cannot be read: " + e.getMessage()), e);
        }
    }

    private Node readValue(JsonParser parser) throws IOException {
        SourceLocation location = locationOf(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                return readMapping(parser, location);
            case START_ARRAY:
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(parser));
                }
                return new Node.Sequence(location, items);
            case VALUE_STRING:
                return new Node.Scalar(location, Node.ScalarType.STRING, parser.getText());
            case VALUE_NUMBER_INT:
                return new Node.Scalar(location, Node.ScalarType.INTEGER, parser.getText());
            case VALUE_NUMBER_FLOAT:
                return new Node.Scalar(location, Node.ScalarType.DECIMAL, parser.getText());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Node.Scalar(location, Node.ScalarType.BOOLEAN, parser.getText());
            case VALUE_NULL:
                return new Node.Scalar(location, Node.ScalarType.NULL, parser.getText());
            default:
                // Embedded binary (YAML !!binary) and the like: keep the text rather than guess.
                return new Node.Scalar(location, Node.ScalarType.STRING, parser.getText());
        }
    }

    private Node readMapping(JsonParser parser, SourceLocation location) throws IOException {
        Map<String, Node.Member> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            SourceLocation keyLocation = locationOf(parser.currentTokenLocation());
            parser.nextToken();
            Node value = readValue(parser);
            Node.Member earlier = members.get(key);
            if (earlier != null) {
                problems.add(new Problem(keyLocation, "", "duplicate key \"" + key + "\": first defined at line "
                        + earlier.keyLocation().line() + ", again at line " + keyLocation.line()
                        + "; keep one of them"));
            } else {
                members.put(key, new Node.Member(key, keyLocation, value));
            }
        }
        return new Node.Mapping(location, members);
    }

    private SourceLocation locationOf(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return SourceLocation.startOf(source);
        }
        return new SourceLocation(source, location.getLineNr(), Math.max(location.getColumnNr(), 0));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.strip().lines().findFirst().orElse("unreadable").strip();
        return line.endsWith(":") ? line.substring(0, line.length() - 1) : line;
    }
}
