package io.meshgov.internal.engine;

import io.meshgov.Problem;
import io.meshgov.policy.RuleDescription;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What meshgov knows of a rule set besides Drools' knowledge base: every reporting rule's metadata, the pack of
 * every rule (by package and name, classifiers included), whether the rules declare the findings global, and the
 * warnings about its files. Read from the DRL, or from a precompiled pack's index without parsing any DRL.
 */
record RuleCatalog(List<RuleDescription> rules, Map<String, RuleDescription> rulesByName,
                   Map<String, String> packByRule, boolean declaresFindings, List<Problem> warnings) {

    RuleCatalog {
        rules = List.copyOf(rules);
        rulesByName = Collections.unmodifiableMap(new LinkedHashMap<>(rulesByName));
        packByRule = Collections.unmodifiableMap(new LinkedHashMap<>(packByRule)); // file order: the index is reproducible
        warnings = List.copyOf(warnings);
    }
}
