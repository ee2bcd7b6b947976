package io.meshgov.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshgov.Problem;
import io.meshgov.SourceLocation;
import io.meshgov.batch.UnreadableDescriptor;
import io.meshgov.decision.Decision;
import io.meshgov.decision.DecisionJson;
import io.meshgov.decision.Outcome;
import io.meshgov.policy.WaiverStatus;

/**
 * meshgov's JSON report, {@code "schemaVersion"} {@value #SCHEMA_VERSION}, described by
 * {@code meshgov-report.schema.json} (shipped in governance-core, {@link DecisionJson#SCHEMA}); each decision is
 * written by {@link DecisionJson}. Fields are only ever added within a major
 * schema version.
 */
final class JsonReport {

    static final String SCHEMA_VERSION = DecisionJson.SCHEMA_VERSION;
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    /**
     * Writes the report as it goes: each decision is turned into JSON and written before the next, so a batch of any
     * size is reported in the memory of one decision (beside the decisions themselves).
     */
    static void write(Report report, java.io.Writer out) throws java.io.IOException {
        JsonGenerator json = MAPPER.getFactory().createGenerator(out).useDefaultPrettyPrinter();
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartObject();
        json.writeStringField("schemaVersion", SCHEMA_VERSION);
        json.writeObjectFieldStart("tool");
        json.writeStringField("name", "meshgov");
        json.writeStringField("version", report.toolVersion());
        json.writeEndObject();
        json.writeStringField("ruleSetFingerprint", report.fingerprint());
        ObjectNode summary = MAPPER.createObjectNode();
        summary.put("descriptors", report.batch().decisions().size() + report.batch().unreadable().size());
        summary.put("approved", report.count(Outcome.APPROVED));
        summary.put("approvedWithWarnings", report.count(Outcome.APPROVED_WITH_WARNINGS));
        summary.put("rejected", report.count(Outcome.REJECTED));
        summary.put("unreadable", report.batch().unreadable().size());
        summary.put("notJudged", report.notJudged().size());
        summary.put("passed", report.exitCode() == ExitCode.APPROVED);
        json.writeFieldName("summary");
        json.writeTree(summary);
        json.writeArrayFieldStart("decisions");
        for (Decision decision : report.batch().decisions()) {
            json.writeTree(MAPPER.readTree(DecisionJson.write(decision))); // one shape for library and command line
        }
        json.writeEndArray();
        json.writeFieldName("unreadable");
        json.writeTree(problems(report.batch().unreadable()));
        json.writeFieldName("notJudged");
        json.writeTree(problems(report.notJudged()));
        ArrayNode tell = MAPPER.createArrayNode();
        report.consumersToTell().forEach(notice -> tell.addObject().put("source", notice.source())
                .put("ruleId", notice.finding().ruleId()).put("message", notice.finding().message()));
        json.writeFieldName("consumersToTell");
        json.writeTree(tell);
        ArrayNode waivers = MAPPER.createArrayNode();
        for (WaiverStatus status : report.batch().waivers()) {
            ObjectNode node = waivers.addObject();
            node.put("id", status.waiver().id());
            node.put("rule", status.waiver().rule());
            node.put("layer", status.waiver().layer());
            node.put("expires", status.waiver().expires().toString());
            node.put("state", status.state().name());
            node.put("matches", status.matches());
            location(node, status.waiver().location());
        }
        json.writeFieldName("waivers");
        json.writeTree(waivers);
        json.writeEndObject();
        json.flush();
        out.write("\n");
    }

    /** Files with their problems, as the report lists unreadable and not-judged files. */
    private static ArrayNode problems(java.util.List<UnreadableDescriptor> files) {
        ArrayNode unreadable = MAPPER.createArrayNode();
        for (UnreadableDescriptor descriptor : files) {
            ObjectNode node = unreadable.addObject();
            node.put("source", descriptor.source());
            ArrayNode problems = node.putArray("problems");
            for (Problem problem : descriptor.problems()) {
                ObjectNode item = problems.addObject();
                item.put("code", problem.code().id());
                item.put("subject", problem.subject());
                item.put("message", problem.message());
                location(item, problem.location());
            }
        }
        return unreadable;
    }

    private static void location(ObjectNode node, SourceLocation location) {
        if (location == null) {
            node.putNull("location");
            return;
        }
        node.putObject("location").put("file", location.source()).put("line", location.line())
                .put("column", location.column());
    }
}
