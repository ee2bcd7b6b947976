package io.meshgov.cli;

import io.meshgov.Problem;
import io.meshgov.batch.UnreadableDescriptor;
import io.meshgov.decision.Decision;
import io.meshgov.decision.Finding;
import io.meshgov.decision.Severity;
import io.meshgov.policy.WaiverStatus;
import java.util.List;

/**
 * Findings grouped by file, one line each ({@code file:line:col  SEVERITY  RULE-ID  message}), linter style.
 *
 * <p>Everything printed that comes from a descriptor or a file name passes through {@link #safe}: a property named
 * with terminal escapes or a line break would otherwise clear the screen or forge a line such as
 * {@code fake.odcs.yaml: APPROVED}.
 */
final class TextReport {

    private static final String RED = "\u001B[31m";
    private static final String YELLOW = "\u001B[33m";
    private static final String CYAN = "\u001B[36m";
    private static final String BOLD = "\u001B[1m";
    private static final String RESET = "\u001B[0m";

    private TextReport() {
    }

    /** The report; {@code quiet}: only the descriptors that fail the run, and the summary. */
    static String render(Report report, boolean colour, boolean quiet) {
        StringBuilder out = new StringBuilder();
        for (Decision decision : report.batch().decisions()) {
            if (quiet && !report.fails(decision)) {
                continue;
            }
            out.append(paint(BOLD, safe(decision.source()), colour)).append(": ").append(outcome(decision, colour)).append('\n');
            for (Finding finding : decision.findings()) {
                String where = safe(finding.location() == null ? decision.source() : finding.location().toString());
                String mark = Report.effectMark(finding);
                out.append("  ").append(where).append("  ").append(severity(finding.severity(), colour)).append("  ")
                        .append(safe(finding.ruleId())).append("  ").append(safe(finding.message()))
                        .append(finding.path().isEmpty() ? "" : "  [" + safe(finding.path()) + "]")
                        .append(mark.isEmpty() ? "" : "  (" + safe(mark) + ")").append('\n');
                if (!finding.isInformational() && !finding.remediation().isEmpty()) {
                    out.append("      ").append(safe(finding.remediation())).append('\n');
                }
                if (!finding.provenance().effects().isEmpty()) {
                    out.append("      why: ").append(safe(finding.why())).append('\n');
                }
            }
        }
        for (UnreadableDescriptor unreadable : report.batch().unreadable()) {
            out.append(paint(BOLD, safe(unreadable.source()), colour)).append(": ").append(paint(RED, "UNREADABLE", colour))
                    .append('\n');
            for (Problem problem : unreadable.problems()) {
                out.append("  ").append(safe(problem.toString())).append('\n');
            }
        }
        List<WaiverStatus> attention = report.batch().waiversNeedingAttention();
        if (!attention.isEmpty()) {
            out.append(paint(BOLD, "waivers needing attention:", colour)).append('\n');
            attention.forEach(status -> out.append("  ").append(safe(status.toString())).append('\n'));
        }
        out.append(report.summary()).append('\n');
        return out.toString();
    }

    /** Control characters (escapes, line breaks, carriage returns, tabs) made visible: {@code \u001b}, {@code \n}. */
    static String safe(String text) {
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    || Character.getType(c) == Character.FORMAT;
            if (control) {
                if (escaped == null) {
                    escaped = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                escaped.append(switch (c) {
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    default -> String.format(java.util.Locale.ROOT, "\\u%04x", (int) c);
                });
            } else if (escaped != null) {
                escaped.append(c);
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    private static String outcome(Decision decision, boolean colour) {
        return switch (decision.outcome()) {
            case APPROVED -> paint(CYAN, "APPROVED", colour);
            case APPROVED_WITH_WARNINGS -> paint(YELLOW, "APPROVED_WITH_WARNINGS", colour);
            case REJECTED -> paint(RED, decision.isComplete() ? "REJECTED" : "REJECTED (incomplete: a rule did not finish)",
                    colour);
        };
    }

    private static String severity(Severity severity, boolean colour) {
        return switch (severity) {
            case ERROR -> paint(RED, "ERROR  ", colour);
            case WARNING -> paint(YELLOW, "WARNING", colour);
            case INFO -> paint(CYAN, "INFO   ", colour);
        };
    }

    private static String paint(String code, String text, boolean colour) {
        return colour ? code + text + RESET : text;
    }
}
