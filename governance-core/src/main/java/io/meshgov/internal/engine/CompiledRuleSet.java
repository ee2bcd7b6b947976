package io.meshgov.internal.engine;

import io.meshgov.Problem;
import io.meshgov.engine.RuleDescription;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;

/**
 * A compiled, immutable rule set: the Drools knowledge base and what meshgov knows of each rule in it.
 * {@code packByRule} names the pack of every rule, including those that only derive facts, by package and name.
 */
record CompiledRuleSet(KieBase kieBase, List<RuleDescription> rules, Map<String, RuleDescription> rulesByName,
                       Map<String, String> packByRule, String fingerprint, boolean declaresFindings,
                       boolean precompiled, List<Problem> warnings) {
}
