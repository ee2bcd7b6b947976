package io.meshgov.internal.engine;

import io.meshgov.Problem;
import io.meshgov.policy.RuleDescription;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;

/** A compiled, immutable rule set: the Drools knowledge base and the catalog of its rules. */
record CompiledRuleSet(KieBase kieBase, RuleCatalog catalog, String fingerprint, boolean precompiled) {

    List<RuleDescription> rules() {
        return catalog.rules();
    }

    Map<String, RuleDescription> rulesByName() {
        return catalog.rulesByName();
    }

    Map<String, String> packByRule() {
        return catalog.packByRule();
    }

    boolean declaresFindings() {
        return catalog.declaresFindings();
    }

    List<Problem> warnings() {
        return catalog.warnings();
    }
}
