package io.meshgov.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshgov.Problem;
import io.meshgov.batch.UnreadableDescriptor;
import io.meshgov.decision.Decision;
import io.meshgov.decision.Finding;
import io.meshgov.decision.Severity;
import io.meshgov.policy.RuleDescription;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SARIF 2.1.0: one run, the rules in force with their help text, a result per finding at its file and line.
 * Unreadable descriptors are tool execution notifications at their location, and make the invocation unsuccessful.
 */
final class SarifReport {

    private SarifReport() {
    }

    /** Writes the report as it goes: the results, one per finding, are written one by one, never held together. */
    static void write(Report report, java.io.Writer out) throws java.io.IOException {
        ObjectNode root = JsonReport.MAPPER.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        run.put("columnKind", "utf16CodeUnits");   // SARIF's default, said: every column meshgov gives counts them
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "meshgov");
        driver.put("semanticVersion", report.toolVersion().replace("-SNAPSHOT", ""));
        driver.put("informationUri", "https://github.com/meshgov/meshgov");
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (RuleDescription rule : report.rules()) {
            ruleIndex.put(rule.id(), ruleIndex.size());
            ObjectNode node = rules.addObject();
            node.put("id", rule.id());
            node.put("name", rule.id().replace("-", ""));
            node.putObject("shortDescription").put("text", rule.title());
            node.putObject("fullDescription").put("text", rule.rationale().isEmpty() ? rule.title() : rule.rationale());
            node.putObject("help").put("text", rule.remediation().isEmpty() ? rule.title() : rule.remediation());
            if (!rule.documentation().isEmpty()) {
                node.put("helpUri", rule.documentation());
            }
            node.putObject("defaultConfiguration").put("level", level(rule.severity()));
        }
        ArrayNode tell = run.putObject("properties").putArray("consumersToTell");   // the pull request's "who must be told"
        report.consumersToTell().forEach(notice -> tell.addObject().put("source", notice.source())
                .put("ruleId", notice.finding().ruleId()).put("message", notice.finding().message()));
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", report.batch().unreadable().isEmpty());
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        for (UnreadableDescriptor unreadable : report.batch().unreadable()) {
            for (Problem problem : unreadable.problems()) {
                ObjectNode notification = notifications.addObject();
                notification.put("level", "error");
                notification.putObject("message").put("text", (problem.subject().isEmpty() ? "" : problem.subject() + ": ")
                        + problem.message());
                location(notification.putArray("locations").addObject(), problem.location().source(),
                        problem.location().line(), problem.location().column());
            }
        }
        // Everything before the results is small; it is written from its tree, then each result as it is made.
        run.putArray("results");
        String[] around = JsonReport.MAPPER.writeValueAsString(root).split("\"results\" : \\[ \\]", 2);
        out.write(around[0]);
        out.write("\"results\" : [");
        boolean first = true;
        FixSuggestions suggestions = new FixSuggestions();
        for (Decision decision : report.batch().decisions()) {
            for (Finding finding : decision.findings()) {
                ObjectNode result = JsonReport.MAPPER.createObjectNode();
                result.put("ruleId", finding.ruleId());
                Integer index = ruleIndex.get(finding.ruleId());
                if (index != null) {
                    result.put("ruleIndex", index);
                }
                result.put("level", finding.blocks() || finding.severity() != Severity.ERROR
                        ? level(finding.severity()) : "warning");
                result.putObject("message").put("text", finding.message()
                        + (finding.isInformational() || finding.remediation().isEmpty() ? "" : " — " + finding.remediation()));
                ObjectNode location = result.putArray("locations").addObject();
                if (finding.location() != null) {
                    location(location, finding.location().source(), finding.location().line(),
                            finding.location().column());
                } else {
                    location(location, decision.source(), 0, 0);
                }
                location.putArray("logicalLocations").addObject().put("fullyQualifiedName",
                        finding.path().isEmpty() ? decision.descriptorId() : finding.path());
                result.putObject("partialFingerprints").put("meshgov/v1",
                        decision.descriptorId() + "|" + finding.ruleId() + "|" + finding.path());
                if (finding.provenance().isWaived() || finding.provenance().baselined()) {
                    // Code-scanning tools show accepted findings as suppressed, with the reason, not as open alerts.
                    result.putArray("suppressions").addObject().put("kind", "external").put("status", "accepted")
                            .put("justification", finding.why());
                }
                if (finding.hasFix()) {
                    fix(result, finding, decision, suggestions);
                }
                result.putObject("properties").put("blocks", finding.blocks())
                        .put("enforcement", finding.provenance().enforcement().label())
                        .put("layer", finding.provenance().layer());
                out.write(first ? " " : ", ");
                out.write(JsonReport.MAPPER.writeValueAsString(result).replace("\n", "\n      "));
                first = false;
            }
        }
        out.write(first ? "]" : " ]");
        out.write(around[1]);
        out.write("\n");
    }

    /**
     * The result's fix as SARIF writes one: its description and the replacements in the file, which code-scanning
     * tools and editors offer to apply; none when the file is not at hand or the fix cannot be made there.
     */
    private static void fix(ObjectNode result, Finding finding, Decision decision, FixSuggestions suggestions) {
        var replacements = suggestions.replacements(decision.source(), finding.fix());
        if (replacements.isEmpty()) {
            return;
        }
        ObjectNode fix = result.putArray("fixes").addObject();
        fix.putObject("description").put("text", finding.fix().describe());
        ObjectNode change = fix.putArray("artifactChanges").addObject();
        change.putObject("artifactLocation").put("uri", decision.source().replace('\\', '/'));
        ArrayNode list = change.putArray("replacements");
        for (var replacement : replacements) {
            ObjectNode node = list.addObject();
            node.putObject("deletedRegion").put("startLine", replacement.start().line())
                    .put("startColumn", replacement.start().column()).put("endLine", replacement.end().line())
                    .put("endColumn", replacement.end().column());
            node.putObject("insertedContent").put("text", replacement.text());
        }
    }

    private static void location(ObjectNode location, String file, int line, int column) {
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", file.replace('\\', '/'));
        if (line > 0) {
            ObjectNode region = physical.putObject("region").put("startLine", line);
            if (column > 0) {
                region.put("startColumn", column);
            }
        }
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
