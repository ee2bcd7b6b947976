package io.meshgov.internal.engine;

import io.meshgov.internal.policy.Reported;
import io.meshgov.conventions.Conventions;
import io.meshgov.decision.Severity;
import io.meshgov.model.Descriptor;
import io.meshgov.policy.EvaluationLimits;
import io.meshgov.policy.RuleDescription;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import io.meshgov.internal.engine.CurrentRuleListener.EvaluationStopped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.base.base.ClassObjectType;
import org.drools.base.rule.consequence.ConsequenceException;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.modelcompiler.constraints.ConstraintEvaluationException;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Evaluates descriptors against one compiled rule set: the trusted layers' packs together, or one restricted
 * layer's. Thread-safe: each call takes a reset session from a pool and sets its own findings collector and
 * conventions as that session's globals; what happens in one compartment's session never reaches another's.
 */
final class Compartment {

    /** How Drools names the rule of a failing condition: {@code ... in [Rule "META-001 ..." in ...]}. */
    private static final java.util.regex.Pattern RULE_NAME = java.util.regex.Pattern.compile("Rule \"([^\"]+)\"");

    private final CompiledRuleSet ruleSet;
    private final KieSessionsPool sessions;
    private final CurrentRuleListener listener = new CurrentRuleListener();
    private final CurrentRuleListener.Inserts inserts = new CurrentRuleListener.Inserts();
    /**
     * Each rule's description and pack, by the rule object Drools hands to a firing match: looked up on every
     * firing, where building the {@code package/name} key each time would cost a string per match.
     */
    private final Map<Rule, RuleDescription> descriptionOfRule = new IdentityHashMap<>();
    private final Map<Rule, String> packOfRule = new IdentityHashMap<>();
    /** Whether any rule matches facts of a class: facts no pattern can match are not inserted (Description, Team). */
    private final ClassValue<Boolean> matched;
    /** Whether the rules ask the conventions through the global (the standard pack does: no join per pattern). */
    private final boolean declaresConventions;

    private final EvaluationLimits limits;

    /** The names of the packs whose rules this compartment holds. */
    private final Set<String> packNames;

    Compartment(CompiledRuleSet ruleSet, EvaluationLimits limits) {
        this.packNames = Set.copyOf(ruleSet.packByRule().values());
        this.ruleSet = ruleSet;
        this.limits = limits;
        // Sessions are reset and reused rather than created for each descriptor: a new session allocates the
        // memory of every node of the network again.
        // Sessions stay thread-safe: ThreadSafeOption.NO allocated 1.2 KB less per evaluation but lost findings under
        // concurrent evaluations, although the pool hands a session to one thread at a time (governance-benchmarks'
        // RESULTS.md).
        this.sessions = ruleSet.kieBase().newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        for (KiePackage kiePackage : ruleSet.kieBase().getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                String key = FindingCollector.ruleKey(rule.getPackageName(), rule.getName());
                RuleDescription description = ruleSet.rulesByName().get(key);
                if (description != null) {
                    descriptionOfRule.put(rule, description);
                }
                String pack = ruleSet.packByRule().get(key);
                if (pack != null) {
                    packOfRule.put(rule, pack);
                }
            }
        }
        List<Class<?>> matchedTypes = new ArrayList<>();
        for (ObjectTypeNode node : ((InternalRuleBase) ruleSet.kieBase()).getRete().getObjectTypeNodes()) {
            if (node.getObjectType() instanceof ClassObjectType type) {
                matchedTypes.add(type.getClassType());
            }
        }
        this.declaresConventions = ((InternalRuleBase) ruleSet.kieBase()).getGlobals()
                .containsKey(DrlChecker.CONVENTIONS_GLOBAL);
        this.matched = new ClassValue<>() {
            @Override
            protected Boolean computeValue(Class<?> factType) {
                return matchedTypes.stream().anyMatch(type -> type.isAssignableFrom(factType));
            }
        };
    }

    CompiledRuleSet ruleSet() {
        return ruleSet;
    }

    Set<String> packNames() {
        return packNames;
    }

    /**
     * The findings of the rules on one descriptor, as the rules declare them (no policy applied yet).
     * {@code conventions} are the rules' {@code conventions} global and a fact; {@code context} are further facts
     * (the date, known contracts); only the rules of {@code packs} fire, or every rule when {@code packs} is
     * {@code null}.
     */
    List<Reported> findings(Descriptor descriptor, Conventions conventions, List<Object> context,
                                  Set<String> packs, boolean content) {
        FindingCollector collector = new FindingCollector(descriptor.origin(), descriptionOfRule, limits.maxFirings(),
                limits.maxAllocatedBytes());
        KieSession session = sessions.newKieSession();
        CurrentRuleListener.CURRENT.set(collector);
        EvaluationWatchdog.Watch watch = EvaluationWatchdog.watch(session,
                System.nanoTime() + limits.timeBudget().toNanos());
        Throwable failure = null;
        boolean pastBudget;
        try {
            if (session.getAgendaEventListeners().isEmpty()) {
                session.addEventListener(listener);
                session.addEventListener(inserts);
            }
            if (ruleSet.declaresFindings()) {
                session.setGlobal(DrlChecker.FINDINGS_GLOBAL, collector);
            }
            if (declaresConventions) {
                session.setGlobal(DrlChecker.CONVENTIONS_GLOBAL, conventions);
            }
            if (content) {
                descriptor.forEachElement(element -> {
                    if (matched.get(element.getClass())) {
                        session.insert(element);
                    }
                });
            }
            if (matched.get(Conventions.class)) {
                session.insert(conventions);
            }
            for (Object fact : context) {
                session.insert(fact);
            }
            if (packs == null) {
                session.fireAllRules();
            } else {
                session.fireAllRules(match -> packs.contains(packOfRule.get(match.getRule())));
            }
        } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
            failure = e;
        } catch (OutOfMemoryError e) {
            // The memory a rule took is this evaluation's: dropped with its session, it is the rule's failure, not
            // the host's. (Other evaluations may have met the shortage too; each reports its own.)
            failure = e;
        } finally {
            pastBudget = watch.finish(); // once, whatever happened: a watch left behind would interrupt this thread later
            CurrentRuleListener.CURRENT.remove();
        }
        EvaluationStopped stopped = stoppedBy(failure);
        boolean pastFiringLimit = collector.pastFiringLimit();
        if (failure == null && !pastBudget && !pastFiringLimit) {
            session.dispose(); // back to the pool, reset
            return collector.findings();
        }
        // A rule that failed or ran away must not let a descriptor through: reject, say which rule, and never reuse
        // the session it broke.
        session.destroy();
        List<Reported> findings = new ArrayList<>(collector.findings());
        if (stopped != null) {
            findings.add(incomplete(descriptor, "the evaluation stopped: " + stopped.getMessage()
                    + blame(collector.currentRule(), " while rule %s was running")));
        } else if (failure instanceof OutOfMemoryError) {
            findings.add(incomplete(descriptor, "the evaluation stopped: the process ran out of memory"
                    + blame(collector.currentRule(), " while rule %s was running")));
        } else if (pastFiringLimit) {
            findings.add(incomplete(descriptor, "the evaluation stopped after " + String.format(java.util.Locale.ROOT,
                    "%,d", limits.maxFirings()) + " rule firings, its limit" + mostFired(collector.mostFired())));
        } else if (pastBudget) {
            findings.add(incomplete(descriptor, "the evaluation stopped past its time budget of "
                    + describe(limits.timeBudget()) + blame(collector.currentRule(), " while rule %s was running")));
        } else if (failure instanceof RuntimeException runtime) {
            findings.add(ruleFailure(descriptor, blamed(runtime, collector), runtime));
        } else if (failure instanceof StackOverflowError) {
            findings.add(incomplete(descriptor, "the evaluation stopped: " + culprit(blamed(failure, collector))
                    + " recursed until the stack ran out"));
        } else {
            findings.add(incomplete(descriptor, "the evaluation stopped: " + culprit(blamed(failure, collector))
                    + " failed with " + failure.getClass().getSimpleName()));
        }
        return findings;
    }

    /** The limit that stopped the evaluation, wherever Drools wrapped it; {@code null} for any other failure. */
    private static EvaluationStopped stoppedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof EvaluationStopped stopped) {
                return stopped;
            }
        }
        return null;
    }

    /**
     * The rule a failure belongs to: the one whose condition failed, as Drools names it, or whose consequence
     * failed; else the rule that was firing. A failing condition is evaluated while facts are inserted or while
     * another rule's consequence changes them, so the rule that fired last is not the culprit.
     */
    private RuleDescription blamed(Throwable failure, FindingCollector collector) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConsequenceException consequence && consequence.getRule() != null) {
                RuleDescription rule = ruleSet.rulesByName().get(FindingCollector.ruleKey(
                        consequence.getRule().getPackageName(), consequence.getRule().getName()));
                if (rule != null) {
                    return rule;
                }
            }
            if (cause instanceof ConstraintEvaluationException && cause.getMessage() != null) {
                java.util.regex.Matcher name = RULE_NAME.matcher(cause.getMessage());
                if (name.find()) {
                    String suffix = FindingCollector.ruleKey("", name.group(1));
                    for (Map.Entry<String, RuleDescription> rule : ruleSet.rulesByName().entrySet()) {
                        if (rule.getKey().endsWith(suffix)) {
                            return rule.getValue();
                        }
                    }
                }
                return null; // a condition failed, but whose is not known: never blame the last rule fired
            }
        }
        return collector.currentRule();
    }

    private static String describe(java.time.Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static String mostFired(List<RuleDescription> rules) {
        if (rules.isEmpty()) {
            return "";
        }
        List<String> named = rules.stream().map(rule -> rule.id() + " (" + rule.location() + ")").toList();
        return rules.size() == 1 ? "; rule " + named.get(0) + " fired most of them"
                : "; rules " + String.join(" and ", named) + " fired most of them, in turn";
    }

    /** {@code rule DEEP-001 (deep.drl:17:1)}, or {@code a rule} when which one is not known. */
    private static String culprit(RuleDescription rule) {
        return rule == null ? "a rule" : "rule " + rule.id() + " (" + rule.location() + ")";
    }

    /** {@code format} with the rule's id and location in it, or nothing when the rule is not known. */
    private static String blame(RuleDescription rule, String format) {
        return rule == null ? "" : String.format(java.util.Locale.ROOT, format, rule.id() + " (" + rule.location() + ")");
    }

    private static Reported incomplete(Descriptor descriptor, String message) {
        return new Reported(RuleEvaluator.INCOMPLETE_ID, Severity.ERROR, "The evaluation did not finish",
                message + "; the decision is incomplete", "", descriptor.origin().locate(""),
                "This is a defect in the rule, not in the descriptor: a rule that keeps triggering itself (an update"
                        + " or insert in its consequence that matches it again), inserts without end, or waits. Send"
                        + " this message to the rule pack's owners. The descriptor stays rejected until the rule is"
                        + " fixed.", "", "");
    }

    private static Reported ruleFailure(Descriptor descriptor, RuleDescription rule, RuntimeException failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String which = rule == null ? "a rule's conditions" : "rule " + rule.id() + " (" + rule.location() + ")";
        String message = which + " failed on this descriptor: " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage().lines().findFirst().orElse(""));
        return new Reported(RuleEvaluator.RULE_FAILURE_ID, Severity.ERROR, "A rule failed while evaluating this descriptor",
                message, "", descriptor.origin().locate(""),
                "This is a defect in the rule, not in the descriptor: send this message to the rule pack's owners. "
                        + "The descriptor stays rejected until the rule is fixed, so a broken rule never lets data "
                        + "through unchecked.", "", "");
    }
}
