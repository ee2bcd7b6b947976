package io.meshgov.decision;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshgov.ConfigurationException;
import io.meshgov.Problem;
import io.meshgov.SourceLocation;
import io.meshgov.model.DescriptorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * A {@link Decision} as JSON, and back: the shape of one entry of the command line's {@code --format json} report
 * ({@code definitions/decision} of {@value #SCHEMA}, shipped in this jar), so that a service answers, logs and
 * stores decisions exactly as the command line reports them. {@code read(write(d))} equals {@code d}.
 *
 * <pre>{@code
 * String json = DecisionJson.write(engine.evaluate(descriptor));
 * Decision same = DecisionJson.read(json);
 * }</pre>
 */
@API(status = STABLE, since = "0.1.0")
public final class DecisionJson {

    /** The classpath resource of the JSON Schema that describes reports and their decisions. */
    public static final String SCHEMA = "/io/meshgov/decision/meshgov-report.schema.json";
    /** The schema version of what {@link #write} produces; fields are only ever added within a major version. */
    public static final String SCHEMA_VERSION = "1.7";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DecisionJson() {
    }

    /** The decision as a JSON object, indented. */
    public static String write(Decision decision) {
        try {
            return MAPPER.writeValueAsString(tree(decision));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** The decision as a JSON object on one line: a JSON-lines record. */
    public static String writeLine(Decision decision) {
        try {
            return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree(decision));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /**
     * The decision a JSON object describes.
     *
     * @throws ConfigurationException when the text is not such an object, naming what is wrong and where
     */
    public static Decision read(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw invalid(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "",
                    "not valid JSON; give the text a report or DecisionJson.write produced");
        }
        if (node == null || !node.isObject()) {
            throw invalid(1, "", "expected a JSON object describing a decision");
        }
        List<Finding> findings = new ArrayList<>();
        for (JsonNode item : array(node, "findings")) {
            JsonNode provenance = item.path("provenance");
            List<String> effects = new ArrayList<>();
            array(provenance, "effects").forEach(effect -> effects.add(effect.asText()));
            findings.add(new Finding(text(item, "ruleId"), named(Severity.class, item, "severity"), text(item, "title"),
                    text(item, "message"), text(item, "path"), location(item.path("location")), text(item, "remediation"),
                    text(item, "documentation"), new Provenance(text(provenance, "layer"), text(provenance, "pack"),
                    named(Severity.class, provenance, "declaredSeverity"), enforcement(provenance),
                    text(provenance, "waiver"), provenance.path("baselined").asBoolean(), text(provenance, "fingerprint"),
                    effects), fix(item.path("fix"))));
        }
        List<String> packs = new ArrayList<>();
        array(node, "rulePacks").forEach(pack -> packs.add(pack.asText()));
        String kind = text(node, "kind");
        DescriptorKind descriptorKind = null;
        for (DescriptorKind candidate : DescriptorKind.values()) {
            if (candidate.kindName().equals(kind)) {
                descriptorKind = candidate;
            }
        }
        if (descriptorKind == null) {
            throw invalid(0, "kind", "expected DataContract or DataProduct but was '" + visible(kind) + "'");
        }
        return new Decision(text(node, "id"), descriptorKind, text(node, "source"), named(Outcome.class, node, "outcome"),
                findings, node.path("ruleSetFingerprint").asText(""), packs);
    }

    private static ObjectNode tree(Decision decision) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("source", decision.source());
        node.put("id", decision.descriptorId());
        node.put("kind", decision.kind().kindName());
        node.put("outcome", decision.outcome().name());
        node.put("complete", decision.isComplete());
        node.put("ruleSetFingerprint", decision.ruleSetFingerprint());
        ArrayNode packs = node.putArray("rulePacks");
        decision.rulePacks().forEach(packs::add);
        ArrayNode findings = node.putArray("findings");
        for (Finding finding : decision.findings()) {
            ObjectNode item = findings.addObject();
            item.put("ruleId", finding.ruleId());
            item.put("severity", finding.severity().name());
            item.put("title", finding.title());
            item.put("message", finding.message());
            item.put("path", finding.path());
            location(item, finding.location());
            item.put("remediation", finding.remediation());
            item.put("documentation", finding.documentation());
            item.put("blocks", finding.blocks());
            ObjectNode provenance = item.putObject("provenance");
            provenance.put("layer", finding.provenance().layer());
            provenance.put("pack", finding.provenance().pack());
            provenance.put("declaredSeverity", finding.provenance().declaredSeverity().name());
            provenance.put("enforcement", finding.provenance().enforcement().label());
            provenance.put("waiver", finding.provenance().waiver());
            provenance.put("baselined", finding.provenance().baselined());
            provenance.put("fingerprint", finding.provenance().fingerprint());
            ArrayNode effects = provenance.putArray("effects");
            finding.provenance().effects().forEach(effects::add);
            item.put("why", finding.why());
            if (finding.hasFix()) {
                ObjectNode fix = item.putObject("fix");
                fix.put("description", finding.fix().describe());
                ArrayNode edits = fix.putArray("edits");
                for (Fix.Edit edit : finding.fix().edits()) {
                    edits.addObject().put("path", edit.path()).put("kind", edit.kind().name()).put("value", edit.value());
                }
            }
        }
        return node;
    }

    /** The fix a finding's JSON carries, or {@code null}. */
    private static Fix fix(JsonNode node) {
        if (!node.isObject()) {
            return null;
        }
        List<Fix.Edit> edits = new ArrayList<>();
        for (JsonNode edit : array(node, "edits")) {
            try {
                edits.add(new Fix.Edit(text(edit, "path"), named(Fix.Kind.class, edit, "kind"), text(edit, "value")));
            } catch (IllegalArgumentException e) {
                throw invalid(0, "fix", e.getMessage());
            }
        }
        try {
            Fix described = new Fix("", edits);   // a description the edits give is kept as theirs: read back equal
            String description = text(node, "description");
            return description.equals(described.describe()) ? described : new Fix(description, edits);
        } catch (IllegalArgumentException e) {
            throw invalid(0, "fix", e.getMessage());
        }
    }

    /** A location as the report writes it ({@code file}, {@code line}, {@code column}), or JSON null. */
    private static void location(ObjectNode node, SourceLocation location) {
        if (location == null) {
            node.putNull("location");
            return;
        }
        node.putObject("location").put("file", location.source()).put("line", location.line())
                .put("column", location.column());
    }

    private static SourceLocation location(JsonNode node) {
        return node.isObject() ? new SourceLocation(text(node, "file"), node.path("line").asInt(),
                node.path("column").asInt()) : null;
    }

    private static Iterable<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isArray()) {
            throw invalid(0, field, "expected an array");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw invalid(0, field, "expected text");
        }
        return value.textValue();
    }

    private static <E extends Enum<E>> E named(Class<E> type, JsonNode node, String field) {
        String name = text(node, field);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw invalid(0, field, "expected one of " + java.util.Arrays.toString(type.getEnumConstants()) + " but was '"
                + visible(name) + "'");
    }

    private static Enforcement enforcement(JsonNode provenance) {
        String label = text(provenance, "enforcement");
        for (Enforcement enforcement : Enforcement.values()) {
            if (enforcement.label().equals(label)) {
                return enforcement;
            }
        }
        throw invalid(0, "enforcement", "expected one of " + java.util.Arrays.stream(Enforcement.values())
                .map(Enforcement::label).toList() + " but was '" + visible(label) + "'");
    }

    /** Text from the input, shortened and with control characters escaped, for a message. */
    private static String visible(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(60).forEach(c -> out.append(Character.isISOControl(c) ? String.format(Locale.ROOT,
                "\\u%04x", c) : Character.toString(c)));
        return text.codePointCount(0, text.length()) > 60 ? out + "..." : out.toString();
    }

    /** Bad input: the text is not a decision as meshgov writes it. */
    private static ConfigurationException invalid(int line, String field, String message) {
        return new ConfigurationException(List.of(Problem.error(Problem.Code.CONTENT,
                new SourceLocation("decision JSON", line, 0), field, message)));
    }
}
