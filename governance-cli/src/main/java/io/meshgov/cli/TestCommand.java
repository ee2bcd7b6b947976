package io.meshgov.cli;

import io.meshgov.testkit.CaseReport;
import io.meshgov.testkit.CaseResult;
import io.meshgov.testkit.CaseRunner;
import io.meshgov.testkit.PolicyCases;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
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
            description = "Fail (exit 1) unless every rule in force is triggered by one case and seen passing by another;"
                    + " beside other packs, the standard pack's rules (tested by meshgov) are not counted.")
    boolean requireCoverage;

    @Override
    public Integer call() {
        CaseRunner runner = new CaseRunner(engine.packs(), engine.packCache(), engine.packLoader());
        io.meshgov.engine.GovernanceEngine built = runner.engineFor(io.meshgov.testkit.PolicyCases.DEFAULT_DATE, null);
        EngineOptions.warn(built, spec.commandLine().getErr());
        CaseReport report = runner.runAll(PolicyCases.readAll(folder));
        // Coverage is about the rules a council or domain wrote: the standard pack, tested by its own cases, counts
        // only when it is the only pack in force and no case brings its own policy.
        java.util.Set<String> standard = new java.util.HashSet<>();
        if (built.rules().stream().anyMatch(rule -> !rule.pack().equals(io.meshgov.rules.StandardRules.NAME))
                || report.results().stream().anyMatch(result -> result.policyCase().policy() != null)) {
            built.rules().stream().filter(rule -> rule.pack().equals(io.meshgov.rules.StandardRules.NAME))
                    .forEach(rule -> standard.add(rule.id()));
        }
        PrintWriter out = spec.commandLine().getOut();
        for (CaseResult result : report.results()) {
            out.println((result.passed() ? "PASS  " : "FAIL  ") + result.policyCase().displayName());
            if (!result.passed()) {
                result.explanation().lines().forEach(line -> out.println("      " + line));
            }
        }
        List<String> neverTriggered = report.rulesNeverTriggered().stream().filter(id -> !standard.contains(id)).toList();
        List<String> neverPassed = report.rulesNeverPassed().stream().filter(id -> !standard.contains(id)).toList();
        if (!neverTriggered.isEmpty()) {
            out.println("rules no case triggers: " + String.join(", ", neverTriggered));
        }
        if (!neverPassed.isEmpty()) {
            out.println("rules no case sees pass: " + String.join(", ", neverPassed));
        }
        boolean uncovered = requireCoverage && !(neverTriggered.isEmpty() && neverPassed.isEmpty());
        if (uncovered) {
            out.println("coverage required: every rule needs a case that triggers it and one it passes");
        }
        out.println(report.summaryLine());
        out.flush();
        return report.failed() == 0 && !uncovered ? ExitCode.APPROVED : ExitCode.REJECTED;
    }
}
