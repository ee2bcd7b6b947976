package io.meshgov.batch;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.decision.Decision;
import io.meshgov.policy.WaiverStatus;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The result of evaluating many descriptors: a decision for each one that could be read, and the ones that could
 * not. A batch passes only when every descriptor was read and none was rejected.
 *
 * @param decisions  one per descriptor read, in the order given
 * @param unreadable the files that could not be read, with their problems
 * @param waivers    how each of the policy's waivers stands over this batch (orphaned when it covers no finding)
 */
@API(status = STABLE, since = "0.1.0")
public record BatchResult(List<Decision> decisions, List<UnreadableDescriptor> unreadable,
                          List<WaiverStatus> waivers) {

    public BatchResult {
        decisions = List.copyOf(decisions);
        unreadable = List.copyOf(unreadable);
        waivers = List.copyOf(waivers);
    }

    /** A batch judged without a policy's waivers. */
    public BatchResult(List<Decision> decisions, List<UnreadableDescriptor> unreadable) {
        this(decisions, unreadable, List.of());
    }

    /** The waivers that need attention: expired, expiring soon, or covering no finding of the batch. */
    public List<WaiverStatus> waiversNeedingAttention() {
        return waivers.stream().filter(status -> status.state() != WaiverStatus.State.ACTIVE).toList();
    }

    /** Every descriptor read and approved (warnings allowed). */
    public boolean passed() {
        return unreadable.isEmpty() && decisions.stream().allMatch(Decision::isApproved);
    }

    /** How many descriptors were rejected. */
    public long rejectedCount() {
        return decisions.stream().filter(decision -> !decision.isApproved()).count();
    }
}
