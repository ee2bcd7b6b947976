package io.meshgov.internal.policy;

import io.meshgov.ClosestName;
import io.meshgov.ConfigurationException;
import io.meshgov.Problem.Code;
import io.meshgov.Problem;
import io.meshgov.SourceLocation;
import io.meshgov.conventions.Conventions;
import io.meshgov.decision.Enforcement;
import io.meshgov.policy.EnforcementStage;
import io.meshgov.policy.GovernancePolicy;
import io.meshgov.policy.PolicyLayer;
import io.meshgov.policy.RuleDescription;
import io.meshgov.policy.RuleOverride;
import io.meshgov.policy.Scope;
import io.meshgov.policy.Waiver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a policy fits the rules it was compiled with, checked once when the engine is built: every rule id it
 * names exists, no layer weakens a rule another layer locked, and no waiver lifts a hard-mandatory rule.
 */
final class PolicyChecks {

    private PolicyChecks() {
    }

    /**
     * Every way the policy contradicts itself or its rules, together.
     *
     * @throws ConfigurationException listing every problem found
     */
    static void check(GovernancePolicy policy, List<RuleDescription> rules, Conventions base) {
        List<Problem> problems = new ArrayList<>();
        checkConventions(policy, base, problems);
        Map<String, RuleDescription> byId = new HashMap<>();
        rules.forEach(rule -> byId.put(rule.id(), rule));
        Set<String> ids = new TreeSet<>(byId.keySet());
        ids.add(PolicyEffects.EXPIRED_WAIVER_ID);
        for (PolicyLayer layer : policy.layers()) {
            for (String pattern : layer.locked()) {
                known(pattern, ids, layer.location(), "locked", problems);
            }
            for (RuleOverride override : layer.overrides()) {
                known(override.rule(), ids, override.location(), "overrides", problems);
            }
            for (EnforcementStage stage : layer.enforcement()) {
                known(stage.rule(), ids, stage.location(), "enforcement", problems);
            }
            for (Waiver waiver : layer.waivers()) {
                known(waiver.rule(), ids, waiver.location(), "waivers", problems);
            }
        }
        for (PolicyLayer locking : policy.layers()) {
            for (RuleDescription rule : rules) {
                if (locking.locks(rule.id())) {
                    checkLocked(policy, locking, rule, problems);
                }
            }
        }
        for (PolicyLayer layer : policy.layers()) {
            for (Waiver waiver : layer.waivers()) {
                for (PolicyLayer other : policy.layers()) {
                    for (EnforcementStage stage : other.enforcement()) {
                        if (stage.concerns(waiver.rule()) && stage.level() == Enforcement.HARD_MANDATORY
                                && stage.until() == null) {
                            problems.add(Problem.error(Code.POLICY, waiver.location(), "waivers", "waiver " + waiver.id()
                                    + ": "
                                    + waiver.rule() + " is hard-mandatory (layer " + other.name() + ", "
                                    + stage.location() + ") and no waiver can lift it; fix the findings, or ask the "
                                    + "council to make the rule soft-mandatory"));
                        }
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(null);
            throw new ConfigurationException(problems);
        }
    }

    /**
     * Each layer's conventions over the engine's, and every layer's together, build: a layer whose scale lacks the
     * level the conventions beneath it name as sensitive is told at build, not when a descriptor meets it.
     */
    private static void checkConventions(GovernancePolicy policy, Conventions base, List<Problem> problems) {
        checkTightening(policy, base, problems);
        Conventions all = base;
        for (PolicyLayer layer : policy.layers()) {
            try {
                layer.conventions().over(base);
                all = layer.conventions().over(all);
            } catch (Conventions.InvalidSetting e) {
                problems.add(Problem.error(Code.POLICY, layer.location(), "conventions", "layer " + layer.name()
                        + ": " + e.getMessage() + ", over the conventions beneath it; set the conventions it depends"
                        + " on in the same layer"));
                return;
            }
        }
    }

    /**
     * A restricted layer's conventions only tighten what the layers before it decide (every earlier layer's settings
     * apply beneath its own wherever both apply): a domain cannot make a council rule pass by accepting an owner role
     * or no longer naming personal data. The first layer sets the council's conventions over the engine's.
     */
    private static void checkTightening(GovernancePolicy policy, Conventions base, List<Problem> problems) {
        Conventions inherited = base;
        List<String> locked = new ArrayList<>();
        for (PolicyLayer layer : policy.layers()) {
            try {
                if (!layer.trusted() && !layer.conventions().isEmpty() && layer != policy.layers().get(0)) {
                    for (String loosened : layer.conventions().loosenings(inherited)) {
                        problems.add(Problem.error(Code.POLICY, layer.location(), "conventions", "layer " + layer.name()
                                + " is restricted, and its conventions may only tighten what the layers before it decide: "
                                + loosened + (locked.isEmpty() ? "" : " (rules locked before it: "
                                + String.join(", ", locked) + ")") + "; set it in a trusted layer, or leave it out"));
                    }
                }
                inherited = layer.conventions().over(inherited);
            } catch (Conventions.InvalidSetting e) {
                return; // reported by the check of each layer over the conventions beneath it
            }
            locked.addAll(layer.locked());
        }
    }

    private static void known(String pattern, Set<String> ids, SourceLocation location, String key,
                              List<Problem> problems) {
        if (ids.stream().noneMatch(id -> Scope.matches(pattern, id))) {
            problems.add(Problem.error(Code.POLICY, location, key, "no rule in force has the id \"" + pattern + "\""
                    + ClosestName.hint(pattern, ids) + "; list the rules with 'meshgov rules'"));
        }
    }

    /** Locked: no other layer may disable the rule, lower its severity, or enforce it less strictly. */
    private static void checkLocked(GovernancePolicy policy, PolicyLayer locking, RuleDescription rule,
                                    List<Problem> problems) {
        Enforcement locked = Enforcement.SOFT_MANDATORY;
        for (EnforcementStage stage : locking.enforcement()) {
            if (stage.concerns(rule.id())) {
                locked = stage.until() == null ? stage.level() : stage.then();
            }
        }
        String why = ", which layer " + locking.name() + " locked (" + locking.location() + ")";
        for (PolicyLayer layer : policy.layers()) {
            if (layer == locking) {
                continue;
            }
            for (RuleOverride override : layer.overrides()) {
                if (!override.concerns(rule.id())) {
                    continue;
                }
                if (override.disabled()) {
                    problems.add(Problem.error(Code.POLICY, override.location(), "overrides", "layer " + layer.name()
                            + " disables "
                            + rule.id() + why + "; a locked rule can be made stricter, never turned off"));
                } else if (override.severity().compareTo(rule.severity()) > 0) {
                    problems.add(Problem.error(Code.POLICY, override.location(), "overrides", "layer " + layer.name()
                            + " lowers "
                            + rule.id() + " from " + rule.severity() + " to " + override.severity() + why
                            + "; a locked rule can be made stricter, never weaker"));
                }
            }
            for (EnforcementStage stage : layer.enforcement()) {
                if (!stage.concerns(rule.id())) {
                    continue;
                }
                Enforcement weakest = stage.then() != null && stage.then().compareTo(stage.level()) < 0
                        ? stage.then() : stage.level();
                if (weakest.compareTo(locked) < 0) {
                    problems.add(Problem.error(Code.POLICY, stage.location(), "enforcement", "layer " + layer.name()
                            + " enforces "
                            + rule.id() + " as " + weakest.label() + why + " as " + locked.label()
                            + "; a locked rule can be enforced more strictly, never less"));
                }
            }
        }
    }
}
