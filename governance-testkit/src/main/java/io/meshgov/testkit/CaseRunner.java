package io.meshgov.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.MeshgovException;
import io.meshgov.decision.Decision;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.model.Descriptor;
import io.meshgov.policy.RuleDescription;
import io.meshgov.policy.RulePack;
import io.meshgov.read.ConventionsReader;
import io.meshgov.read.DescriptorReader;
import io.meshgov.read.PolicyReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Runs policy cases against rule packs with a real engine. The packs are compiled once (and each policy file once),
 * since compiling is the expensive part; every case's date and conventions are applied to that engine. Not
 * thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class CaseRunner {

    private final List<RulePack> packs;
    private final Path compiledPackCache;
    private final ClassLoader packLoader;
    private final Map<String, GovernanceEngine> engines = new HashMap<>();
    /** The compiled engine reading each conventions file the cases name, read once. */
    private final Map<Path, GovernanceEngine> readConventions = new HashMap<>();

    public CaseRunner(List<RulePack> packs) {
        this(packs, null);
    }

    /**
     * Runs cases against {@code packs}, keeping them compiled in {@code compiledPackCache} (see
     * {@link GovernanceEngine.Builder#compiledPackCache}); {@code null} keeps nothing.
     */
    public CaseRunner(List<RulePack> packs, Path compiledPackCache) {
        this(packs, compiledPackCache, null, false);
    }

    /**
     * As {@link #CaseRunner(List, Path)}, finding the knowledge bases a case's policy names ({@code kbase:}) through
     * {@code packLoader} — one that sees a council's published pack jars (since 0.2.0).
     */
    public CaseRunner(List<RulePack> packs, Path compiledPackCache, ClassLoader packLoader) {
        this(packs, compiledPackCache, Objects.requireNonNull(packLoader, "packLoader"), true);
    }

    /** {@code packLoader} is given, or {@code null} for meshgov's own, as the engine's builder has it. */
    private CaseRunner(List<RulePack> packs, Path compiledPackCache, ClassLoader packLoader, boolean given) {
        if (given != (packLoader != null)) {
            throw new IllegalArgumentException("packLoader");
        }
        this.compiledPackCache = compiledPackCache;
        this.packLoader = packLoader;
        this.packs = List.copyOf(packs);
        if (this.packs.isEmpty()) {
            throw new IllegalArgumentException("a case runner needs at least one rule pack");
        }
    }

    /**
     * The engine a case is judged by: the packs, compiled once, reading the case's conventions
     * ({@link GovernanceEngine#withConventions}) and judging as on the case's date ({@link GovernanceEngine#asOf}).
     */
    public GovernanceEngine engineFor(LocalDate date, Path conventions) {
        GovernanceEngine compiled = engines.computeIfAbsent("packs", key -> {
            GovernanceEngine.Builder builder = GovernanceEngine.builder();
            packs.forEach(builder::rulePack);
            return cached(builder);
        });
        GovernanceEngine reading = conventions == null ? compiled : readConventions.computeIfAbsent(
                conventions.toAbsolutePath().normalize(), file -> compiled.withConventions(ConventionsReader.read(conventions)));
        return reading.asOf(date);
    }

    /** The engine of a case with a policy file: the policy's layers, compiled once, judging as on the case's date. */
    public GovernanceEngine engineFor(LocalDate date, Path conventions, Path policy) {
        if (policy == null) {
            return engineFor(date, conventions);
        }
        return engines.computeIfAbsent("policy " + policy.toAbsolutePath().normalize(), key ->
                cached(packLoader == null ? GovernanceEngine.builder().policy(PolicyReader.read(policy))
                        : GovernanceEngine.builder().classLoader(packLoader).policy(PolicyReader.read(policy, packLoader))))
                .asOf(date);
    }

    private GovernanceEngine cached(GovernanceEngine.Builder builder) {
        return compiledPackCache == null ? builder.build() : builder.compiledPackCache(compiledPackCache).build();
    }

    /** The rules in force, as the cases see them. */
    public List<RuleDescription> rules() {
        return engineFor(PolicyCases.DEFAULT_DATE, null).rules();
    }

    public CaseResult run(PolicyCase policyCase) {
        Objects.requireNonNull(policyCase, "policyCase");
        try {
            GovernanceEngine engine = engineFor(policyCase.date(), policyCase.conventions(), policyCase.policy());
            Descriptor descriptor = DescriptorReader.read(policyCase.descriptor());
            if (!policyCase.catalog().isEmpty()) {
                List<Descriptor> mesh = new java.util.ArrayList<>(policyCase.catalog().stream()
                        .map(DescriptorReader::read).toList());
                if (!policyCase.deleted()) {
                    mesh.add(descriptor);
                }
                engine = engine.withCatalog(io.meshgov.mesh.Catalog.of(mesh));
            }
            Decision decision;
            if (policyCase.deleted()) {
                decision = engine.evaluateRemoval(descriptor);
            } else if (!policyCase.previous().isEmpty()) {
                decision = engine.evaluateChange(policyCase.previous().stream().map(DescriptorReader::read).toList(),
                        descriptor);
            } else {
                decision = engine.evaluate(descriptor, policyCase.known().stream().map(DescriptorReader::read).toList());
            }
            return CaseResult.of(policyCase, decision);
        } catch (MeshgovException e) {
            return new CaseResult(policyCase, null, java.util.Set.of(), e.getMessage());
        }
    }

    /**
     * Runs every case; the report's rules are those the cases were judged by: the packs' (when a case has no policy
     * of its own) and those of each policy a case names, so a council's own rules count for coverage too.
     */
    public CaseReport runAll(List<PolicyCase> cases) {
        List<CaseResult> results = new ArrayList<>();
        cases.forEach(policyCase -> results.add(run(policyCase)));
        java.util.Map<String, RuleDescription> rules = new java.util.LinkedHashMap<>();
        if (cases.isEmpty() || cases.stream().anyMatch(policyCase -> policyCase.policy() == null)) {
            rules().forEach(rule -> rules.putIfAbsent(rule.id(), rule));
        }
        for (Path policy : cases.stream().map(PolicyCase::policy).filter(Objects::nonNull).distinct().toList()) {
            try {
                engineFor(PolicyCases.DEFAULT_DATE, null, policy).rules().forEach(rule -> rules.putIfAbsent(rule.id(), rule));
            } catch (MeshgovException e) {
                // the policy's cases already failed, each saying why
            }
        }
        return new CaseReport(results, List.copyOf(rules.values()));
    }
}
