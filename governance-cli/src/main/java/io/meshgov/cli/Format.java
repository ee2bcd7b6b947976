package io.meshgov.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The report formats of check and diff. */
enum Format {
    /** For people: findings grouped by file, remediation beneath, a summary at the end. */
    TEXT,
    /** meshgov's report, versioned and documented by meshgov-report.schema.json. */
    JSON,
    /** SARIF 2.1.0, which code scanning tools show on the right line. */
    SARIF,
    /** JUnit XML: one test case per descriptor and rule, for CI test reports. */
    JUNIT,
    /** GitHub Actions workflow commands: annotations on the pull request. */
    GITHUB,
    /** A Markdown summary, for $GITHUB_STEP_SUMMARY or a merge request comment. */
    MARKDOWN,
    /** GitLab Code Quality JSON: findings shown in the merge request. */
    GITLAB;

    String render(Report report, boolean colour) {
        return switch (this) {
            case TEXT -> TextReport.render(report, colour, false);
            case GITHUB -> GithubReport.render(report);
            case MARKDOWN -> MarkdownReport.render(report);
            case JSON, SARIF, JUNIT, GITLAB -> {
                java.io.StringWriter out = new java.io.StringWriter();
                try {
                    write(report, colour, false, out);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                yield out.toString();
            }
        };
    }

    /**
     * Writes the report to {@code out}: JSON, SARIF, GitLab and JUnit as they go, decision by decision, so that their trees of a large
     * batch are never held whole; the others as rendered.
     */
    void write(Report report, boolean colour, boolean quiet, java.io.Writer out) throws java.io.IOException {
        switch (this) {
            case TEXT -> out.write(TextReport.render(report, colour, quiet));
            case JSON -> JsonReport.write(report, out);
            case SARIF -> SarifReport.write(report, out);
            case GITLAB -> GitlabReport.write(report, out);
            case JUNIT -> JunitReport.write(report, out);
            default -> out.write(render(report, colour));
        }
        out.flush();
    }

    /** The format of that name, any case, or {@code null}. */
    static Format named(String name) {
        for (Format format : values()) {
            if (format.name().equalsIgnoreCase(name)) {
                return format;
            }
        }
        return null;
    }

    static String names() {
        return Arrays.stream(values()).map(format -> format.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
