package io.meshgov.internal.engine;

import io.meshgov.conventions.Conventions;
import io.meshgov.engine.Finding;
import io.meshgov.engine.Provenance;
import io.meshgov.engine.RuleDescription;
import io.meshgov.engine.RulePack;
import io.meshgov.engine.Severity;
import io.meshgov.model.Descriptor;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.base.base.ClassObjectType;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Evaluates descriptors against a compiled rule set. Thread-safe: each call takes a reset session from a pool
 * and sets its own findings collector and conventions as that session's globals.
 */
public final class RuleEvaluator {

    /** Reserved id of the finding that reports a rule failing at run time. */
    public static final String RULE_FAILURE_ID = "ENGINE-001";

    private final CompiledRuleSet ruleSet;
    private final KieSessionsPool sessions;
    private final CurrentRuleListener listener = new CurrentRuleListener();
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

    private RuleEvaluator(CompiledRuleSet ruleSet) {
        this.ruleSet = ruleSet;
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

    /**
     * Compiles the packs, in layer order; throws {@link io.meshgov.RuleCompilationException} listing every problem.
     * {@code settings} (the conventions, as text) go into the fingerprint with the rule files: both decide.
     */
    public static RuleEvaluator compile(List<RulePack> packs, String settings, ClassLoader classLoader) {
        return new RuleEvaluator(RuleSetCompiler.compile(packs, settings, classLoader));
    }

    public List<RuleDescription> rules() {
        return ruleSet.rules();
    }

    public String fingerprint() {
        return ruleSet.fingerprint();
    }

    public List<io.meshgov.Problem> warnings() {
        return ruleSet.warnings();
    }

    public boolean precompiled() {
        return ruleSet.precompiled();
    }

    /**
     * The findings of the rules on one descriptor, as the rules declare them (no policy applied yet).
     * {@code conventions} are the rules' {@code conventions} global and a fact; {@code context} are further facts
     * (the date, known contracts); only the rules of {@code packs} fire, or every rule when {@code packs} is
     * {@code null}.
     */
    public List<Finding> findings(Descriptor descriptor, Conventions conventions, List<Object> context,
                                  Set<String> packs) {
        FindingCollector collector = new FindingCollector(descriptor.origin(), descriptionOfRule);
        List<Finding> findings;
        KieSession session = sessions.newKieSession();
        boolean reusable = true;
        try {
            if (session.getAgendaEventListeners().isEmpty()) {
                session.addEventListener(listener);
            }
            if (ruleSet.declaresFindings()) {
                session.setGlobal(DrlChecker.FINDINGS_GLOBAL, collector);
            }
            if (declaresConventions) {
                session.setGlobal(DrlChecker.CONVENTIONS_GLOBAL, conventions);
            }
            descriptor.forEachElement(element -> {
                if (matched.get(element.getClass())) {
                    session.insert(element);
                }
            });
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
            findings = collector.findings();
        } catch (RuntimeException e) {
            // A defect in a rule must not let a descriptor through: reject, and say which rule failed and why.
            reusable = false;
            findings = new ArrayList<>(collector.findings());
            findings.add(ruleFailure(descriptor, collector.currentRule(), e));
        } finally {
            if (reusable) {
                session.dispose(); // back to the pool, reset
            } else {
                session.destroy(); // a session a rule broke is not reused
            }
        }
        return findings;
    }

    private static Finding ruleFailure(Descriptor descriptor, RuleDescription rule, RuntimeException failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String which = rule == null ? "a rule's conditions" : "rule " + rule.id() + " (" + rule.location() + ")";
        String message = which + " failed on this descriptor: " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage().lines().findFirst().orElse(""));
        return new Finding(RULE_FAILURE_ID, Severity.ERROR, "A rule failed while evaluating this descriptor",
                message, "", descriptor.origin().locate(""),
                "This is a defect in the rule, not in the descriptor: send this message to the rule pack's owners. "
                        + "The descriptor stays rejected until the rule is fixed, so a broken rule never lets data "
                        + "through unchecked.", "", Provenance.of(Severity.ERROR, ""));
    }
}
