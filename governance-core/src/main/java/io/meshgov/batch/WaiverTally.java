package io.meshgov.batch;

import io.meshgov.decision.Decision;
import io.meshgov.decision.Finding;
import io.meshgov.model.Descriptor;
import io.meshgov.policy.GovernancePolicy;
import io.meshgov.policy.PolicyLayer;
import io.meshgov.policy.Waiver;
import io.meshgov.policy.WaiverStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts, descriptor by descriptor, the findings each waiver covers (or would, when expired), so that a batch of
 * any size can say which waivers are orphaned without keeping its decisions. Not thread-safe: one per batch.
 */
final class WaiverTally {

    private final GovernancePolicy policy;
    private final List<Waiver> waivers = new ArrayList<>();
    private final List<PolicyLayer> layers = new ArrayList<>();
    private final int[] matches;

    WaiverTally(GovernancePolicy policy) {
        this.policy = policy;
        for (PolicyLayer layer : policy.layers()) {
            for (Waiver waiver : layer.waivers()) {
                waivers.add(waiver);
                layers.add(layer);
            }
        }
        this.matches = new int[waivers.size()];
    }

    /** Counts the findings of one decision that each waiver covers. */
    void count(Descriptor descriptor, Decision decision) {
        for (int i = 0; i < waivers.size(); i++) {
            Waiver waiver = waivers.get(i);
            if (!policy.applies(layers.get(i), descriptor)) {
                continue;
            }
            for (Finding finding : decision.findings()) {
                if (finding.ruleId().equals(waiver.rule()) && waiver.scope().covers(descriptor, finding.path())) {
                    matches[i]++;
                }
            }
        }
    }

    /** How each waiver stands on {@code date}, over everything counted so far. */
    List<WaiverStatus> statuses(LocalDate date) {
        List<WaiverStatus> statuses = new ArrayList<>();
        for (int i = 0; i < waivers.size(); i++) {
            Waiver waiver = waivers.get(i);
            WaiverStatus.State state = waiver.isExpiredOn(date) ? WaiverStatus.State.EXPIRED
                    : matches[i] == 0 ? WaiverStatus.State.ORPHANED
                    : waiver.expiresWithin(date, policy.waiverWarningDays()) ? WaiverStatus.State.EXPIRING
                    : WaiverStatus.State.ACTIVE;
            statuses.add(new WaiverStatus(waiver, state, matches[i]));
        }
        return statuses;
    }
}
