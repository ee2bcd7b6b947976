package io.meshgov.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.meshgov.Corpus;
import io.meshgov.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * meshgov's compiled schema check ({@link CompiledSchema}) finds exactly what a reference JSON Schema validator
 * (networknt json-schema-validator, draft 2019-09) finds — the same keyword failing at the same place — on every
 * corpus file checked against every bundled schema of its kind, and on seeded mutants of them: keys misspelt,
 * removed or added, values of another type, values taken from the schemas' own enumerations and formats, list
 * items repeated. What each branch of an {@code anyOf}/{@code oneOf} missed is left out on both sides (the
 * combinator's own failure is the finding).
 */
class SchemaCheckAgreesWithAReferenceValidatorTest {

    private static final long SEED = 20261130L;
    private static final int MUTANTS_PER_FILE = Integer.getInteger("meshgov.schema.mutants", 60);
    private static final SourceLocation HERE = new SourceLocation("mutant", 1, 1);
    private static final List<String> SCHEMAS = List.of("odcs-json-schema-v3.0.2.json",
            "odcs-json-schema-v3.1.0.json", "odcs-json-schema-v3.2.0.json", "odps-json-schema-v0.9.0.json",
            "odps-json-schema-v1.0.0.json");
    private static final List<String> SAMPLE_TEXTS = List.of("", "api", "s3", "table", "string", "date", "time",
            "map", "vector", "active", "draft", "retired", "owner", "2024-01-01", "2024-02-30", "2024-01-01T10:00:00Z",
            "2024-01-01T10:00Z", "https://example.com/a", "not a uri", "sftp://host/x", "a.b", "db.schema.table",
            "orders/id", "SQL", "custom", "library", "text", "sql", "businessDefinition", "public", "integer");

    @Test
    void theCompiledCheckFindsWhatTheReferenceValidatorFinds_onTheCorpusAndItsMutants() {
        Random random = new Random(SEED);
        int documents = 0;
        int withViolations = 0;
        List<String> disagreements = new ArrayList<>();
        for (Path file : Corpus.examples()) {
            Node original = read(file);
            String kind = original instanceof Node.Mapping root && root.members().containsKey("kind")
                    ? ((Node.Scalar) root.members().get("kind").value()).text() : "";
            List<String> schemas = SCHEMAS.stream()
                    .filter(schema -> schema.startsWith(kind.equals("DataProduct") ? "odps" : "odcs")).toList();
            for (int i = 0; i <= MUTANTS_PER_FILE; i++) {
                Node document = i == 0 ? original : mutate(original, random);
                JsonNode json = toJson(document);
                for (String schema : schemas) {
                    Set<String> expected = reference(schema, json);
                    Set<String> actual = compiled(schema, document);
                    String what = schema + " on " + file.getFileName() + (i == 0 ? "" : " mutant " + i);
                    disagreements.addAll(disagreements(expected, actual, what));
                    documents++;
                    withViolations += expected.isEmpty() ? 0 : 1;
                }
            }
        }
        assertEquals(List.of(), disagreements.stream().limit(20).toList(), disagreements.size() + " disagreements");
        assertTrue(documents > 1_000 && withViolations > documents / 3, documents + " documents, " + withViolations
                + " with violations: the mutants should break the schemas often");
    }

    /**
     * What the two found differently: every keyword but {@code unevaluatedProperties} alike; of the unknown keys,
     * meshgov's are among the reference's, and each one it leaves out has something else wrong in its object.
     */
    private static List<String> disagreements(Set<String> expected, Set<String> actual, String what) {
        List<String> found = new ArrayList<>();
        Set<String> onlyReference = new TreeSet<>(withoutUnevaluated(expected));
        onlyReference.removeAll(actual);
        Set<String> onlyCompiled = new TreeSet<>(actual);
        onlyCompiled.removeAll(expected);
        onlyCompiled.removeIf(violation -> expected.contains(violation + "?"));
        onlyReference.removeIf(violation -> violation.endsWith("?"));
        onlyReference.forEach(violation -> found.add(what + ": only the reference found " + violation));
        onlyCompiled.forEach(violation -> found.add(what + ": only meshgov found " + violation));
        for (String unknown : expected) {
            if (unknown.endsWith(" unevaluatedProperties") && !actual.contains(unknown)) {
                String object = unknown.substring(0, Math.max(0, unknown.lastIndexOf('.')));
                if (expected.stream().noneMatch(other -> other.startsWith(object) && (actual.contains(other)
                        || actual.contains(other.replace("?", "")) || !other.endsWith(" unevaluatedProperties")))) {
                    found.add(what + ": " + unknown + " left out, with nothing else wrong in its object");
                }
            }
        }
        return found;
    }

    /**
     * Without the unknown keys: when anything in an object fails, the reference validator drops what the object's
     * schemas evaluated (as draft 2019-09 says annotations of failed schemas are dropped) and calls every key of it
     * unknown; meshgov names only the keys no schema defines, so that a wrong value is not also fifteen unknown keys.
     */
    private static Set<String> withoutUnevaluated(Set<String> violations) {
        return violations.stream().filter(violation -> !violation.endsWith(" unevaluatedProperties"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> compiled(String schema, Node document) {
        return CompiledSchemas.of(schema).check(document).stream()
                .map(violation -> violation.at() + " " + violation.keyword()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> reference(String schema, JsonNode document) {
        Set<String> found = new TreeSet<>();
        for (ValidationMessage message : ReferenceSchemas.of(schema).validate(document)) {
            String evaluation = String.valueOf(message.getEvaluationPath());
            String pointer = message.getInstanceLocation().toString();
            int combinator = Math.max(evaluation.lastIndexOf("/oneOf/"), evaluation.lastIndexOf("/anyOf/"));
            if (combinator >= 0 || evaluation.contains("/not/")) {
                if (combinator >= 0 && evaluation.substring(combinator + 7).matches("\\d+/type")) {
                    // every branch of a combinator of types failed: the reference reports the branches' type
                    // failures (left out here) and not the combinator's own, which meshgov reports
                    found.add(path(pointer) + " " + evaluation.substring(combinator + 1, combinator + 6) + "?");
                }
                continue;
            }
            String property = message.getProperty();
            boolean named = property != null && Set.of("additionalProperties", "unevaluatedProperties", "required")
                    .contains(message.getType());
            found.add(path(named ? pointer + "/" + property.replace("~", "~0").replace("/", "~1") : pointer) + " "
                    + message.getType());
        }
        return found;
    }

    /** A JSON pointer as meshgov's document paths write it. */
    private static String path(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String token : pointer.split("/")) {
            if (token.isEmpty()) {
                continue;
            }
            String name = token.replace("~1", "/").replace("~0", "~");
            if (name.chars().allMatch(Character::isDigit)) {
                path.append('[').append(name).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(Quoting.key(name));
            }
        }
        return path.toString();
    }

    private static final class CompiledSchemas {
        private static final Map<String, CompiledSchema> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

        static CompiledSchema of(String file) {
            return LOADED.computeIfAbsent(file, name -> {
                try (InputStream in = resource(name)) {
                    return CompiledSchema.compile(DocumentParser.parse(in, name, DescriptorFormat.JSON));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static final class ReferenceSchemas {
        private static final Map<String, JsonSchema> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

        static JsonSchema of(String file) {
            return LOADED.computeIfAbsent(file, name -> {
                try (InputStream in = resource(name)) {
                    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER)
                            .formatAssertionsEnabled(true).build();
                    JsonMetaSchema meta = JsonMetaSchema.builder(JsonMetaSchema.getV201909())
                            .unknownKeywordFactory((keyword, context) -> new NonValidationKeyword(keyword)).build();
                    return JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909))
                            .metaSchema(meta).build().getSchema(in, config);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static InputStream resource(String name) {
        return SchemaCheck.class.getResourceAsStream("/io/meshgov/schemas/" + name);
    }

    private static Node read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return DocumentParser.parse(in, file.toString(),
                    file.toString().endsWith(".json") ? DescriptorFormat.JSON : DescriptorFormat.YAML);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- mutants

    private static Node mutate(Node document, Random random) {
        Node mutant = document;
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes; i++) {
            List<Node> nodes = new ArrayList<>();
            collect(mutant, nodes);
            Node target = nodes.get(random.nextInt(nodes.size()));
            mutant = replace(mutant, target, change(target, random));
        }
        return mutant;
    }

    private static void collect(Node node, List<Node> nodes) {
        nodes.add(node);
        if (node instanceof Node.Mapping mapping) {
            mapping.members().values().forEach(member -> collect(member.value(), nodes));
        } else if (node instanceof Node.Sequence sequence) {
            sequence.items().forEach(item -> collect(item, nodes));
        }
    }

    private static Node change(Node target, Random random) {
        if (target instanceof Node.Mapping mapping && !mapping.members().isEmpty() && random.nextInt(3) > 0) {
            List<String> keys = new ArrayList<>(mapping.members().keySet());
            String key = keys.get(random.nextInt(keys.size()));
            Map<String, Node.Member> members = new LinkedHashMap<>(mapping.members());
            switch (random.nextInt(3)) {
                case 0 -> members.remove(key);
                case 1 -> {
                    Node.Member member = members.remove(key);
                    String typo = key.length() > 2 ? key.substring(0, key.length() - 2) + key.charAt(key.length() - 1)
                            : key + "x";
                    members.put(typo, new Node.Member(typo, HERE, member.value()));
                }
                default -> {
                    String extra = "extra" + random.nextInt(3);
                    members.put(extra, new Node.Member(extra, HERE, scalar(random)));
                }
            }
            return new Node.Mapping(mapping.location(), members);
        }
        if (target instanceof Node.Sequence sequence && !sequence.items().isEmpty() && random.nextBoolean()) {
            List<Node> items = new ArrayList<>(sequence.items());
            items.add(items.get(random.nextInt(items.size())));
            return new Node.Sequence(sequence.location(), items);
        }
        return switch (random.nextInt(5)) {
            case 0 -> new Node.Mapping(HERE, Map.of());
            case 1 -> new Node.Sequence(HERE, List.of());
            default -> scalar(random);
        };
    }

    private static Node scalar(Random random) {
        return switch (random.nextInt(7)) {
            case 0 -> new Node.Scalar(HERE, Node.ScalarType.INTEGER, String.valueOf(random.nextInt(5) - 1));
            case 1 -> new Node.Scalar(HERE, Node.ScalarType.DECIMAL, random.nextBoolean() ? "1.5" : "2.0");
            case 2 -> new Node.Scalar(HERE, Node.ScalarType.BOOLEAN, random.nextBoolean() ? "true" : "false");
            case 3 -> new Node.Scalar(HERE, Node.ScalarType.NULL, "null");
            default -> new Node.Scalar(HERE, Node.ScalarType.STRING, SAMPLE_TEXTS.get(random.nextInt(SAMPLE_TEXTS.size())));
        };
    }

    private static Node replace(Node node, Node target, Node replacement) {
        if (node == target) {
            return replacement;
        }
        if (node instanceof Node.Mapping mapping) {
            Map<String, Node.Member> members = new LinkedHashMap<>();
            mapping.members().forEach((key, member) -> members.put(key,
                    new Node.Member(key, member.keyLocation(), replace(member.value(), target, replacement))));
            return new Node.Mapping(mapping.location(), members);
        }
        if (node instanceof Node.Sequence sequence) {
            return new Node.Sequence(sequence.location(),
                    sequence.items().stream().map(item -> replace(item, target, replacement)).toList());
        }
        return node;
    }

    private static JsonNode toJson(Node node) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (node instanceof Node.Mapping mapping) {
            ObjectNode object = nodes.objectNode();
            mapping.members().values().forEach(member -> object.set(member.key(), toJson(member.value())));
            return object;
        }
        if (node instanceof Node.Sequence sequence) {
            ArrayNode array = nodes.arrayNode();
            sequence.items().forEach(item -> array.add(toJson(item)));
            return array;
        }
        Node.Scalar scalar = (Node.Scalar) node;
        return switch (scalar.type()) {
            case NULL -> nodes.nullNode();
            case BOOLEAN -> nodes.booleanNode(scalar.text().equalsIgnoreCase("true"));
            case INTEGER -> nodes.numberNode(CoreSchema.integerValue(scalar.text()));
            case DECIMAL -> {
                Number value = CoreSchema.decimalValue(scalar.text());
                yield value instanceof BigDecimal exact ? nodes.numberNode(exact) : nodes.numberNode(value.doubleValue());
            }
            default -> nodes.textNode(scalar.text());
        };
    }
}
