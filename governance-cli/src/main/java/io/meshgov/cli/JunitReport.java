package io.meshgov.cli;

import io.meshgov.Problem;
import io.meshgov.batch.UnreadableDescriptor;
import io.meshgov.decision.Decision;
import io.meshgov.decision.Finding;
import io.meshgov.policy.RuleDescription;
import java.util.List;

/**
 * JUnit XML as CI servers read it: a test suite per descriptor, a test case per rule in force; a rule with a
 * finding that fails the run is a failure, an unreadable descriptor an error.
 */
final class JunitReport {

    private JunitReport() {
    }

    /**
     * Writes the report suite by suite: the totals the root element carries are counted first, then each
     * descriptor's suite is made and written before the next, so a batch's XML is never held whole.
     */
    static void write(Report report, java.io.Writer out) throws java.io.IOException {
        int tests = report.batch().unreadable().size();
        int failures = 0;
        for (Decision decision : report.batch().decisions()) {
            for (RuleDescription rule : report.rulesOf(decision)) {
                tests++;
                if (decision.findingsOf(rule.id()).stream().anyMatch(report::fails)) {
                    failures++;
                }
            }
        }
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"meshgov\" tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\""
                + report.batch().unreadable().size() + "\">\n");
        for (Decision decision : report.batch().decisions()) {
            out.write(suite(report, decision));
        }
        for (UnreadableDescriptor unreadable : report.batch().unreadable()) {
            StringBuilder detail = new StringBuilder();
            for (Problem problem : unreadable.problems()) {
                detail.append(escape(problem.toString())).append("&#10;");
            }
            out.write("  <testsuite name=\"" + escape(unreadable.source())
                    + "\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">\n"
                    + "    <testcase classname=\"" + escape(unreadable.source())
                    + "\" name=\"read the descriptor\">\n      <error type=\"UNREADABLE\" message=\""
                    + escape(unreadable.problems().get(0).toString()) + "\">" + detail
                    + "</error>\n    </testcase>\n  </testsuite>\n");
        }
        out.write("</testsuites>\n");
    }

    /** One descriptor's suite: a test case per rule that took part in its decision. */
    private static String suite(Report report, Decision decision) {
        int suiteFailures = 0;
        StringBuilder cases = new StringBuilder();
        List<RuleDescription> rules = report.rulesOf(decision);
        for (RuleDescription rule : rules) {
            List<Finding> findings = decision.findingsOf(rule.id());
            List<Finding> failing = findings.stream().filter(report::fails).toList();
            cases.append("    <testcase classname=\"").append(escape(decision.source())).append("\" name=\"")
                    .append(escape(rule.id() + " " + rule.title())).append("\"");
            if (failing.isEmpty() && findings.isEmpty()) {
                cases.append("/>\n");
                continue;
            }
            cases.append(">\n");
            if (!failing.isEmpty()) {
                suiteFailures++;
                cases.append("      <failure type=\"").append(rule.severity()).append("\" message=\"")
                        .append(escape(failing.get(0).message())).append("\">");
                for (Finding finding : failing) {
                    cases.append(escape(line(finding))).append("&#10;");
                }
                cases.append("</failure>\n");
            } else {
                cases.append("      <system-out>");
                findings.forEach(finding -> cases.append(escape(line(finding))).append("&#10;"));
                cases.append("</system-out>\n");
            }
            cases.append("    </testcase>\n");
        }
        return "  <testsuite name=\"" + escape(decision.source()) + "\" tests=\"" + rules.size() + "\" failures=\""
                + suiteFailures + "\" errors=\"0\" skipped=\"0\">\n" + cases + "  </testsuite>\n";
    }

    private static String line(Finding finding) {
        return (finding.location() == null ? "" : finding.location() + ": ") + finding.severity() + " " + finding.path()
                + ": " + finding.message() + (finding.remediation().isEmpty() ? "" : " Fix: " + finding.remediation());
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("&#10;");
                default -> out.append(c < 0x20 && c != '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
