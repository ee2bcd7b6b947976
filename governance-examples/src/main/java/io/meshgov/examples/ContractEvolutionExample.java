package io.meshgov.examples;

import io.meshgov.decision.Decision;
import io.meshgov.decision.Finding;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.model.Descriptor;
import io.meshgov.read.DescriptorReader;
import io.meshgov.rules.StandardRules;
import java.nio.file.Path;

/**
 * Contract evolution: two proposals for the next version of the payments team's settlements contract, judged
 * against the version consumers read today. The additive one is approved; the breaking one, under a minor
 * version, is rejected with the version it would need.
 */
public final class ContractEvolutionExample {

    private ContractEvolutionExample() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "governance-examples/descriptors-history/payments");
        GovernanceEngine engine = GovernanceEngine.builder().rulePack(StandardRules.pack()).build();
        Descriptor current = DescriptorReader.read(folder.resolve("settlements-1.4.0.odcs.yaml"));
        for (String proposal : new String[] {"settlements-1.5.0-additive.odcs.yaml", "settlements-1.5.0-breaking.odcs.yaml"}) {
            Decision decision = engine.evaluateChange(current, DescriptorReader.read(folder.resolve(proposal)));
            System.out.println(proposal + " against " + current.version() + ": " + decision.outcome());
            for (Finding finding : decision.findings()) {
                System.out.println("  " + finding.severity() + "  " + finding.ruleId() + "  " + finding.message());
                if (!finding.isInformational()) {
                    System.out.println("      fix " + finding.remediation());
                }
            }
        }
    }
}
