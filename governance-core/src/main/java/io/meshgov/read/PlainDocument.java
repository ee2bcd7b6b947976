package io.meshgov.read;

import io.meshgov.DescriptorException;
import io.meshgov.Problem.Code;
import io.meshgov.Problem;
import io.meshgov.SourceLocation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A descriptor an embedder already holds as plain values — the maps, lists, texts, numbers and booleans a catalog's
 * JSON column or API gives — turned into the reader's tree, within the same limits as a file. The values have no
 * lines, so each problem is located at the source and named by its path. Every value is checked before use:
 * a map that contains itself nests past the depth limit, a value of any other kind is refused.
 */
final class PlainDocument {

    private final String source;
    private final SourceLocation location;
    private final ReadLimits limits;
    private int values;

    private PlainDocument(String source, ReadLimits limits) {
        this.source = source;
        this.location = SourceLocation.startOf(source);
        this.limits = limits;
    }

    static Node tree(Map<String, ?> document, String source, ReadLimits limits) {
        return new PlainDocument(source, limits).node(document, "", 1);
    }

    private Node node(Object value, String path, int depth) {
        if (++values > limits.maxValues()) {
            throw refused(Code.LIMIT, path, ReadLimitMessages.values(limits.maxValues(), false));
        }
        if (value instanceof Map<?, ?> map) {
            checkDepth(path, depth);
            Map<String, Node.Member> members = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw refused(Code.CONTENT, path, "a key must be a name written as text, but one is "
                            + (entry.getKey() == null ? "null" : "not text"));
                }
                checkText(path, key);
                String child = path.isEmpty() ? key : path + "." + key;
                members.put(key, new Node.Member(key, location, node(entry.getValue(), child, depth + 1)));
            }
            return new Node.Mapping(location, members);
        }
        if (value instanceof List<?> list) {
            checkDepth(path, depth);
            List<Node> items = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                items.add(node(list.get(i), path + "[" + i + "]", depth + 1));
            }
            return new Node.Sequence(location, items);
        }
        if (value == null) {
            return new Node.Scalar(location, Node.ScalarType.NULL, "null");
        }
        if (value instanceof String text) {
            checkText(path, text);
            return new Node.Scalar(location, Node.ScalarType.STRING, text);
        }
        if (value instanceof Boolean flag) {
            return new Node.Scalar(location, Node.ScalarType.BOOLEAN, flag.toString());
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return new Node.Scalar(location, Node.ScalarType.INTEGER, value.toString());
        }
        if (value instanceof BigDecimal decimal) {
            return new Node.Scalar(location, Node.ScalarType.DECIMAL, decimal.toString());
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                throw refused(Code.CONTENT, path, "a number must be finite; JSON and YAML have no NaN or infinity");
            }
            return new Node.Scalar(location, Node.ScalarType.DECIMAL, BigDecimal.valueOf(number).toString());
        }
        throw refused(Code.CONTENT, path, "a value must be text, a number, a boolean, a list, an object or null,"
                + " as in a JSON document; convert it to one of those");
    }

    private void checkDepth(String path, int depth) {
        if (depth > limits.maxDepth()) {
            throw refused(Code.LIMIT, path, ReadLimitMessages.depth(limits.maxDepth()));
        }
    }

    private void checkText(String path, String text) {
        if (text.length() > limits.maxTextLength()) {
            throw refused(Code.LIMIT, path, ReadLimitMessages.textLength(text.length(), limits.maxTextLength()));
        }
    }

    private DescriptorException refused(Code code, String path, String message) {
        return new DescriptorException(List.of(Problem.error(code, location, path, message)));
    }
}
