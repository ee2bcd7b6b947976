package io.meshgov.read;

import io.meshgov.SourceLocation;
import io.meshgov.model.AuthoritativeDefinition;
import io.meshgov.model.CustomProperty;
import io.meshgov.model.ElementPaths;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One object of a descriptor being read, with typed accessors that record each value's location and report a
 * value of the wrong type as a problem ({@code expected a boolean but was "yes"}) instead of failing.
 *
 * <p>It knows two paths: the document path that messages about the file use ({@code schema[0].properties[2]},
 * which a user can count to) and the element path the model uses ({@code schema[orders].properties[email]},
 * which survives reordering). Keys never asked for end up in {@link #extensions()}, so nothing is dropped.
 */
final class Section {

    private final Node.Mapping node;
    private final String documentPath;
    private final String elementPath;
    private final ReadContext context;
    private final Set<String> used = new HashSet<>();

    Section(Node.Mapping node, String documentPath, String elementPath, ReadContext context) {
        this.node = node;
        this.documentPath = documentPath;
        this.elementPath = elementPath;
        this.context = context;
        context.locate(elementPath, node.location());
    }

    String elementPath() {
        return elementPath;
    }

    SourceLocation location() {
        return node.location();
    }

    boolean has(String key) {
        Node.Member member = node.members().get(key);
        return member != null && !isAbsent(member.value());
    }

    /** A text field; any scalar is taken as written (so an unquoted date or version stays text). */
    String text(String key) {
        Node value = value(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Node.Scalar scalar) {
            return scalar.type() == Node.ScalarType.NULL ? null : scalar.text();
        }
        mistyped(key, "a text value", value);
        return null;
    }

    /** A boolean field: only {@code true} or {@code false}; YAML 1.1's {@code yes}/{@code on} are rejected. */
    boolean flag(String key) {
        Node value = value(key);
        if (isAbsent(value)) {
            return false;
        }
        if (value instanceof Node.Scalar scalar && scalar.type() == Node.ScalarType.BOOLEAN) {
            return scalar.text().equalsIgnoreCase("true");
        }
        mistyped(key, "a boolean", value);
        return false;
    }

    /** An integer field, read by the YAML 1.2 core schema ({@code 010} is ten, {@code 0x10} sixteen). */
    Integer integer(String key) {
        Node value = value(key);
        if (isAbsent(value)) {
            return null;
        }
        if (value instanceof Node.Scalar scalar && scalar.type() == Node.ScalarType.INTEGER) {
            BigInteger integer = CoreSchema.integerValue(scalar.text());
            if (integer.bitLength() < Integer.SIZE) {
                return integer.intValue();
            }
            context.problem(node.members().get(key).keyLocation(), childDocumentPath(key),
                    "expected an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                            + " but was a larger number");
            return null;
        }
        mistyped(key, "an integer", value);
        return null;
    }

    /** A list of text values, such as {@code tags}. */
    List<String> texts(String key) {
        Node.Sequence sequence = sequence(key);
        if (sequence == null) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            Node item = sequence.items().get(i);
            if (item instanceof Node.Scalar scalar && scalar.type() != Node.ScalarType.NULL) {
                texts.add(scalar.text());
            } else {
                context.problem(item.location(), childDocumentPath(key) + "[" + i + "]",
                        "expected a text value but was " + item.describe());
            }
        }
        return texts;
    }

    /** A value written as one text or as a list of texts ({@code to: customers.id}, {@code to: [a.x, a.y]}). */
    List<String> textOrTexts(String key) {
        Node.Member member = node.members().get(key);
        if (member != null && member.value() instanceof Node.Scalar) {
            String text = text(key);
            return text == null ? List.of() : List.of(text);
        }
        return texts(key);
    }

    /** A list of values of any shape rendered as text, such as {@code examples}. */
    List<String> renderedTexts(String key) {
        Node.Sequence sequence = sequence(key);
        if (sequence == null) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (Node item : sequence.items()) {
            texts.add(String.valueOf(plain(item)));
        }
        return texts;
    }

    /** A nested object, or {@code null} when absent. */
    Section section(String key) {
        Node value = value(key);
        if (isAbsent(value)) {
            return null;
        }
        if (value instanceof Node.Mapping mapping) {
            return new Section(mapping, childDocumentPath(key), ElementPaths.child(elementPath, key), context);
        }
        mistyped(key, "an object", value);
        return null;
    }

    /**
     * A list of objects. Each entry's element path uses its {@code nameKey} value where that is present and
     * unique in the list ({@code schema[orders]}), its index otherwise ({@code schema[2]}).
     */
    List<Section> sections(String key, String nameKey) {
        return sections(key, nameKey, ElementPaths.child(elementPath, key));
    }

    /** As {@link #sections(String, String)}, placing the entries under another element path. */
    List<Section> sections(String key, String nameKey, String listElementPath) {
        Node.Sequence sequence = sequence(key);
        if (sequence == null) {
            return List.of();
        }
        return entries(sequence, childDocumentPath(key), nameKey, listElementPath);
    }

    /** The entries of a list that is itself the value, as when ODCS v3.0 writes {@code team} as a list. */
    List<Section> entries(Node.Sequence sequence, String listDocumentPath, String nameKey, String listElementPath) {
        Map<String, Integer> nameCounts = new HashMap<>();
        for (Node item : sequence.items()) {
            String name = nameOf(item, nameKey);
            if (name != null) {
                nameCounts.merge(name, 1, Integer::sum);
            }
        }
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            Node item = sequence.items().get(i);
            String itemDocumentPath = listDocumentPath + "[" + i + "]";
            if (!(item instanceof Node.Mapping mapping)) {
                context.problem(item.location(), itemDocumentPath, "expected an object but was " + item.describe());
                continue;
            }
            String name = nameOf(item, nameKey);
            String label = name != null && nameCounts.get(name) == 1 ? name : String.valueOf(i);
            sections.add(new Section(mapping, itemDocumentPath, ElementPaths.entry(listElementPath, label), context));
        }
        return sections;
    }

    /** The raw node of a key, for shapes the standards allow more than one of (ODCS {@code team}). */
    Node node(String key) {
        return value(key);
    }

    String childDocumentPath(String key) {
        return documentPath.isEmpty() ? key : documentPath + "." + key;
    }

    /** A value of any shape as plain Java: text, Long, Double, Boolean, List, Map or null. */
    Object raw(String key) {
        Node value = value(key);
        return value == null ? null : plain(value);
    }

    /** An object of any content as a plain map, such as {@code logicalTypeOptions}. */
    Map<String, Object> rawMap(String key) {
        Node value = value(key);
        if (isAbsent(value)) {
            return Map.of();
        }
        if (value instanceof Node.Mapping mapping) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) plain(mapping);
            return map;
        }
        mistyped(key, "an object", value);
        return Map.of();
    }

    /** The raw values of every key starting with one of the prefixes (quality thresholds: mustBe...). */
    Map<String, Object> rawWithPrefix(String... prefixes) {
        Map<String, Object> matching = new LinkedHashMap<>();
        for (String key : node.members().keySet()) {
            for (String prefix : prefixes) {
                if (key.startsWith(prefix)) {
                    matching.put(key, raw(key));
                }
            }
        }
        return matching;
    }

    List<CustomProperty> customProperties() {
        List<CustomProperty> properties = new ArrayList<>();
        for (Section entry : sections("customProperties", "property")) {
            String property = entry.text("property");
            if (property == null) {
                entry.missing("property", "name the custom property, e.g. \"property: refRulesetName\"");
                continue;
            }
            properties.add(new CustomProperty(property, entry.raw("value"), entry.text("id"),
                    entry.text("description")));
            entry.extensions();
        }
        return properties;
    }

    List<AuthoritativeDefinition> authoritativeDefinitions() {
        List<AuthoritativeDefinition> definitions = new ArrayList<>();
        for (Section entry : sections("authoritativeDefinitions", "type")) {
            definitions.add(new AuthoritativeDefinition(entry.text("type"), entry.text("url"),
                    entry.text("description"), entry.text("id")));
            entry.extensions();
        }
        return definitions;
    }

    /** Every key not asked for so far, as plain values: fields the model does not name are kept, not dropped. */
    Map<String, Object> extensions() {
        Map<String, Object> rest = new LinkedHashMap<>();
        for (Node.Member member : node.members().values()) {
            if (!used.contains(member.key())) {
                rest.put(member.key(), plain(member.value()));
                context.locate(ElementPaths.child(elementPath, member.key()), member.keyLocation());
            }
        }
        return Collections.unmodifiableMap(rest);
    }

    /** Reports every key not asked for: settings files have no extensions, so each is a typo or a misplaced key. */
    static void unknownKeys(Section section, List<String> known) {
        for (String key : section.extensions().keySet()) {
            section.invalid(key, "unknown key" + io.meshgov.ClosestName.hint(key, known) + " (known keys: "
                    + String.join(", ", known) + ")");
        }
    }

    void missing(String key, String howToFix) {
        context.problem(node.location(), childDocumentPath(key), "missing; " + howToFix);
    }

    void invalid(String key, String message) {
        Node.Member member = node.members().get(key);
        SourceLocation location = member == null ? node.location() : member.keyLocation();
        context.problem(location, childDocumentPath(key), message);
    }

    /** The list under a key; {@code null} when absent, or after reporting a value that is not a list. */
    private Node.Sequence sequence(String key) {
        Node value = value(key);
        if (isAbsent(value)) {
            return null;
        }
        if (value instanceof Node.Sequence sequence) {
            return sequence;
        }
        mistyped(key, "a list", value);
        return null;
    }

    private static boolean isAbsent(Node value) {
        return value == null || value instanceof Node.Scalar scalar && scalar.type() == Node.ScalarType.NULL;
    }

    private Node value(String key) {
        used.add(key);
        Node.Member member = node.members().get(key);
        if (member == null) {
            return null;
        }
        context.locate(ElementPaths.child(elementPath, key), member.keyLocation());
        return member.value();
    }

    private void mistyped(String key, String expected, Node actual) {
        context.problem(node.members().get(key).keyLocation(), childDocumentPath(key),
                "expected " + expected + " but was " + actual.describe());
    }

    private static String nameOf(Node item, String nameKey) {
        if (nameKey != null && item instanceof Node.Mapping mapping) {
            Node.Member member = mapping.members().get(nameKey);
            if (member != null && member.value() instanceof Node.Scalar scalar
                    && scalar.type() != Node.ScalarType.NULL && !scalar.text().isBlank()
                    && scalar.text().indexOf('[') < 0 && scalar.text().indexOf(']') < 0) {
                return scalar.text();
            }
        }
        return null;
    }

    /**
     * YAML/JSON as plain Java values, reading scalars by the YAML 1.2 core schema: text, Boolean, Long (BigInteger
     * past a long), Double (BigDecimal where a double would lose the value, such as {@code 1e400}), List, Map, null.
     */
    static Object plain(Node node) {
        if (node instanceof Node.Mapping mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            mapping.members().forEach((key, member) -> map.put(key, plain(member.value())));
            return Collections.unmodifiableMap(map);
        }
        if (node instanceof Node.Sequence sequence) {
            List<Object> list = new ArrayList<>();
            sequence.items().forEach(item -> list.add(plain(item)));
            return Collections.unmodifiableList(list);
        }
        Node.Scalar scalar = (Node.Scalar) node;
        switch (scalar.type()) {
            case NULL:
                return null;
            case BOOLEAN:
                return Boolean.valueOf(scalar.text().toLowerCase(Locale.ROOT));
            case INTEGER:
                BigInteger integer = CoreSchema.integerValue(scalar.text());
                return integer.bitLength() < Long.SIZE ? (Object) integer.longValue() : integer;
            case DECIMAL:
                return CoreSchema.decimalValue(scalar.text());
            default:
                return scalar.text();
        }
    }
}
