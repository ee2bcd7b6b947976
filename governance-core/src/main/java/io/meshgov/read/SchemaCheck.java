package io.meshgov.read;

import io.meshgov.ClosestName;
import io.meshgov.SourceLocation;
import io.meshgov.model.DescriptorKind;
import io.meshgov.model.SchemaDeviation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * <p>Patch versions share their minor version's schema (v3.0.0 and v3.0.1 use v3.0.2's).
 */
final class SchemaCheck {

    private static final Map<String, String> SCHEMAS = Map.of(
            "DataContract v3.0.0", "odcs-json-schema-v3.0.2.json", "DataContract v3.0.1", "odcs-json-schema-v3.0.2.json",
            "DataContract v3.0.2", "odcs-json-schema-v3.0.2.json", "DataContract v3.1.0", "odcs-json-schema-v3.1.0.json",
            "DataContract v3.2.0", "odcs-json-schema-v3.2.0.json", "DataProduct v0.9.0", "odps-json-schema-v0.9.0.json",
            "DataProduct v1.0.0", "odps-json-schema-v1.0.0.json", "DataProduct v1.1.0", "odps-json-schema-v1.1.0.json");
    private static final Map<String, Loaded> LOADED = new ConcurrentHashMap<>();
    /** The later versions a file's deviations are checked against, to tell "this is a field of v3.1.0". */
    private static final Map<String, List<String>> LATER = Map.of(
            "DataContract v3.0.0", List.of("v3.1.0", "v3.2.0"), "DataContract v3.0.1", List.of("v3.1.0", "v3.2.0"),
            "DataContract v3.0.2", List.of("v3.1.0", "v3.2.0"), "DataContract v3.1.0", List.of("v3.2.0"),
            "DataProduct v0.9.0", List.of("v1.0.0", "v1.1.0"), "DataProduct v1.0.0", List.of("v1.1.0"));

    /** A compiled schema and every property name it defines anywhere, for "did you mean". */
    private record Loaded(CompiledSchema schema, List<String> names) {
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
        Loaded loaded = loaded(file);
        List<CompiledSchema.Violation> violations = loaded.schema().check(root);
        if (violations.isEmpty()) {
            return List.of();
        }
        Map<String, Set<String>> laterDeviations = deviatingInLaterVersions(root, kind, apiVersion);
        List<Located> deviations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<SourceLocation> sensitiveKeys = new HashSet<>();
        collectSensitiveKeys(root, false, sensitiveKeys);
        for (CompiledSchema.Violation found : violations) {
            if (isAcceptedSinceTheSchema(found, kind, apiVersion)) {
                continue;
            }
            CompiledSchema.Violation violation = found.property() != null && sensitiveKeys.contains(found.location())
                    ? withoutKey(found) : found;
            String validFrom = null;
            for (Map.Entry<String, Set<String>> version : laterDeviations.entrySet()) {
                if (!version.getValue().contains(found.at())) {
                    validFrom = version.getKey();
                    break;
                }
            }
            String text = validFrom == null ? wording(violation, loaded.names(), kind, apiVersion)
                    : wording(violation, List.of(), kind, apiVersion) + " (valid from " + validFrom
                    + " on: declare that apiVersion if the file follows it)";
            if (seen.add(violation.at() + "\n" + text)) {
                deviations.add(new Located(new SchemaDeviation(violation.at(), violation.keyword(), text),
                        violation.location()));
            }
        }
        return List.copyOf(deviations);
    }

    /** A schema object's or property's {@code deprecated} flag, anywhere in the schema tree. */
    private static final java.util.regex.Pattern DEPRECATED_FLAG = java.util.regex.Pattern.compile(
            "schema\\[[^\\]]+\\](\\.(properties\\[[^\\]]+\\]|items))*\\.deprecated");

    /**
     * What the standard accepted after the bundled schema was published, which a file may use: ODCS v3.2.0's
     * {@code deprecated} flag on schema objects and properties (the RFC "Deprecated flag for schema and properties";
     * the published v3.2.0 JSON Schema predates it, while meshgov's own change detection reads it).
     */
    private static boolean isAcceptedSinceTheSchema(CompiledSchema.Violation violation, DescriptorKind kind,
                                                    String apiVersion) {
        return kind == DescriptorKind.DATA_CONTRACT && "v3.2.0".equals(apiVersion)
                && "deprecated".equals(violation.property()) && DEPRECATED_FLAG.matcher(violation.at()).matches();
    }

    /** The places that deviate under each later version, in version order. */
    private static Map<String, Set<String>> deviatingInLaterVersions(Node.Mapping root, DescriptorKind kind,
                                                                      String apiVersion) {
        Map<String, Set<String>> byVersion = new LinkedHashMap<>();
        for (String later : LATER.getOrDefault(kind.kindName() + " " + apiVersion, List.of())) {
            Set<String> deviating = new HashSet<>();
            for (CompiledSchema.Violation violation : loaded(SCHEMAS.get(kind.kindName() + " " + later)).schema()
                    .check(root)) {
                deviating.add(violation.at());
            }
            byVersion.put((kind == DescriptorKind.DATA_CONTRACT ? "ODCS " : "ODPS ") + later, deviating);
        }
        return byVersion;
    }

    /**
     * The locations of the keys written inside an element classified above public: a key there may itself be
     * personal data (an e-mail address written as a key), so a deviation there never quotes it.
     */
    private static void collectSensitiveKeys(Node node, boolean sensitive, Set<SourceLocation> keys) {
        if (node instanceof Node.Mapping mapping) {
            Node.Member classification = mapping.members().get("classification");
            boolean here = sensitive || classification != null && classification.value() instanceof Node.Scalar scalar
                    && !scalar.text().isBlank() && !scalar.text().strip().equalsIgnoreCase("public");
            for (Node.Member member : mapping.members().values()) {
                if (here) {
                    keys.add(member.keyLocation());
                }
                collectSensitiveKeys(member.value(), here, keys);
            }
        } else if (node instanceof Node.Sequence sequence) {
            sequence.items().forEach(item -> collectSensitiveKeys(item, sensitive, keys));
        }
    }

    /** The violation with its key not shown, in its path or its message. */
    private static CompiledSchema.Violation withoutKey(CompiledSchema.Violation violation) {
        String at = violation.at();
        String key = Quoting.key(violation.property());
        String parent = at.endsWith(key) ? at.substring(0, at.length() - key.length()) : at + ".";
        return new CompiledSchema.Violation(parent + HIDDEN_KEY, violation.keyword(), HIDDEN_KEY, violation.expected(),
                violation.location());
    }

    /** What a key under a classified element is shown as. */
    private static final String HIDDEN_KEY = "(a key not shown: it sits under a classified element)";

    private static Loaded loaded(String file) {
        return LOADED.computeIfAbsent(file, SchemaCheck::load);
    }

    /**
     * What a violation means to an author; {@code fieldNames}, the standard's field names for "did you mean", are
     * none when a later version has the field.
     */
    private static String wording(CompiledSchema.Violation violation, List<String> fieldNames, DescriptorKind kind,
                                  String apiVersion) {
        String standard = (kind == DescriptorKind.DATA_CONTRACT ? "ODCS " : "ODPS ") + apiVersion;
        String property = violation.property();
        return switch (violation.keyword()) {
            case "additionalProperties", "unevaluatedProperties" -> fieldNames.contains(property)
                    ? "'" + Quoting.key(property) + "' is not a field of " + standard + " here as the object is written:"
                    + " it belongs to another form of it (check the object's 'type'; a quality check of the library"
                    + " type names its 'metric'), or to another place"
                    : "'" + Quoting.key(property) + "' is not a field of " + standard + " here"
                    + ClosestName.typoOf(property, fieldNames).map(meant -> "; did you mean \"" + meant + "\"?").orElse("")
                    + "; remove or rename it, or keep it under customProperties";
            case "required" -> "'" + Quoting.key(property) + "' is missing, which " + standard + " requires here";
            case "type" -> "the value is not of the type " + standard + " asks for here ("
                    + Quoting.key(violation.expected()) + ")";
            case "enum" -> "the value is not one of the values " + standard + " allows here ("
                    + Quoting.key(violation.expected()) + ")";
            case "pattern", "format" -> "the value does not have the form " + standard + " asks for here";
            case "oneOf", "anyOf" -> "the value does not take any of the forms " + standard + " allows here";
            default -> "the value does not meet " + standard + "'s '" + violation.keyword() + "' here";
        };
    }

    private static Loaded load(String file) {
        String resource = "/io/meshgov/schemas/" + file;
        try (InputStream in = SchemaCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled schema " + resource + " is missing from meshgov's jar");
            }
            Node tree = DocumentParser.parse(in, resource, DescriptorFormat.JSON);
            Set<String> names = new TreeSet<>();
            collectNames(tree, names);
            CompiledSchema schema = CompiledSchema.compile(tree);
            return new Loaded(schema, List.copyOf(names));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every key under a {@code properties} object of the schema: the fields of the standard, at any level. */
    private static void collectNames(Node node, Set<String> names) {
        if (node instanceof Node.Mapping object) {
            Node.Member properties = object.members().get("properties");
            if (properties != null && properties.value() instanceof Node.Mapping fields) {
                names.addAll(fields.members().keySet());
            }
            object.members().values().forEach(member -> collectNames(member.value(), names));
        } else if (node instanceof Node.Sequence list) {
            list.items().forEach(item -> collectNames(item, names));
        }
    }
}
