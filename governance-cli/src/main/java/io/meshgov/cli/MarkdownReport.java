package io.meshgov.cli;

import io.meshgov.Problem;
import io.meshgov.batch.UnreadableDescriptor;
import io.meshgov.decision.Decision;
import io.meshgov.decision.Finding;
import io.meshgov.decision.Outcome;
import io.meshgov.decision.Severity;

/**
 * A Markdown summary for a CI job's page ({@code $GITHUB_STEP_SUMMARY}) or a merge request comment: the counts, one
 * row per descriptor, and the findings, at most {@value #MAX_FINDINGS} of them (the rest counted). Text from
 * descriptors is escaped so that it cannot break the table or inject markup.
 */
final class MarkdownReport {

    static final int MAX_FINDINGS = 200;

    private MarkdownReport() {
    }

    static String render(Report report) {
        StringBuilder out = new StringBuilder("## meshgov: ").append(report.summary()).append("\n\n");
        out.append("| descriptor | outcome | errors | warnings |\n|---|---|---|---|\n");
        for (Decision decision : report.batch().decisions()) {
            long errors = decision.findings().stream().filter(finding -> finding.severity() == Severity.ERROR).count();
            long warnings = decision.findings().stream().filter(finding -> finding.severity() == Severity.WARNING).count();
            out.append("| ").append(cell(decision.source())).append(" | ").append(outcome(decision)).append(" | ")
                    .append(errors).append(" | ").append(warnings).append(" |\n");
        }
        for (UnreadableDescriptor unreadable : report.batch().unreadable()) {
            out.append("| ").append(cell(unreadable.source())).append(" | ❌ unreadable | | |\n");
        }
        int shown = 0;
        int total = 0;
        StringBuilder findings = new StringBuilder("| where | severity | rule | message | how to fix |\n|---|---|---|---|---|\n");
        for (Decision decision : report.batch().decisions()) {
            for (Finding finding : decision.findings()) {
                total++;
                if (shown < MAX_FINDINGS) {
                    shown++;
                    String where = finding.location() == null ? decision.source() : finding.location().toString();
                    String mark = Report.effectMark(finding);
                    findings.append("| ").append(cell(where)).append(finding.path().isEmpty() ? "" : " `" + code(finding.path()) + "`")
                            .append(" | ").append(finding.severity()).append(report.fails(finding) ? " (fails)" : "")
                            .append(mark.isEmpty() ? "" : " (" + cell(mark) + ")").append(" | ").append(cell(finding.ruleId()))
                            .append(" | ").append(cell(finding.message())).append(" | ")
                            .append(finding.isInformational() ? "" : cell(finding.remediation())).append(" |\n");
                }
            }
        }
        for (UnreadableDescriptor unreadable : report.batch().unreadable()) {
            for (Problem problem : unreadable.problems()) {
                total++;
                if (shown < MAX_FINDINGS) {
                    shown++;
                    findings.append("| ").append(cell(problem.location().toString())).append(" | ERROR (fails) | ")
                            .append(problem.code().id()).append(" | ")
                            .append(cell((problem.subject().isEmpty() ? "" : problem.subject() + ": ") + problem.message()))
                            .append(" | |\n");
                }
            }
        }
        StringBuilder fixes = new StringBuilder();
        FixSuggestions suggestions = new FixSuggestions();
        int suggested = 0;
        for (Decision decision : report.batch().decisions()) {
            for (Finding finding : decision.findings()) {
                if (!finding.hasFix() || suggested >= MAX_FINDINGS) {
                    continue;
                }
                var suggestion = suggestions.suggestion(decision.source(), finding.fix());
                if (suggestion.isEmpty() || suggestion.get().lines().contains("```")) {
                    continue;
                }
                suggested++;
                var lines = suggestion.get();
                fixes.append("- **").append(cell(decision.source())).append("** ")
                        .append(lines.lastLine() == lines.firstLine() ? "line " + lines.firstLine()
                                : "lines " + lines.firstLine() + "–" + lines.lastLine()).append(" (")
                        .append(cell(finding.ruleId())).append("): ").append(cell(finding.fix().describe()))
                        .append("\n\n  ```suggestion\n").append(lines.lines().indent(2)).append("  ```\n");
            }
        }
        StringBuilder notices = new StringBuilder();
        for (Report.Notice notice : report.consumersToTell()) {
            notices.append("- **").append(cell(notice.source())).append("** (").append(cell(notice.finding().ruleId()))
                    .append("): ").append(cell(notice.finding().message())).append('\n');
        }
        if (!notices.isEmpty()) {
            out.append("\n### Who must be told\n\nThese changes reach data products that consume the contracts;"
                    + " tell their owners before merging.\n\n").append(notices);
        }
        if (!fixes.isEmpty()) {
            out.append("\n### Fixes\n\n`meshgov fix` makes these edits; on a pull request's lines each is a suggestion"
                    + " to apply.\n\n").append(fixes);
        }
        if (total > 0) {
            out.append("\n### Findings\n\n").append(findings);
            if (total > shown) {
                out.append("\n").append(total - shown).append(" more findings are not shown; the text, JSON or SARIF report "
                        + "lists them all.\n");
            }
        }
        return out.toString();
    }

    private static String outcome(Decision decision) {
        return decision.outcome() == Outcome.APPROVED ? "✅ approved"
                : decision.outcome() == Outcome.APPROVED_WITH_WARNINGS ? "⚠️ approved with warnings" : "❌ rejected";
    }

    /** A table cell's text: no line break, no pipe, no markup. */
    static String cell(String text) {
        return TextReport.safe(text).replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*", "\\*").replace("_", "\\_").replace("`", "\\`").replace("[", "\\[").replace("]", "\\]");
    }

    private static String code(String text) {
        return TextReport.safe(text).replace("`", "'").replace("|", "\\|");
    }
}
