package io.meshgov.engine;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.internal.policy.Reported;
import io.meshgov.ConfigurationException;
import io.meshgov.Problem;
import io.meshgov.SourceLocation;
import io.meshgov.conventions.Conventions;
import io.meshgov.decision.Decision;
import io.meshgov.evolution.Change;
import io.meshgov.evolution.CompatibilityMode;
import io.meshgov.evolution.VersionBump;
import io.meshgov.evolution.VersionChange;
import io.meshgov.internal.engine.MeshFacts;
import io.meshgov.internal.engine.RuleEvaluator;
import io.meshgov.internal.evolution.ContractDiffer;
import io.meshgov.internal.policy.PolicyEffects;
import io.meshgov.mesh.Catalog;
import io.meshgov.model.DataContract;
import io.meshgov.model.Descriptor;
import io.meshgov.model.Evaluation;
import io.meshgov.model.KnownContract;
import io.meshgov.policy.Baseline;
import io.meshgov.policy.EvaluationLimits;
import io.meshgov.policy.GovernancePolicy;
import io.meshgov.policy.PolicyLayer;
import io.meshgov.policy.RuleDescription;
import io.meshgov.policy.RulePack;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Judges data contracts and data products against a council's rules. Build it once — that compiles every rule
 * file and reports all problems together — then evaluate as many descriptors as you like, from any number of
 * threads.
 *
 * <pre>{@code
 * GovernanceEngine engine = GovernanceEngine.builder()
 *         .rulePack(StandardRules.pack())
 *         .rulePack(RulePack.fromDirectory(Path.of("rules/payments")))
 *         .build();
 * Decision decision = engine.evaluate(DescriptorReader.read(Path.of("orders.odcs.yaml")));
 * }</pre>
 */
@API(status = STABLE, since = "0.1.0")
public final class GovernanceEngine {

    private final List<RulePack> packs;
    private final RuleEvaluator evaluator;
    private final Conventions conventions;
    private final Clock clock;
    /** The clock's zone rules, looked up once: {@code LocalDate.now(clock)} builds them anew for a fixed offset. */
    private final ZoneRules clockZoneRules;
    /** The day {@link #today()} last answered (any thread's: a date is immutable). */
    private volatile LocalDate lastDay = LocalDate.EPOCH;
    private final GovernancePolicy policy;
    /** Whether the builder was given a policy (rather than one layer per pack). */
    private final boolean policyGiven;
    private final Baseline baseline;
    private final PolicyEffects effects;
    private final String fingerprint;
    private final List<EvaluationListener> listeners;
    private final Catalog catalog;

    private GovernanceEngine(Builder builder, List<RulePack> packs) {
        this.packs = packs;
        this.conventions = builder.conventions;
        this.clock = builder.clock;
        this.clockZoneRules = clock.getZone().getRules();
        this.policy = builder.policy != null ? builder.policy : PolicyEffects.layersOf(packs);
        this.policyGiven = builder.policy != null;
        this.baseline = builder.baseline;
        this.listeners = List.copyOf(builder.listeners);
        this.catalog = Catalog.empty();
        String settings = settings(conventions);
        EvaluationLimits limits = builder.evaluationLimits != null ? builder.evaluationLimits
                : builder.policy != null ? builder.policy.evaluationLimits() : EvaluationLimits.defaults();
        java.util.Map<String, String> restricted = new java.util.HashMap<>();
        for (PolicyLayer layer : policy.layers()) {
            if (!layer.trusted()) {
                layer.packs().forEach(pack -> restricted.put(pack.name(), layer.name()));
            }
        }
        try {
            this.evaluator = RuleEvaluator.compile(packs, restricted, settings, builder.classLoader, limits,
                    builder.compiledPackCache);
        } catch (io.meshgov.RuleCompilationException e) {
            throw PolicyEffects.placedAtTheirLayers(e, policy);
        }
        this.effects = PolicyEffects.of(policy, packs, evaluator.rules(), conventions, builder.baseline);
        this.fingerprint = evaluator.fingerprint();
    }

    /** What, besides the rule files, decides: the conventions, and the policy and baseline when given. */
    private String settings(Conventions rulesConventions) {
        return !policyGiven && baseline == null ? rulesConventions.toString()
                : rulesConventions + "\n" + PolicyEffects.settings(policy, baseline);
    }

    /**
     * The same compiled engine, dating its evaluations by {@code clock}, reading {@code conventions} and knowing the
     * mesh {@code catalog} holds.
     */
    private GovernanceEngine(GovernanceEngine compiled, Clock clock, Conventions conventions, Catalog catalog) {
        this.packs = compiled.packs;
        this.evaluator = compiled.evaluator;
        this.conventions = conventions;
        this.clock = clock;
        this.clockZoneRules = clock.getZone().getRules();
        this.policy = compiled.policy;
        this.policyGiven = compiled.policyGiven;
        this.baseline = compiled.baseline;
        this.listeners = compiled.listeners;
        this.catalog = catalog;
        if (conventions == compiled.conventions) {
            this.effects = compiled.effects;
            this.fingerprint = compiled.fingerprint;
        } else {
            this.effects = PolicyEffects.of(policy, packs, evaluator.rules(), conventions, baseline);
            this.fingerprint = RuleEvaluator.fingerprint(packs, settings(conventions));
        }
    }

    /**
     * This engine — the same rules, conventions and policy, nothing compiled again — judging as on {@code date}:
     * deadlines, notice periods, waivers' expiry and lifecycle dates are read against it. One compiled engine
     * serves every date (a test suite's cases, a {@code --as-of} run); both engines may be used at once.
     */
    public GovernanceEngine asOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new GovernanceEngine(this, Clock.fixed(date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                java.time.ZoneOffset.UTC), conventions, catalog);
    }

    /**
     * This engine — the same rules and policy, nothing compiled again — with its rules reading {@code conventions}
     * (a policy layer's own conventions still apply on top). Decisions carry the fingerprint of the new
     * conventions. One compiled engine serves every council's conventions (a test suite's cases); both engines
     * may be used at once.
     *
     * @throws io.meshgov.ConfigurationException when a policy layer's conventions do not fit over these
     */
    public GovernanceEngine withConventions(Conventions conventions) {
        Objects.requireNonNull(conventions, "conventions");
        return new GovernanceEngine(this, clock, conventions, catalog);
    }

    /**
     * This engine — the same rules, conventions and policy, nothing compiled again — judging each descriptor as part
     * of the mesh {@code catalog} holds: a data product learns whether the contracts it consumes exist and are still
     * served, a data contract who consumes it (and so whom a breaking change or a deletion reaches), and a
     * descriptor whether another shares its id (the rules of {@code docs/mesh.md}). With {@link Catalog#empty()},
     * none of that is judged: unknown is not missing. Both engines may be used at once.
     */
    public GovernanceEngine withCatalog(Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        return new GovernanceEngine(this, clock, conventions, catalog);
    }

    /** The mesh this engine judges descriptors in; {@link Catalog#empty()} unless given one. */
    public Catalog catalog() {
        return catalog;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The decision on one descriptor. A descriptor that breaks rules gives a decision with findings, never an
     * exception; a rule that fails at run time gives a rejected decision naming the rule ({@code ENGINE-001}).
     */
    public Decision evaluate(Descriptor descriptor) {
        return evaluate(descriptor, List.of());
    }

    /**
     * The decision on one descriptor, knowing other descriptors: the data contracts among them are offered to the
     * rules as {@link KnownContract}s (so a data product's rules can compare its outputs with its inputs). A batch
     * ({@code BatchEvaluator}) offers a data product the contracts its ports name, and a data contract none.
     */
    public Decision evaluate(Descriptor descriptor, Collection<? extends Descriptor> known) {
        Objects.requireNonNull(descriptor, "descriptor");
        return judge(descriptor, known, rulesConventions -> List.of(), true);
    }

    /**
     * The decision on a proposed version against the previous one: every rule that judges a descriptor, plus the
     * evolution rules, which classify each {@link Change} as breaking, additive or patch-level under the
     * contract's {@link CompatibilityMode} and check that the version moved accordingly.
     */
    public Decision evaluateChange(Descriptor previous, Descriptor proposed) {
        return evaluateChange(List.of(previous), proposed);
    }

    /**
     * As {@link #evaluateChange(Descriptor, Descriptor)}, against a history of earlier versions, oldest first:
     * the version bump is judged against the latest, and a TRANSITIVE mode compares with every one of them.
     */
    public Decision evaluateChange(List<? extends Descriptor> history, Descriptor proposed) {
        Objects.requireNonNull(proposed, "proposed");
        if (history.isEmpty()) {
            throw new IllegalArgumentException("evaluateChange needs at least one earlier version");
        }
        Descriptor latest = history.get(history.size() - 1);
        for (Descriptor earlier : history) {
            if (earlier.kind() != proposed.kind()) {
                throw new IllegalArgumentException("cannot compare a " + earlier.kind().kindName() + " ("
                        + earlier.origin().source() + ") with a " + proposed.kind().kindName() + " ("
                        + proposed.origin().source() + ")");
            }
        }
        return judge(proposed, List.of(), rulesConventions -> {
            CompatibilityMode mode = rulesConventions.compatibilityOf(proposed);
            List<Object> changes = new ArrayList<>();
            for (Descriptor earlier : mode.isTransitive() ? history : List.of(latest)) {
                changes.addAll(ContractDiffer.diff(earlier, proposed, rulesConventions));
            }
            changes.add(new VersionChange(latest.version(), proposed.version(),
                    VersionBump.between(latest.version(), proposed.version()), mode, latest.status(),
                    rulesConventions.settings().requireDeprecationBeforeBreaking()));
            return changes;
        }, true);
    }

    /**
     * The decision on deleting a descriptor, {@code removed} being its last version: only rules about removals fire
     * (they match the {@link io.meshgov.evolution.Removal} fact; the standard pack's ask that a descriptor in use be
     * deprecated before it goes), never the rules about a descriptor's content, which nobody will read again.
     */
    public Decision evaluateRemoval(Descriptor removed) {
        Objects.requireNonNull(removed, "removed");
        return judge(removed, List.of(), rulesConventions -> List.of(new io.meshgov.evolution.Removal(removed)), false);
    }

    /**
     * Every difference from {@code previous} to {@code proposed}, unclassified: what changed, not what it breaks.
     *
     * @throws io.meshgov.ConfigurationException when the policy layers that judge {@code proposed} set conventions
     *                                           that do not fit together (see POLICY-003)
     */
    public List<Change> diff(Descriptor previous, Descriptor proposed) {
        PolicyEffects.Plan plan = effects.planFor(proposed);
        if (plan.conflict() != null) {
            throw new ConfigurationException(List.of(Problem.error(Problem.Code.POLICY,
                    SourceLocation.startOf(policy.source().isEmpty() ? "policy" : policy.source()), "layers",
                    "the conventions of the layers that judge " + proposed.origin().source()
                            + " do not fit together: " + plan.conflict().getMessage())));
        }
        return ContractDiffer.diff(previous, proposed, plan.conventions());
    }

    /**
     * Every evaluation goes through here: the policy layers that apply to the descriptor choose the packs that
     * fire and the conventions they read; the policy then decides each finding's effect.
     */
    private Decision judge(Descriptor descriptor, Collection<? extends Descriptor> known,
                           Function<Conventions, List<Object>> moreFacts, boolean content) {
        if (listeners.isEmpty()) {
            return decide(descriptor, known, moreFacts, content);
        }
        long started = System.nanoTime();
        Decision decision = decide(descriptor, known, moreFacts, content);
        java.time.Duration took = java.time.Duration.ofNanos(System.nanoTime() - started);
        for (EvaluationListener listener : listeners) {
            listener.evaluated(this, descriptor, decision, took);
        }
        return decision;
    }

    /** {@code content}: whether the descriptor's elements are facts (every evaluation but a removal's). */
    private Decision decide(Descriptor descriptor, Collection<? extends Descriptor> known,
                            Function<Conventions, List<Object>> moreFacts, boolean content) {
        PolicyEffects.Plan plan = effects.planFor(descriptor);   // once: layers, their conventions, their packs
        LocalDate date = today();
        if (!plan.runsRules()) {
            return plan.decide(List.of(), date, fingerprint);
        }
        Conventions rulesConventions = plan.conventions();
        List<Object> context = new ArrayList<>();
        context.add(new Evaluation(date));
        for (Descriptor other : known) {
            if (other instanceof DataContract contract && other != descriptor) {
                context.add(new KnownContract(contract));
            }
        }
        if (content) {
            context.addAll(descriptor.origin().deviations()); // the file's departures from its schema (IOP-011)
        }
        context.addAll(moreFacts.apply(rulesConventions));
        context.addAll(MeshFacts.of(descriptor, catalog, rulesConventions, content));
        List<Reported> findings = evaluator.findings(descriptor, rulesConventions, context, plan.packs(), content);
        return plan.decide(findings, date, fingerprint);
    }

    /**
     * The date this engine judges as: today by its clock, or the date given to {@link #asOf}. Deadlines, notice
     * periods and waivers' expiry are read against it.
     */
    public LocalDate today() {
        Instant now = clock.instant();
        long localSeconds = now.getEpochSecond() + clockZoneRules.getOffset(now).getTotalSeconds();
        long day = Math.floorDiv(localSeconds, 86_400);
        LocalDate last = lastDay; // the same day for thousands of evaluations: one date, not one each
        if (last.toEpochDay() != day) {
            last = LocalDate.ofEpochDay(day);
            lastDay = last;
        }
        return last;
    }

    /**
     * Whether no rule file was compiled to build this engine: every pack was loaded as compiled when it was built
     * (the standard pack, a pack jar made with {@code RulePackCompiler}) or by an earlier engine
     * ({@link Builder#compiledPackCache}).
     */
    public boolean rulesCompiledAhead() {
        return evaluator.precompiled();
    }

    /** What building found worth tidying in the rule files without stopping the engine, such as a package that does not match its folder. */
    public List<io.meshgov.Problem> warnings() {
        return evaluator.warnings();
    }

    /** The conventions the rules read, before any policy layer sets its own. */
    public Conventions conventions() {
        return conventions;
    }

    /** The governance policy in force: the builder's, or one layer per rule pack when none was given. */
    public GovernancePolicy policy() {
        return policy;
    }

    /** Every rule in force, in layer order then file order. */
    public List<RuleDescription> rules() {
        return evaluator.rules();
    }

    /** The rule packs in layer order. */
    public List<RulePack> rulePacks() {
        return packs;
    }

    /** {@code sha256:...} of every rule file and the conventions in force; decisions carry it. */
    public String fingerprint() {
        return fingerprint;
    }

    /**
     * Collects the rule packs of an engine, in layer order, and its settings. Each setting may be given once: a
     * second call throws {@link IllegalStateException} naming both values, rather than silently replacing the first.
     * Not thread-safe; the engine it builds is.
     */
    public static final class Builder {

        private final List<RulePack> packs = new ArrayList<>();
        private ClassLoader classLoader = GovernanceEngine.class.getClassLoader();
        private Conventions conventions = Conventions.defaults();
        private Clock clock = Clock.systemUTC();
        private GovernancePolicy policy;
        private Baseline baseline;
        private EvaluationLimits evaluationLimits;
        private java.nio.file.Path compiledPackCache;
        private final List<EvaluationListener> listeners = new ArrayList<>();
        /** Each setting and the value it was given: a second call would silently undo the first. */
        private final java.util.Map<String, Object> settings = new java.util.HashMap<>();

        private Builder() {
        }

        private <T> T once(String setting, T value) {
            Objects.requireNonNull(value, setting);
            Object earlier = settings.putIfAbsent(setting, value);
            if (earlier != null) {
                throw new IllegalStateException(setting + " is already set (to " + shown(earlier) + "); set it once,"
                        + " to " + shown(value) + " or to the earlier value");
            }
            return value;
        }

        private static String shown(Object value) {
            String text = String.valueOf(value);
            return text.length() <= 60 ? text : text.substring(0, 57) + "...";
        }

        /**
         * Builds the engine from a governance policy: its layers' rule packs, conventions, overrides, enforcement
         * levels, waivers and baseline. Rule packs then come from the policy only.
         */
        public Builder policy(GovernancePolicy policy) {
            once("policy", policy);
            if (!packs.isEmpty()) {
                throw new IllegalStateException("rule packs were already added; with a policy, name every pack in "
                        + "the policy's layers");
            }
            this.policy = policy;
            return this;
        }

        /** The findings accepted as they are (see {@link Baseline}); replaces the policy's baseline when it names one. */
        public Builder baseline(Baseline baseline) {
            this.baseline = once("baseline", baseline);
            return this;
        }

        /** Adds a pack as the next layer. */
        public Builder rulePack(RulePack pack) {
            Objects.requireNonNull(pack, "pack");
            if (policy != null) {
                throw new IllegalStateException("a policy was given; name the pack \"" + pack.name()
                        + "\" in one of its layers instead");
            }
            for (RulePack added : packs) {
                if (added.name().equals(pack.name())) {
                    throw new IllegalArgumentException("rule pack \"" + pack.name() + "\" was already added");
                }
            }
            packs.add(pack);
            return this;
        }

        /** The class loader that sees the fact types and functions the rules import; meshgov's own by default. */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = once("classLoader", classLoader);
            return this;
        }

        /** The council's conventions that rules read; {@link Conventions#defaults()} unless set. */
        public Builder conventions(Conventions conventions) {
            this.conventions = once("conventions", conventions);
            return this;
        }

        /**
         * How many rule firings and how much time one evaluation may take: unless set, the policy's
         * ({@code evaluation:}), else {@link EvaluationLimits#defaults()}; past either, the decision is rejected as
         * incomplete.
         */
        public Builder evaluationLimits(EvaluationLimits limits) {
            this.evaluationLimits = once("evaluationLimits", limits);
            return this;
        }

        /**
         * A folder where rule packs compiled for this engine are kept, so that the next engine built from the same
         * rule files — in this process or another — loads them in milliseconds instead of compiling them in
         * seconds. Kept per pack, keyed by the SHA-256 of its rule files and of the meshgov, Drools and JDK builds
         * (and of every class the rules import from elsewhere), at most 64 packs, least recently used removed
         * first. Packs compiled ahead need none. Unset: nothing is kept. The folder must be writable by this
         * process alone, or by users who may change the rules: what it holds is run as rules.
         */
        public Builder compiledPackCache(java.nio.file.Path folder) {
            this.compiledPackCache = once("compiledPackCache", folder);
            return this;
        }

        /**
         * Adds a listener told of this engine's build and of every decision it (and every engine made from it with
         * {@code asOf} or {@code withConventions}) makes, with timings; see {@link EvaluationListener}.
         */
        public Builder listener(EvaluationListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** The clock that dates evaluations ({@link Evaluation}); the system's UTC clock unless set. */
        public Builder clock(Clock clock) {
            this.clock = once("clock", clock);
            return this;
        }

        /**
         * Compiles every pack.
         *
         * @throws io.meshgov.RuleCompilationException listing every problem of every rule file (syntax, an id used
         *                                             twice or reserved, what a restricted layer may not do)
         * @throws io.meshgov.ConfigurationException   listing every problem of the policy against the rules (an
         *                                             unknown rule id, a locked rule weakened, a restricted layer's
         *                                             conventions loosening what the layers before it decide)
         * @throws IllegalStateException               when no rule pack was given
         */
        public GovernanceEngine build() {
            long started = System.nanoTime();
            if (policy != null) {
                List<RulePack> policyPacks = policy.layers().stream().flatMap(layer -> layer.packs().stream()).toList();
                if (policyPacks.isEmpty()) {
                    throw new IllegalStateException("the policy " + policy.source() + " names no rule pack in any layer");
                }
                return built(started, new GovernanceEngine(this, policyPacks));
            }
            if (packs.isEmpty()) {
                throw new IllegalStateException("add at least one rule pack, e.g. builder.rulePack(StandardRules.pack())");
            }
            return built(started, new GovernanceEngine(this, List.copyOf(packs)));
        }

        private GovernanceEngine built(long started, GovernanceEngine engine) {
            java.time.Duration took = java.time.Duration.ofNanos(System.nanoTime() - started);
            for (EvaluationListener listener : listeners) {
                listener.built(engine, took);
            }
            return engine;
        }
    }
}
