package io.meshgov.cli;

/** The output formats of check and diff. */
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
    GITHUB;

    String render(Report report, boolean colour) {
        return switch (this) {
            case TEXT -> TextReport.render(report, colour);
            case JSON -> JsonReport.render(report);
            case SARIF -> SarifReport.render(report);
            case JUNIT -> JunitReport.render(report);
            case GITHUB -> GithubReport.render(report);
        };
    }
}
