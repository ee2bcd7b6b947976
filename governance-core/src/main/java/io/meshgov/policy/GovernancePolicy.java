package io.meshgov.policy;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.model.Descriptor;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A council's governance policy, as written in {@code governance.yaml}: rule packs composed in layers (the
 * standard, the organisation's, each domain's), what each layer may tune, which rules are locked, how strictly
 * each rule is enforced and when, the waivers granted and the baseline of accepted findings. Give it to
 * {@code GovernanceEngine.Builder.policy}; read one from a file with {@code PolicyReader.read}.
 *
 * @param source            the policy file, as named
 * @param name              the policy's name, recorded with decisions
 * @param version           the policy's version; empty when not given
 * @param layers            in order: every layer comes after the layers it extends
 * @param waiverWarningDays a waiver expiring within this many days is flagged
 * @param baseline          the findings accepted when the baseline was recorded; empty when the policy names none
 * @param evaluationLimits  how many rule firings and how much time one evaluation may take
 *                          ({@code evaluation: {maxFirings: 100000, timeBudget: 10s}})
 */
@API(status = STABLE, since = "0.1.0")
public record GovernancePolicy(String source, String name, String version, List<PolicyLayer> layers,
                               int waiverWarningDays, Baseline baseline, EvaluationLimits evaluationLimits) {

    /** How many days before its expiry a waiver is flagged, unless the policy says otherwise. */
    public static final int DEFAULT_WAIVER_WARNING_DAYS = 30;

    public GovernancePolicy {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(name, "name");
        version = version == null ? "" : version;
        layers = List.copyOf(layers);
        if (waiverWarningDays < 0) {
            throw new IllegalArgumentException("waiverWarningDays must not be negative but was " + waiverWarningDays);
        }
        baseline = baseline == null ? Baseline.empty() : baseline;
        evaluationLimits = evaluationLimits == null ? EvaluationLimits.defaults() : evaluationLimits;
    }

    /** A policy with the default evaluation limits. */
    public GovernancePolicy(String source, String name, String version, List<PolicyLayer> layers,
                            int waiverWarningDays, Baseline baseline) {
        this(source, name, version, layers, waiverWarningDays, baseline, null);
    }

    /**
     * Whether {@code layer} judges {@code descriptor}: its scope covers the descriptor, and so do the scopes of
     * every layer it extends.
     */
    public boolean applies(PolicyLayer layer, Descriptor descriptor) {
        if (!layer.scope().covers(descriptor)) {
            return false;
        }
        for (String parent : layer.extendsFrom()) {
            PolicyLayer extended = layer(parent);
            if (extended != null && !applies(extended, descriptor)) {
                return false;
            }
        }
        return true;
    }

    /**
     * This policy with no waiver in any layer and no baseline: an audit of what they hide. Everything else — layers,
     * overrides, enforcement — stays.
     */
    public GovernancePolicy withoutWaivers() {
        List<PolicyLayer> bare = layers.stream().map(layer -> new PolicyLayer(layer.name(), layer.extendsFrom(),
                layer.scope(), layer.packs(), layer.conventions(), layer.locked(), layer.overrides(), layer.enforcement(),
                List.of(), layer.location(), layer.trusted())).toList();
        return new GovernancePolicy(source, name, version, bare, waiverWarningDays, Baseline.empty(), evaluationLimits);
    }

    /** Every waiver of every layer. */
    public List<Waiver> waivers() {
        return layers.stream().flatMap(layer -> layer.waivers().stream()).toList();
    }

    /** The layer with that name, or {@code null}. */
    public PolicyLayer layer(String layerName) {
        for (PolicyLayer layer : layers) { // a loop: the engine asks it for every descriptor's layers
            if (layer.name().equals(layerName)) {
                return layer;
            }
        }
        return null;
    }
}
