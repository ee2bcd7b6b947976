package io.meshgov.internal.policy;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.meshgov.ConfigurationException;
import io.meshgov.Problem;
import io.meshgov.RuleCompilationException;
import io.meshgov.SourceLocation;
import io.meshgov.conventions.Conventions;
import io.meshgov.conventions.ConventionsOverlay;
import io.meshgov.decision.Decision;
import io.meshgov.decision.Enforcement;
import io.meshgov.decision.Finding;
import io.meshgov.decision.Provenance;
import io.meshgov.decision.Severity;
import io.meshgov.model.Descriptor;
import io.meshgov.policy.Baseline;
import io.meshgov.policy.EnforcementStage;
import io.meshgov.policy.GovernancePolicy;
import io.meshgov.policy.PolicyLayer;
import io.meshgov.policy.RuleDescription;
import io.meshgov.policy.RuleOverride;
import io.meshgov.policy.RulePack;
import io.meshgov.policy.Scope;
import io.meshgov.policy.Waiver;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * What a governance policy does to the rules' findings — the one place every entry point (API, batch, command
 * line) goes through. Per descriptor: which layers apply, hence which packs' rules fire and which conventions
 * they read; per finding: overrides (disabled, severity), the enforcement level on the evaluation's date, waivers,
 * the baseline, and the provenance that records each of those.
 *
 * <p>An engine without a policy gets a policy of one layer per pack, applying everywhere: the same code, no
 * effects.
 */
@API(status = INTERNAL)
public final class PolicyEffects {

    /** Reported when a waiver that would cover a finding here has expired. */
    public static final String EXPIRED_WAIVER_ID = "POLICY-001";
    /** Reported when a waiver covering a finding here expires within the policy's warning window. */
    public static final String EXPIRING_WAIVER_ID = "POLICY-002";
    /** Reported, and rejecting, when the conventions of the layers judging a descriptor do not fit together. */
    public static final String CONVENTIONS_CONFLICT_ID = "POLICY-003";

    private final GovernancePolicy policy;
    private final Map<String, PolicyLayer> layerOfPack = new HashMap<>();
    private final Map<String, String> packLabels = new HashMap<>();
    private final Map<String, PolicyLayer> layersByName = new HashMap<>();
    private final Set<String> allPacks;
    /** The labels ({@code name version}) of the packs of every layer, for the usual decision, where all apply. */
    private final List<String> allPackLabels;
    private final Conventions baseConventions;
    private final Baseline baseline;
    private final Map<List<String>, Conventions> conventionsByLayers = new ConcurrentHashMap<>();

    private PolicyEffects(GovernancePolicy policy, List<RulePack> packs, Conventions baseConventions,
                          Baseline baseline) {
        this.policy = policy;
        this.baseConventions = baseConventions;
        this.baseline = baseline;
        for (PolicyLayer layer : policy.layers()) {
            layersByName.put(layer.name(), layer);
            for (RulePack pack : layer.packs()) {
                layerOfPack.put(pack.name(), layer);
            }
        }
        for (RulePack pack : packs) {
            packLabels.put(pack.name(), pack.version().isEmpty() ? pack.name() : pack.name() + " " + pack.version());
        }
        this.allPacks = packs.stream().map(RulePack::name).collect(Collectors.toUnmodifiableSet());
        this.allPackLabels = labelsOf(policy.layers());
    }

    /**
     * The effects of a policy on rules now compiled; rule ids the policy names that no rule has, locked rules that
     * a layer weakens, and waivers of hard-mandatory rules fail with {@link ConfigurationException}.
     */
    public static PolicyEffects of(GovernancePolicy policy, List<RulePack> packs, List<RuleDescription> rules,
                                   Conventions conventions, Baseline baseline) {
        PolicyEffects effects = new PolicyEffects(policy, packs, conventions,
                baseline != null ? baseline : policy.baseline());
        PolicyChecks.check(policy, rules, conventions);
        return effects;
    }

    /**
     * The policy of an engine built from packs alone: one layer per pack, applying everywhere, and trusted — the
     * code that builds the engine chose the packs, as it chooses its other code.
     */
    public static GovernancePolicy layersOf(List<RulePack> packs) {
        List<PolicyLayer> layers = packs.stream().map(pack -> new PolicyLayer(pack.name(), List.of(),
                Scope.everywhere(), List.of(pack), ConventionsOverlay.none(), List.of(), List.of(), List.of(), List.of(),
                SourceLocation.startOf(pack.root().isEmpty() ? pack.name() : pack.root()), true)).toList();
        return new GovernancePolicy("", "", "", layers, GovernancePolicy.DEFAULT_WAIVER_WARNING_DAYS, null);
    }

    /** What the policy adds to the rule-set fingerprint: everything it decides besides the rule files. */
    public static String settings(GovernancePolicy policy, Baseline baseline) {
        StringBuilder text = new StringBuilder(policy.name()).append('\n').append(policy.version()).append('\n')
                .append(policy.waiverWarningDays()).append('\n');
        for (PolicyLayer layer : policy.layers()) {
            text.append(layer.name()).append(layer.extendsFrom()).append(layer.scope())
                    .append(layer.conventions()).append(layer.locked())
                    .append(layer.overrides()).append(layer.enforcement()).append(layer.waivers()).append('\n');
        }
        (baseline != null ? baseline : policy.baseline()).entries().forEach(entry -> text.append(entry).append('\n'));
        return text.toString();
    }

    /**
     * What the policy decides for one descriptor, worked out once before its rules run: the layers that apply, the
     * conventions their rules read and the packs that fire; after the rules ran, {@link #decide} applies the layers'
     * enforcement, overrides and waivers to what they reported.
     */
    public final class Plan {
        private final Descriptor descriptor;
        private final List<PolicyLayer> layers;
        private final Conventions conventions;
        private final Set<String> packs;
        private final Conventions.InvalidSetting conflict;

        private Plan(Descriptor descriptor, List<PolicyLayer> layers) {
            this.descriptor = descriptor;
            this.layers = layers;
            this.packs = packsFor(layers);
            Conventions read = null;
            Conventions.InvalidSetting unfit = null;
            try {
                read = conventionsFor(layers);
            } catch (Conventions.InvalidSetting e) {
                unfit = e;
            }
            this.conventions = read;
            this.conflict = unfit;
        }

        /**
         * Whether the descriptor's rules run: not when the conventions of the layers judging it do not fit together
         * (then {@link #decide} rejects it, saying why).
         */
        public boolean runsRules() {
            return conflict == null;
        }

        /** Why the conventions of the layers judging the descriptor do not fit together; {@code null} when they do. */
        public Conventions.InvalidSetting conflict() {
            return conflict;
        }

        /** The conventions the rules read. */
        public Conventions conventions() {
            return conventions;
        }

        /** The packs whose rules fire; {@code null} when every pack's do. */
        public Set<String> packs() {
            return packs;
        }

        /** The decision on what the rules reported, with the policy applied. */
        public Decision decide(List<Reported> reported, LocalDate date, String fingerprint) {
            return conflict == null ? PolicyEffects.this.decide(descriptor, layers, reported, date, fingerprint)
                    : conventionsConflict(descriptor, layers, conflict, date, fingerprint);
        }
    }

    /**
     * {@code failure} with, first, one problem at the line of each restricted layer whose packs go beyond the
     * restricted rule language: a council's layer that forgot {@code trusted: true} is then told so where the fix
     * goes, not only at the rule files it holds (meshgov's own, for the standard pack).
     */
    public static RuleCompilationException placedAtTheirLayers(RuleCompilationException failure,
                                                               GovernancePolicy policy) {
        List<Problem> problems = new ArrayList<>();
        for (PolicyLayer layer : policy.layers()) {
            if (layer.trusted()) {
                continue;
            }
            for (RulePack pack : layer.packs()) {
                Set<String> files = pack.files().stream().map(file -> file.name()).collect(Collectors.toSet());
                List<Problem> refused = failure.problems().stream().filter(problem -> problem.code()
                        == Problem.Code.RULE_RESTRICTED && files.contains(problem.location().source())).toList();
                if (!refused.isEmpty()) {
                    problems.add(Problem.error(Problem.Code.POLICY, layer.location(), "layers", "layer '"
                            + layer.name() + "' does not say 'trusted: true', so its packs may use only the restricted"
                            + " rule language, and pack '" + pack.name() + "' goes beyond it in " + refused.size()
                            + (refused.size() == 1 ? " place" : " places") + ", first at " + refused.get(0).location()
                            + ": if this is the council's own layer, add 'trusted: true' to it; a domain's pack keeps"
                            + " to the restricted language (see docs/trust.md)"));
                }
            }
        }
        if (problems.isEmpty()) {
            return failure;
        }
        problems.addAll(failure.problems());
        return new RuleCompilationException(problems);
    }

    /** The plan for a descriptor: see {@link Plan}. */
    public Plan planFor(Descriptor descriptor) {
        return new Plan(descriptor, layersFor(descriptor));
    }

    /** The layers that apply to a descriptor, in policy order: their scopes, and their ancestors', cover it. */
    public List<PolicyLayer> layersFor(Descriptor descriptor) {
        List<PolicyLayer> all = policy.layers();
        for (int i = 0; i < all.size(); i++) {
            if (!policy.applies(all.get(i), descriptor)) {
                List<PolicyLayer> applying = new ArrayList<>(all.subList(0, i));
                for (PolicyLayer layer : all.subList(i + 1, all.size())) {
                    if (policy.applies(layer, descriptor)) {
                        applying.add(layer);
                    }
                }
                return applying;
            }
        }
        return all; // the usual case, and an engine without a policy's only one: nothing to copy
    }

    /** The packs whose rules judge the descriptor; {@code null} when every pack does. */
    public Set<String> packsFor(List<PolicyLayer> layers) {
        if (everyLayer(layers)) {
            return null; // so every pack
        }
        Set<String> packs = new LinkedHashSet<>();
        layers.forEach(layer -> layer.packs().forEach(pack -> packs.add(pack.name())));
        return packs.size() == allPacks.size() ? null : packs;
    }

    /** The conventions the rules read for the descriptor: the engine's, then each applying layer's, in order. */
    public Conventions conventionsFor(List<PolicyLayer> layers) {
        if (noneSetConventions(layers)) {
            return baseConventions;
        }
        List<String> setting = layers.stream().filter(layer -> !layer.conventions().isEmpty())
                .map(PolicyLayer::name).toList();
        return conventionsByLayers.computeIfAbsent(setting, names -> {
            Conventions conventions = baseConventions;
            for (String name : names) {
                conventions = layersByName.get(name).conventions().over(conventions);
            }
            return conventions;
        });
    }

    /** Whether {@code layers}, the policy's layers that apply to a descriptor, are all of them (the usual case). */
    private boolean everyLayer(List<PolicyLayer> layers) {
        return layers.size() == policy.layers().size();
    }

    private static boolean noneSetConventions(List<PolicyLayer> layers) {
        for (PolicyLayer layer : layers) {
            if (!layer.conventions().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The decision when the layers judging a descriptor set conventions that do not fit together (a check at build
     * covers each layer and all of them in order, not every combination): rejected, saying why, never thrown.
     */
    private Decision conventionsConflict(Descriptor descriptor, List<PolicyLayer> layers, RuntimeException conflict,
                                        LocalDate date, String fingerprint) {
        List<String> names = layers.stream().filter(layer -> !layer.conventions().isEmpty()).map(PolicyLayer::name)
                .toList();
        Reported rejection = new Reported(CONVENTIONS_CONFLICT_ID, Severity.ERROR,
                "The policy's conventions do not fit together here", "the conventions of the layers " + names
                + " that judge this descriptor do not fit together: " + conflict.getMessage()
                + "; the descriptor was not judged", "", descriptor.origin().locate(""),
                "This is a defect in the policy, not in the descriptor: set the conventions these layers depend on in"
                        + " one of them, or make one extend the other. Send this message to the policy's owners.",
                "", "");
        return decide(descriptor, layers, List.of(rejection), date, fingerprint);
    }

    /** The decision: the rules' findings with the policy applied, plus the policy's own findings on waivers. */
    private Decision decide(Descriptor descriptor, List<PolicyLayer> layers, List<Reported> raw, LocalDate date,
                           String fingerprint) {
        List<Finding> findings = new ArrayList<>();
        Map<Waiver, String> waiverNotices = new HashMap<>();
        for (Reported finding : raw) {
            Finding decided = apply(descriptor, layers, finding, date, waiverNotices);
            if (decided != null) {
                findings.add(decided);
            }
        }
        waiverNotices.forEach((waiver, ruleId) -> findings.add(waiverNotice(descriptor, waiver, date)));
        List<String> packs = everyLayer(layers) ? allPackLabels : labelsOf(layers);
        return Decision.of(descriptor.id(), descriptor.kind(), descriptor.origin().source(), findings, fingerprint,
                packs);
    }

    private List<String> labelsOf(List<PolicyLayer> layers) {
        List<String> labels = new ArrayList<>();
        layers.forEach(layer -> layer.packs().forEach(pack -> labels.add(packLabels.get(pack.name()))));
        return List.copyOf(labels);
    }

    private Finding apply(Descriptor descriptor, List<PolicyLayer> layers, Reported finding, LocalDate date,
                          Map<Waiver, String> waiverNotices) {
        String ruleId = finding.ruleId();
        PolicyLayer home = finding.pack().isEmpty() ? null : layerOfPack.get(finding.pack());
        List<String> effects = new ArrayList<>();
        Severity severity = finding.severity();
        Enforcement enforcement = Enforcement.SOFT_MANDATORY;
        if (home == null) {
            enforcement = Enforcement.HARD_MANDATORY; // the engine's own findings: a broken rule always blocks
        }
        for (PolicyLayer layer : home == null ? List.<PolicyLayer>of() : layers) {
            for (RuleOverride override : layer.overrides()) {
                if (override.concerns(ruleId) && override.where().covers(descriptor, finding.path())) {
                    if (override.disabled()) {
                        return null;
                    }
                    if (override.severity() != severity) {
                        effects.add("severity " + severity + " -> " + override.severity() + " by layer "
                                + layer.name() + " (" + override.location() + ")");
                        severity = override.severity();
                    }
                }
            }
            for (EnforcementStage stage : layer.enforcement()) {
                if (stage.concerns(ruleId)) {
                    enforcement = stage.levelOn(date);
                    effects.add(enforcement.label() + " by layer " + layer.name() + " ("
                            + (stage.until() == null ? "" : stage.describe() + "; ") + stage.location() + ")");
                }
            }
        }
        String fingerprint = fingerprint(ruleId, descriptor.id(), finding.path());
        String waivedBy = "";
        for (PolicyLayer layer : home == null ? List.<PolicyLayer>of() : layers) {
            for (Waiver waiver : layer.waivers()) {
                if (!waiver.rule().equals(ruleId) || !waiver.scope().covers(descriptor, finding.path())) {
                    continue;
                }
                if (waiver.isExpiredOn(date)) {
                    effects.add("waiver " + waiver.id() + " expired on " + waiver.expires() + " (" + waiver.location() + ")");
                    waiverNotices.put(waiver, ruleId);
                } else if (enforcement == Enforcement.HARD_MANDATORY) {
                    effects.add("waiver " + waiver.id() + " cannot lift a hard-mandatory rule (" + waiver.location() + ")");
                } else if (waivedBy.isEmpty()) {
                    waivedBy = waiver.id();
                    effects.add("waived by " + waiver.id() + " until " + waiver.expires() + " (owner " + waiver.owner()
                            + ", approved by " + waiver.approver() + ", " + waiver.location() + ")");
                    if (waiver.expiresWithin(date, policy.waiverWarningDays())) {
                        waiverNotices.put(waiver, ruleId);
                    }
                }
            }
        }
        boolean baselined = home != null && baseline.accepts(fingerprint);
        if (baselined) {
            effects.add("accepted in the baseline");
        }
        Provenance provenance = new Provenance(home == null ? "" : home.name(),
                home == null ? "" : packLabels.getOrDefault(finding.pack(), ""), finding.severity(), enforcement,
                waivedBy, baselined, fingerprint, effects);
        return new Finding(ruleId, severity, finding.title(), finding.message(), finding.path(), finding.location(),
                finding.remediation(), finding.documentation(), provenance, finding.fix());
    }

    private Finding waiverNotice(Descriptor descriptor, Waiver waiver, LocalDate date) {
        boolean expired = waiver.isExpiredOn(date);
        String message = expired
                ? "waiver " + waiver.id() + " for " + waiver.rule() + " expired on " + waiver.expires()
                        + "; the findings it covered here block again"
                : "waiver " + waiver.id() + " for " + waiver.rule() + " expires on " + waiver.expires() + ", in "
                        + java.time.temporal.ChronoUnit.DAYS.between(date, waiver.expires()) + " day(s)";
        String remediation = "Fix the " + waiver.rule() + " findings, or ask " + waiver.approver()
                + " to renew the waiver with a new expiry date (" + waiver.location() + ")";
        Provenance provenance = new Provenance(waiver.layer(), "", Severity.WARNING, Enforcement.SOFT_MANDATORY, "",
                false, fingerprint(expired ? EXPIRED_WAIVER_ID : EXPIRING_WAIVER_ID, descriptor.id(), waiver.id()),
                List.of());
        return new Finding(expired ? EXPIRED_WAIVER_ID : EXPIRING_WAIVER_ID, Severity.WARNING,
                expired ? "A waiver has expired" : "A waiver expires soon", message, "", waiver.location(),
                remediation, "", provenance);
    }

    /** {@code rule, descriptor id, path}, hashed: what recognises a finding across unrelated edits of its file. */
    static String fingerprint(String ruleId, String descriptorId, String path) {
        return FINGERPRINTS.get().of(ruleId, descriptorId, path);
    }

    /**
     * One thread's means of fingerprinting: a digest and buffers used again for every finding, which otherwise cost a
     * joined string, its bytes, the hash's array and a formatter each (a few hundred bytes a decision).
     */
    private static final class Fingerprinter {
        private static final char[] HEX = "0123456789abcdef".toCharArray();
        private final MessageDigest digest = newSha256();
        private final byte[] hash = new byte[32];
        private final char[] hex = new char[20];
        private byte[] text = new byte[256];
        private int length;

        String of(String ruleId, String descriptorId, String path) {
            length = 0;
            append(ruleId);
            append("\n");
            append(descriptorId);
            append("\n");
            append(path);
            digest.update(text, 0, length);
            if (text.length > 64 * 1024) {
                text = new byte[256];   // a rare huge path: its buffer is not kept by a pooled thread
            }
            try {
                digest.digest(hash, 0, hash.length);
            } catch (java.security.DigestException e) {
                throw new IllegalStateException("a SHA-256 hash is 32 bytes", e);
            }
            for (int i = 0; i < 10; i++) {
                hex[2 * i] = HEX[(hash[i] >> 4) & 0xf];
                hex[2 * i + 1] = HEX[hash[i] & 0xf];
            }
            return new String(hex);
        }

        /** {@code part} in UTF-8, as {@code getBytes} would write it, without the array when it is ASCII. */
        private void append(String part) {
            int size = part.length();
            boolean ascii = true;
            for (int i = 0; i < size && ascii; i++) {
                ascii = part.charAt(i) < 0x80;
            }
            if (!ascii) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                ensure(bytes.length);
                System.arraycopy(bytes, 0, text, length, bytes.length);
                length += bytes.length;
                return;
            }
            ensure(size);
            for (int i = 0; i < size; i++) {
                text[length++] = (byte) part.charAt(i);
            }
        }

        private void ensure(int more) {
            if (length + more > text.length) {
                text = java.util.Arrays.copyOf(text, Math.max(2 * text.length, length + more));
            }
        }
    }

    private static final ThreadLocal<Fingerprinter> FINGERPRINTS = ThreadLocal.withInitial(Fingerprinter::new);

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
