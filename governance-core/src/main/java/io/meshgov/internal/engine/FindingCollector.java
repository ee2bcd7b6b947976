package io.meshgov.internal.engine;

import io.meshgov.engine.Finding;
import io.meshgov.engine.Findings;
import io.meshgov.engine.Provenance;
import io.meshgov.engine.RuleDescription;
import io.meshgov.model.DescriptorElement;
import io.meshgov.policy.Enforcement;
import io.meshgov.model.ElementPaths;
import io.meshgov.model.Origin;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kie.api.definition.rule.Rule;

/**
 * The {@link Findings} of one evaluation. A new one is handed to each evaluation as a global, so concurrent
 * evaluations never share it; {@link CurrentRuleListener} tells it which rule is firing.
 */
final class FindingCollector implements Findings {

    private final Origin origin;
    private final Map<Rule, RuleDescription> descriptions;
    private final Set<Finding> findings = new LinkedHashSet<>();
    private RuleDescription currentRule;

    FindingCollector(Origin origin, Map<Rule, RuleDescription> descriptions) {
        this.origin = origin;
        this.descriptions = descriptions;
    }

    static String ruleKey(String packageName, String ruleName) {
        return packageName + "/" + ruleName;
    }

    void enterRule(Rule rule) {
        currentRule = descriptions.get(rule);
    }

    RuleDescription currentRule() {
        return currentRule;
    }

    @Override
    public void report(DescriptorElement element, String field, String message) {
        report(element, field, message, null);
    }

    @Override
    public void report(DescriptorElement element, String field, String message, String remediation) {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        if (currentRule == null) {
            throw new IllegalStateException("findings.report(...) must be called from a rule's consequence");
        }
        String path = field.isEmpty() ? element.path() : ElementPaths.child(element.path(), field);
        findings.add(new Finding(currentRule.id(), currentRule.severity(), currentRule.title(), message, path,
                origin.locate(path), remediation == null ? currentRule.remediation() : remediation,
                currentRule.documentation(), new Provenance("", currentRule.pack(),
                currentRule.severity(), Enforcement.SOFT_MANDATORY, "", false, "", List.of())));
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }
}
