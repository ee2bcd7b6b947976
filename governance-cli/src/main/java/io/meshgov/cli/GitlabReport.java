package io.meshgov.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshgov.Problem;
import io.meshgov.batch.UnreadableDescriptor;
import io.meshgov.decision.Decision;
import io.meshgov.decision.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * GitLab Code Quality (a CodeClimate subset): one issue per finding, with a fingerprint that stays the same while
 * the finding does (rule, file, element and message), so GitLab can tell new findings from fixed ones.
 */
final class GitlabReport {

    private GitlabReport() {
    }

    /** Writes the issues one by one as they are made; a batch's issues are never held together. */
    static void write(Report report, java.io.Writer out) throws java.io.IOException {
        com.fasterxml.jackson.core.JsonGenerator json = JsonReport.MAPPER.getFactory().createGenerator(out)
                .useDefaultPrettyPrinter();
        json.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartArray();
        for (Decision decision : report.batch().decisions()) {
            for (Finding finding : decision.findings()) {
                String file = finding.location() == null ? decision.source() : finding.location().source();
                int line = finding.location() == null ? 1 : Math.max(1, finding.location().line());
                String severity = switch (finding.severity()) {
                    case ERROR -> finding.blocks() ? "critical" : "major";
                    case WARNING -> "minor";
                    case INFO -> "info";
                };
                write(json, finding.ruleId(), finding.ruleId() + " " + finding.message()
                        + (finding.isInformational() || finding.remediation().isEmpty() ? "" : " — " + finding.remediation()),
                        severity, file, line, finding.ruleId() + "\n" + file + "\n" + finding.path() + "\n" + finding.message());
            }
        }
        for (UnreadableDescriptor unreadable : report.batch().unreadable()) {
            for (Problem problem : unreadable.problems()) {
                String message = (problem.subject().isEmpty() ? "" : problem.subject() + ": ") + problem.message();
                write(json, problem.code().id(), message, "blocker", problem.location().source(),
                        Math.max(1, problem.location().line()), problem.code().id() + "\n" + problem.location() + "\n" + message);
            }
        }
        json.writeEndArray();
        json.flush();
        out.write("\n");
    }

    private static void write(com.fasterxml.jackson.core.JsonGenerator json, String check, String description,
                              String severity, String path, int line, String identity) throws java.io.IOException {
        ObjectNode issue = JsonReport.MAPPER.createObjectNode();
        issue.put("type", "issue");
        issue.put("check_name", check);
        issue.put("description", description);
        issue.put("severity", severity);
        issue.put("fingerprint", sha256(identity));
        ObjectNode location = issue.putObject("location");
        location.put("path", path);
        location.putObject("lines").put("begin", line);
        json.writeTree(issue);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
