package io.meshgov.cli;

import io.meshgov.testkit.CaseReport;
import io.meshgov.testkit.CaseResult;
import io.meshgov.testkit.CaseRunner;
import io.meshgov.testkit.PolicyCases;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code meshgov test}: run policy test cases ({@code *.cases.yaml}) against the rules. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run the policy test cases (*.cases.yaml) under DIR against the rules: each case is a"
                + " descriptor with the outcome and exact findings it must get. Ends with 'N passed, N failed';"
                + " exit 1 when a case fails, 2 when a case file or a rule file cannot be used.",
        footerHeading = "%nExamples:%n",
        footer = {"  meshgov test policy-tests/", "  meshgov test --rules rules/payments rules/payments/tests"})
final class TestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = ".",
            description = "Folder searched for *.cases.yaml (default: the current folder).")
    Path folder;

    @Mixin
    EngineOptions engine;

    @picocli.CommandLine.Option(names = "--require-coverage",
            description = "Fail (exit 1) unless every rule in force is triggered by one case and seen passing by another.")
    boolean requireCoverage;

    @Override
    public Integer call() {
        CaseRunner runner = new CaseRunner(engine.packs(), engine.packCache());
        EngineOptions.warn(runner.engineFor(io.meshgov.testkit.PolicyCases.DEFAULT_DATE, null), spec.commandLine().getErr());
        CaseReport report = runner.runAll(PolicyCases.readAll(folder));
        PrintWriter out = spec.commandLine().getOut();
        for (CaseResult result : report.results()) {
            out.println((result.passed() ? "PASS  " : "FAIL  ") + result.policyCase().displayName());
            if (!result.passed()) {
                result.explanation().lines().forEach(line -> out.println("      " + line));
            }
        }
        if (!report.rulesNeverTriggered().isEmpty()) {
            out.println("rules no case triggers: " + String.join(", ", report.rulesNeverTriggered()));
        }
        if (!report.rulesNeverPassed().isEmpty()) {
            out.println("rules no case sees pass: " + String.join(", ", report.rulesNeverPassed()));
        }
        boolean uncovered = requireCoverage
                && !(report.rulesNeverTriggered().isEmpty() && report.rulesNeverPassed().isEmpty());
        if (uncovered) {
            out.println("coverage required: every rule needs a case that triggers it and one it passes");
        }
        out.println(report.summaryLine());
        out.flush();
        return report.failed() == 0 && !uncovered ? ExitCode.APPROVED : ExitCode.REJECTED;
    }
}
