package io.meshgov.cli;

import io.meshgov.Problem;
import io.meshgov.batch.UnreadableDescriptor;
import io.meshgov.decision.Decision;
import io.meshgov.decision.Finding;

/** GitHub Actions workflow commands: {@code ::error file=F,line=L,col=C,title=T::message}, one per finding. */
final class GithubReport {

    private GithubReport() {
    }

    static String render(Report report) {
        StringBuilder out = new StringBuilder();
        for (Decision decision : report.batch().decisions()) {
            for (Finding finding : decision.findings()) {
                String command = switch (finding.severity()) {
                    case ERROR -> finding.blocks() ? "error" : "warning";
                    case WARNING -> "warning";
                    case INFO -> "notice";
                };
                String file = finding.location() == null ? decision.source() : finding.location().source();
                out.append("::").append(command).append(" file=").append(property(file));
                if (finding.location() != null && finding.location().line() > 0) {
                    out.append(",line=").append(finding.location().line());
                    if (finding.location().column() > 0) {
                        out.append(",col=").append(finding.location().column());
                    }
                }
                out.append(",title=").append(property(finding.ruleId() + " " + finding.title())).append("::")
                        .append(data(finding.message() + (finding.isInformational() ? "" : "\n" + finding.remediation())))
                        .append('\n');
            }
        }
        for (UnreadableDescriptor unreadable : report.batch().unreadable()) {
            for (Problem problem : unreadable.problems()) {
                out.append("::error file=").append(property(problem.location().source()));
                if (problem.location().line() > 0) {
                    out.append(",line=").append(problem.location().line());
                }
                out.append(",title=").append(property("unreadable descriptor")).append("::")
                        .append(data((problem.subject().isEmpty() ? "" : problem.subject() + ": ") + problem.message()))
                        .append('\n');
            }
        }
        for (UnreadableDescriptor file : report.notJudged()) {
            Problem problem = file.problems().get(0);
            out.append("::warning file=").append(property(problem.location().source()));
            if (problem.location().line() > 0) {
                out.append(",line=").append(problem.location().line());
            }
            out.append(",title=").append(property("not judged")).append("::")
                    .append(data("could not be read, so meshgov cannot tell whether it is a descriptor: "
                            + problem.message())).append('\n');
        }
        out.append(TextReport.safe(report.summary())).append('\n');
        return out.toString();
    }

    /**
     * Escaping of a command's message, as the Actions toolkit does, and of every other control character (an
     * escape sequence from a file name or a rule's message would reach the log's terminal).
     */
    private static String data(String text) {
        return TextReport.safe(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
    }

    /** Escaping of a command's property values. */
    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
