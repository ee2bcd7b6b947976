package io.meshgov.cli;

import io.meshgov.ClosestName;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.policy.RuleDescription;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code meshgov explain}: one rule, why it exists and how to satisfy it. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a rule: what it asks, why, how to fix a violation, and where it is written.",
        footerHeading = "%nExamples:%n", footer = {"  meshgov explain SENS-002"})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RULE-ID", description = "A rule id, such as META-001.")
    String ruleId;

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call() {
        GovernanceEngine built = engine.build(spec.commandLine().getErr());
        RuleDescription rule = built.rules().stream().filter(r -> r.id().equalsIgnoreCase(ruleId)).findFirst()
                .orElseThrow(() -> new UsageException("no rule " + ruleId + " in force"
                        + ClosestName.hint(ruleId, built.rules().stream().map(RuleDescription::id).toList())
                        + "; 'meshgov rules' lists them"));
        PrintWriter out = spec.commandLine().getOut();
        out.println(rule.id() + "  " + rule.title());
        out.println();
        out.println("Severity:    " + rule.severity());
        out.println("Pack:        " + rule.pack());
        out.println("Written in:  " + rule.location());
        if (!rule.rationale().isEmpty()) {
            out.println();
            out.println("Why:");
            out.println("  " + rule.rationale());
        }
        if (!rule.remediation().isEmpty()) {
            out.println();
            out.println("How to fix:");
            out.println("  " + rule.remediation());
        }
        if (rule.fixes()) {
            out.println();
            out.println("meshgov fix: " + rule.fix());
        }
        if (!rule.documentation().isEmpty()) {
            out.println();
            out.println("More:        " + rule.documentation());
        }
        if (rule.pack().equals(io.meshgov.rules.StandardRules.NAME)) {
            RuleExamples.of(rule.id()).ifPresent(examples -> {
                out.println();
                out.print(examples);
            });
        }
        out.flush();
        return ExitCode.APPROVED;
    }
}
