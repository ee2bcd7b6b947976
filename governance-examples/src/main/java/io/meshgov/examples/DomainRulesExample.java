package io.meshgov.examples;

import io.meshgov.batch.BatchEvaluator;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.policy.RulePack;
import io.meshgov.rules.StandardRules;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A domain authoring its own rules: the payments team keeps its DRL in {@code rules/payments} and layers it on
 * top of the council's standard pack. A broken rule file fails the build of the engine with its file and line.
 */
public final class DomainRulesExample {

    private DomainRulesExample() {
    }

    public static void main(String[] args) throws IOException {
        Path rules = Path.of(args.length > 0 ? args[0] : "governance-examples/rules/payments");
        Path descriptors = Path.of(args.length > 1 ? args[1] : "governance-examples/descriptors/payments");
        GovernanceEngine engine = GovernanceEngine.builder()
                .rulePack(StandardRules.pack())
                .rulePack(RulePack.fromDirectory(rules))
                .build();
        PublishGateExample.print(BatchEvaluator.of(engine).evaluateAll(PublishGateExample.descriptorFiles(descriptors)), System.out);
    }
}
