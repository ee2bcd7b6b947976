package io.meshgov.internal.reading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.meshgov.SourceLocation;
import io.meshgov.internal.ClosestName;
import io.meshgov.model.DescriptorKind;
import io.meshgov.model.SchemaDeviation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a descriptor against the official JSON Schema of its declared version (bundled under
 * {@code io/meshgov/schemas}): a misspelt key, a field the version does not have, a value of the wrong type or
 * outside the standard's values becomes a {@link SchemaDeviation}, located at its line, worded for a contract
 * author, and never quoting the value. The standard pack reports them as IOP-011; the file is still read.
 *
 * <p>Patch versions share their minor version's schema (v3.0.0 and v3.0.1 use v3.0.2's). ODPS v1.1.0 has no
 * bundled schema yet and is not checked.
 */
final class SchemaCheck {

    private static final Map<String, String> SCHEMAS = Map.of(
            "DataContract v3.0.0", "odcs-json-schema-v3.0.2.json", "DataContract v3.0.1", "odcs-json-schema-v3.0.2.json",
            "DataContract v3.0.2", "odcs-json-schema-v3.0.2.json", "DataContract v3.1.0", "odcs-json-schema-v3.1.0.json",
            "DataContract v3.2.0", "odcs-json-schema-v3.2.0.json", "DataProduct v0.9.0", "odps-json-schema-v0.9.0.json",
            "DataProduct v1.0.0", "odps-json-schema-v1.0.0.json");
    private static final Map<String, Loaded> LOADED = new ConcurrentHashMap<>();
    /** The later versions a file's deviations are checked against, to tell "this is a field of v3.1.0". */
    private static final Map<String, List<String>> LATER = Map.of(
            "DataContract v3.0.0", List.of("v3.1.0", "v3.2.0"), "DataContract v3.0.1", List.of("v3.1.0", "v3.2.0"),
            "DataContract v3.0.2", List.of("v3.1.0", "v3.2.0"), "DataContract v3.1.0", List.of("v3.2.0"),
            "DataProduct v0.9.0", List.of("v1.0.0"));

    /** A compiled schema and every property name it defines anywhere, for "did you mean". */
    private record Loaded(JsonSchema schema, List<String> names) {
    }

    private SchemaCheck() {
    }

    /** A deviation and where it is in the file. */
    record Located(SchemaDeviation deviation, SourceLocation location) {
    }

    /** The deviations of the document from its version's schema (put in file order by the read's origin). */
    static List<Located> check(Node.Mapping root, DescriptorKind kind, String apiVersion) {
        String file = SCHEMAS.get(kind.kindName() + " " + apiVersion);
        if (file == null) {
            return List.of();
        }
        Loaded loaded = LOADED.computeIfAbsent(file, SchemaCheck::load);
        Map<String, Node> byPointer = new HashMap<>();
        Map<String, SourceLocation> keyLocations = new HashMap<>();
        JsonNode json = toJson(root, "", byPointer, keyLocations);
        Set<ValidationMessage> messages = loaded.schema().validate(json);
        if (messages.isEmpty()) {
            return List.of();
        }
        Map<String, Set<String>> laterDeviations = deviatingInLaterVersions(json, kind, apiVersion);
        List<Located> deviations = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (ValidationMessage message : messages) {
            String evaluation = String.valueOf(message.getEvaluationPath());
            if (evaluation.contains("/oneOf/") || evaluation.contains("/anyOf/")) {
                continue; // what each alternative missed; the oneOf/anyOf message itself says it once
            }
            String pointer = message.getInstanceLocation().toString();
            String property = message.getProperty();
            String at = property != null && "additionalProperties".equals(message.getType()) ? pointer + "/" + property
                    : pointer;
            SourceLocation location = keyLocations.get(at);
            if (location == null) {
                Node node = byPointer.get(pointer);
                location = node == null ? null : node.location();
            }
            // A missing field belongs where it should be written: the path names it, the location is its parent's.
            String path = documentPath(property != null && "required".equals(message.getType())
                    ? pointer + "/" + property : at);
            String text = wording(message, property, loaded, kind, apiVersion);
            String later = null;
            for (Map.Entry<String, Set<String>> version : laterDeviations.entrySet()) {
                if (!version.getValue().contains(at)) {
                    later = version.getKey();
                    break;
                }
            }
            if (text != null && later != null) {
                text += " (valid from " + later + " on: declare that apiVersion if the file follows it)";
            }
            if (text != null && seen.add(path + "\n" + text)) {
                deviations.add(new Located(new SchemaDeviation(path, message.getType(), text),
                        location == null ? root.location() : location));
            }
        }
        return List.copyOf(deviations);
    }

    /** The places (JSON pointers) that deviate under each later version, in version order. */
    private static Map<String, Set<String>> deviatingInLaterVersions(JsonNode json, DescriptorKind kind,
                                                                      String apiVersion) {
        Map<String, Set<String>> byVersion = new java.util.LinkedHashMap<>();
        for (String later : LATER.getOrDefault(kind.kindName() + " " + apiVersion, List.of())) {
            Loaded schema = LOADED.computeIfAbsent(SCHEMAS.get(kind.kindName() + " " + later), SchemaCheck::load);
            Set<String> deviating = new java.util.HashSet<>();
            for (ValidationMessage message : schema.schema().validate(json)) {
                String pointer = message.getInstanceLocation().toString();
                deviating.add(pointer);
                if (message.getProperty() != null) {
                    deviating.add(pointer + "/" + message.getProperty());
                }
            }
            byVersion.put((kind == DescriptorKind.DATA_CONTRACT ? "ODCS " : "ODPS ") + later, deviating);
        }
        return byVersion;
    }

    private static String wording(ValidationMessage message, String property, Loaded loaded, DescriptorKind kind,
                                  String apiVersion) {
        String standard = (kind == DescriptorKind.DATA_CONTRACT ? "ODCS " : "ODPS ") + apiVersion;
        return switch (message.getType()) {
            case "additionalProperties" -> "'" + Quoting.key(String.valueOf(property)) + "' is not a field of "
                    + standard + " here" + (loaded.names().contains(String.valueOf(property)) ? ""
                    : ClosestName.hint(String.valueOf(property), loaded.names()))
                    + "; remove or rename it, or keep it under customProperties";
            case "required" -> "'" + Quoting.key(String.valueOf(property)) + "' is missing, which " + standard
                    + " requires here";
            case "type" -> "the value is not of the type " + standard + " asks for here ("
                    + Quoting.key(String.valueOf(argument(message, 1))) + ")";
            case "enum" -> "the value is not one of the values " + standard + " allows here ("
                    + Quoting.key(String.valueOf(argument(message, 0))) + ")";
            case "pattern", "format" -> "the value does not have the form " + standard + " asks for here";
            case "minItems", "minLength", "maxItems", "maxLength", "minimum", "maximum", "exclusiveMinimum",
                    "exclusiveMaximum", "uniqueItems", "const", "dependentRequired" -> "the value does not meet "
                    + standard + "'s '" + message.getType() + "' here";
            case "oneOf", "anyOf" -> "the value does not take any of the forms " + standard + " allows here";
            // allOf and if-then repeat what their branches said: left out
            default -> null;
        };
    }

    private static Object argument(ValidationMessage message, int index) {
        Object[] arguments = message.getArguments();
        return arguments != null && arguments.length > index ? arguments[index] : "";
    }

    /** {@code /schema/0/properties/1/classificaton} as the reader's messages write it: {@code schema[0].properties[1].classificaton}. */
    private static String documentPath(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String token : pointer.split("/")) {
            if (token.isEmpty()) {
                continue;
            }
            String name = token.replace("~1", "/").replace("~0", "~");
            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                path.append('[').append(name).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(Quoting.key(name));
            }
        }
        return path.toString();
    }

    private static JsonNode toJson(Node node, String pointer, Map<String, Node> byPointer,
                                   Map<String, SourceLocation> keyLocations) {
        byPointer.put(pointer, node);
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (node instanceof Node.Mapping mapping) {
            ObjectNode object = nodes.objectNode();
            for (Node.Member member : mapping.members().values()) {
                String child = pointer + "/" + member.key().replace("~", "~0").replace("/", "~1");
                keyLocations.put(child, member.keyLocation());
                object.set(member.key(), toJson(member.value(), child, byPointer, keyLocations));
            }
            return object;
        }
        if (node instanceof Node.Sequence sequence) {
            ArrayNode array = nodes.arrayNode();
            for (int i = 0; i < sequence.items().size(); i++) {
                array.add(toJson(sequence.items().get(i), pointer + "/" + i, byPointer, keyLocations));
            }
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

    private static Loaded load(String file) {
        String resource = "/io/meshgov/schemas/" + file;
        try (InputStream in = SchemaCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled schema " + resource + " is missing from meshgov's jar");
            }
            byte[] bytes = in.readAllBytes();
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER)
                    .formatAssertionsEnabled(true).build();
            // The schemas name their server types where a keyword would stand; read them as annotations, quietly,
            // rather than have the validator log a warning per name at the first read.
            com.networknt.schema.JsonMetaSchema meta = com.networknt.schema.JsonMetaSchema
                    .builder(com.networknt.schema.JsonMetaSchema.getV201909())
                    .unknownKeywordFactory((keyword, context) -> new com.networknt.schema.NonValidationKeyword(keyword))
                    .build();
            JsonSchema schema = JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909))
                    .metaSchema(meta).build()
                    .getSchema(new java.io.ByteArrayInputStream(bytes), config);
            JsonNode tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(bytes);
            Set<String> names = new TreeSet<>();
            collectNames(tree, names);
            return new Loaded(schema, List.copyOf(names));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every key under a {@code properties} object of the schema: the fields of the standard, at any level. */
    private static void collectNames(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null && properties.isObject()) {
                properties.fieldNames().forEachRemaining(names::add);
            }
            for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
                collectNames(children.next(), names);
            }
        } else if (node.isArray()) {
            node.forEach(child -> collectNames(child, names));
        }
    }
}
