package io.meshgov.cli;

import io.meshgov.engine.GovernanceEngine;
import io.meshgov.policy.RuleDescription;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code meshgov rules}: the catalog of the rules in force. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List the rules in force: id, severity, pack and title.",
        footerHeading = "%nExamples:%n",
        footer = {"  meshgov rules", "  meshgov rules --rules rules/payments"})
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call() {
        GovernanceEngine built = engine.build(spec.commandLine().getErr());
        PrintWriter out = spec.commandLine().getOut();
        int idWidth = built.rules().stream().mapToInt(rule -> rule.id().length()).max().orElse(8);
        int packWidth = built.rules().stream().mapToInt(rule -> rule.pack().length()).max().orElse(8);
        for (RuleDescription rule : built.rules().stream()
                .sorted(java.util.Comparator.comparing(RuleDescription::id)).toList()) {
            out.printf("%-" + idWidth + "s  %-7s  %-" + packWidth + "s  %s%n", rule.id(), rule.severity(), rule.pack(),
                    rule.title());
        }
        out.println(BaselineCommand.plural(built.rules().size(), "rule"));
        out.flush();
        return ExitCode.APPROVED;
    }
}
