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

    static String render(Report report) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        int tests = 0;
        int failures = 0;
        StringBuilder suites = new StringBuilder();
        for (Decision decision : report.batch().decisions()) {
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
            tests += rules.size();
            failures += suiteFailures;
            suites.append("  <testsuite name=\"").append(escape(decision.source())).append("\" tests=\"")
                    .append(rules.size()).append("\" failures=\"").append(suiteFailures)
                    .append("\" errors=\"0\" skipped=\"0\">\n").append(cases).append("  </testsuite>\n");
        }
        for (UnreadableDescriptor unreadable : report.batch().unreadable()) {
            tests++;
            StringBuilder detail = new StringBuilder();
            for (Problem problem : unreadable.problems()) {
                detail.append(escape(problem.toString())).append("&#10;");
            }
            suites.append("  <testsuite name=\"").append(escape(unreadable.source()))
                    .append("\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">\n")
                    .append("    <testcase classname=\"").append(escape(unreadable.source()))
                    .append("\" name=\"read the descriptor\">\n      <error type=\"UNREADABLE\" message=\"")
                    .append(escape(unreadable.problems().get(0).toString())).append("\">").append(detail)
                    .append("</error>\n    </testcase>\n  </testsuite>\n");
        }
        xml.append("<testsuites name=\"meshgov\" tests=\"").append(tests).append("\" failures=\"").append(failures)
                .append("\" errors=\"").append(report.batch().unreadable().size()).append("\">\n").append(suites)
                .append("</testsuites>\n");
        return xml.toString();
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
