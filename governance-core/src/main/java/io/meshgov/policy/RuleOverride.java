package io.meshgov.policy;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.SourceLocation;
import io.meshgov.decision.Severity;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A layer's change to a rule where its scope applies: turn it off, or give its findings another severity.
 *
 * @param rule     a rule id, or a pattern of ids ({@code IOP-*})
 * @param where    where the change applies, within the layer's own scope
 * @param disabled the rule's findings are dropped there
 * @param severity the severity its findings take there; {@code null} to keep the rule's own
 * @param location where the override is written in the policy file
 */
@API(status = STABLE, since = "0.1.0")
public record RuleOverride(String rule, Scope where, boolean disabled, Severity severity, SourceLocation location) {

    public RuleOverride {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(location, "location");
    }

    /** Whether this override concerns the rule with that id. */
    public boolean concerns(String ruleId) {
        return Scope.matches(rule, ruleId);
    }
}
