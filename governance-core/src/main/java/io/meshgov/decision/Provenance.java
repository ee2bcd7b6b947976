package io.meshgov.decision;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Where a finding comes from and what changed its effect: the answer to "why was I blocked?".
 *
 * @param layer            the policy layer whose rule pack produced it (the pack's name when there is no policy)
 * @param pack             the rule pack and its version, {@code standard 0.2.0}
 * @param declaredSeverity the severity the rule declares; the finding's own may differ after an override
 * @param enforcement      the enforcement level in force for the rule on the evaluation's date
 * @param waiver           the id of the waiver that lifts it; empty when none does
 * @param baselined        the finding was already there when the baseline was recorded
 * @param fingerprint      stable across edits elsewhere in the file: rule, descriptor id and path, hashed
 * @param effects          each override, enforcement stage, waiver or baseline that changed its effect, in order,
 *                         each naming where it is written
 */
@API(status = STABLE, since = "0.1.0")
public record Provenance(String layer, String pack, Severity declaredSeverity, Enforcement enforcement,
                         String waiver, boolean baselined, String fingerprint, List<String> effects) {

    public Provenance {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(declaredSeverity, "declaredSeverity");
        Objects.requireNonNull(enforcement, "enforcement");
        waiver = waiver == null ? "" : waiver;
        Objects.requireNonNull(fingerprint, "fingerprint");
        effects = List.copyOf(effects);
    }

    /** Whether a waiver lifts the finding. */
    public boolean isWaived() {
        return !waiver.isEmpty();
    }
}
