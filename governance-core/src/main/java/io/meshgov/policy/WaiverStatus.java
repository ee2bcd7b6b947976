package io.meshgov.policy;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How a waiver stands over a set of decisions: the answer to "which exceptions are still needed?".
 *
 * @param waiver  the waiver
 * @param state   active, expiring soon, expired or orphaned
 * @param matches how many findings it covered (when active or expiring) or would have covered (when expired)
 */
@API(status = STABLE, since = "0.1.0")
public record WaiverStatus(Waiver waiver, State state, int matches) {

    /** Where a waiver stands. */
    public enum State {
        /** Covers at least one finding and does not expire soon. */
        ACTIVE,
        /** Covers findings but expires within the policy's warning window: renew it or fix the cause. */
        EXPIRING,
        /** Past its expiry date: the findings it covered block again. */
        EXPIRED,
        /** Covers no finding: the cause was fixed, or the waiver names the wrong place; delete or correct it. */
        ORPHANED
    }

    public WaiverStatus {
        Objects.requireNonNull(waiver, "waiver");
        Objects.requireNonNull(state, "state");
    }

    /** One line for a report: {@code policy.yaml:40:7: waiver WVR-7 (QUAL-002) is orphaned: it covers no finding}. */
    @Override
    public String toString() {
        String what = "waiver " + waiver.id() + " (" + waiver.rule() + ", layer " + waiver.layer() + ")";
        return waiver.location() + ": " + what + switch (state) {
            case ACTIVE -> " covers " + findings() + " until " + waiver.expires();
            case EXPIRING -> " expires on " + waiver.expires() + " and covers " + findings()
                    + ": fix " + (matches == 1 ? "it" : "them") + " or have the waiver renewed";
            case EXPIRED -> " expired on " + waiver.expires() + (matches == 0 ? "" : "; the " + findings()
                    + " it covered block" + (matches == 1 ? "s" : "") + " again") + ": fix them, or renew or delete the waiver";
            case ORPHANED -> " covers no finding: delete it, or correct its rule and scope";
        };
    }

    private String findings() {
        return matches + (matches == 1 ? " finding" : " findings");
    }
}
