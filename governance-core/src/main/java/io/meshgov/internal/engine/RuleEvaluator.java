package io.meshgov.internal.engine;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.meshgov.internal.policy.Reported;
import io.meshgov.Problem;
import io.meshgov.conventions.Conventions;
import io.meshgov.model.Descriptor;
import io.meshgov.policy.EvaluationLimits;
import io.meshgov.policy.RuleDescription;
import io.meshgov.policy.RulePack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Evaluates descriptors against the compiled rule packs, kept in compartments: the trusted layers' packs share
 * one knowledge base, and each restricted layer has its own, with sessions of its own. A restricted layer's rules
 * therefore cannot see, change or remove the facts and findings of another layer, and its conditions run only on
 * the descriptors its layer applies to. Thread-safe.
 */
@API(status = INTERNAL)
public final class RuleEvaluator {

    /** Reserved id of the finding that reports a rule failing at run time. */
    public static final String RULE_FAILURE_ID = "ENGINE-001";
    /** Reserved id of the finding that reports an evaluation stopped by its limits. */
    public static final String INCOMPLETE_ID = "ENGINE-002";

    private final List<Compartment> compartments;
    private final List<RuleDescription> rules;

    /** What the cache of compiled packs could not do, said once per engine. */
    private final List<Problem> cacheWarnings;

    private RuleEvaluator(List<Compartment> compartments, List<RulePack> packs, List<Problem> cacheWarnings) {
        this.compartments = List.copyOf(compartments);
        this.cacheWarnings = List.copyOf(cacheWarnings);
        if (compartments.size() == 1) {
            this.rules = compartments.get(0).ruleSet().rules();
        } else {
            List<RuleDescription> inLayerOrder = new ArrayList<>();
            for (RulePack pack : packs) {
                for (Compartment compartment : compartments) {
                    for (RuleDescription rule : compartment.ruleSet().rules()) {
                        if (rule.pack().equals(pack.name())) {
                            inLayerOrder.add(rule);
                        }
                    }
                }
            }
            this.rules = List.copyOf(inLayerOrder);
        }
    }

    /**
     * Compiles the packs, in layer order; {@code restrictedLayerOfPack} names the restricted layer of each pack that
     * is in one (the others are trusted). Throws {@link io.meshgov.RuleCompilationException} listing every problem,
     * including every call a restricted layer may not make. {@code settings} (the conventions, as text) go into the
     * fingerprint with the rule files: both decide.
     */
    public static RuleEvaluator compile(List<RulePack> packs, Map<String, String> restrictedLayerOfPack,
                                        String settings, ClassLoader classLoader, EvaluationLimits limits,
                                        java.nio.file.Path packCache) {
        List<Compartment> compartments = new ArrayList<>();
        PackCache cache = packCache == null ? null : new PackCache(packCache);
        for (CompiledRuleSet ruleSet : RuleSetCompiler.compile(packs, restrictedLayerOfPack, settings, classLoader,
                cache)) {
            compartments.add(new Compartment(ruleSet, limits));
        }
        String unsafe = packCache == null ? null : PackCache.unsafeFolder(packCache);
        List<Problem> cacheWarnings = unsafe == null ? List.of() : List.of(Problem.warning(Problem.Code.FILE,
                io.meshgov.SourceLocation.startOf(packCache.toString()), "", unsafe + ", so compiled rule packs are"
                        + " neither kept nor loaded there; make it writable by its owner alone (chmod go-w)"));
        return new RuleEvaluator(compartments, packs, cacheWarnings);
    }

    public List<RuleDescription> rules() {
        return rules;
    }

    /** {@code sha256:} of the packs' files and of {@code settings}: what an engine's decisions carry. */
    public static String fingerprint(List<RulePack> packs, String settings) {
        return RuleSetCompiler.fingerprint(packs, settings);
    }

    public String fingerprint() {
        return compartments.get(0).ruleSet().fingerprint();
    }

    public List<Problem> warnings() {
        List<Problem> warnings = new ArrayList<>(cacheWarnings);
        compartments.forEach(compartment -> warnings.addAll(compartment.ruleSet().warnings()));
        return warnings;
    }

    /** Whether no rule file was compiled for this evaluator: every pack was loaded as compiled ahead or cached. */
    public boolean precompiled() {
        return compartments.stream().allMatch(compartment -> compartment.ruleSet().precompiled());
    }

    /**
     * The findings of the rules on one descriptor, as the rules declare them (no policy applied yet).
     * {@code conventions} are the rules' {@code conventions} global and a fact; {@code context} are further facts
     * (the date, known contracts); only the rules of {@code packs} fire, or every rule when {@code packs} is
     * {@code null}. A compartment none of whose packs apply is not run at all. {@code content}: whether the
     * descriptor's elements are inserted as facts (not for a removal, judged by its {@code Removal} fact alone).
     */
    public List<Reported> findings(Descriptor descriptor, Conventions conventions, List<Object> context,
                                  Set<String> packs, boolean content) {
        if (compartments.size() == 1) {
            return compartments.get(0).findings(descriptor, conventions, context, packs, content);
        }
        List<Reported> findings = new ArrayList<>();
        for (Compartment compartment : compartments) {
            if (packs == null || packs.containsAll(compartment.packNames())) {
                findings.addAll(compartment.findings(descriptor, conventions, context, null, content));
            } else if (compartment.packNames().stream().anyMatch(packs::contains)) {
                findings.addAll(compartment.findings(descriptor, conventions, context, packs, content));
            }
        }
        return findings;
    }
}
