package io.meshgov.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
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

    static String render(Report report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.putObject("tool").put("name", "meshgov").put("version", report.toolVersion());
        root.put("ruleSetFingerprint", report.fingerprint());
        ObjectNode summary = root.putObject("summary");
        summary.put("descriptors", report.batch().decisions().size() + report.batch().unreadable().size());
        summary.put("approved", report.count(Outcome.APPROVED));
        summary.put("approvedWithWarnings", report.count(Outcome.APPROVED_WITH_WARNINGS));
        summary.put("rejected", report.count(Outcome.REJECTED));
        summary.put("unreadable", report.batch().unreadable().size());
        summary.put("passed", report.exitCode() == ExitCode.APPROVED);
        ArrayNode decisions = root.putArray("decisions");
        for (Decision decision : report.batch().decisions()) {
            try {
                decisions.add(MAPPER.readTree(DecisionJson.write(decision))); // one shape for library and command line
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("DecisionJson writes JSON", e);
            }
        }
        ArrayNode unreadable = root.putArray("unreadable");
        for (UnreadableDescriptor descriptor : report.batch().unreadable()) {
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
        ArrayNode waivers = root.putArray("waivers");
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
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
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
