package io.meshgov.engine;

import java.util.List;

/**
 * The result of evaluating many descriptors: a decision for each one that could be read, and the ones that could
 * not. A batch passes only when every descriptor was read and none was rejected.
 */
public record BatchResult(List<Decision> decisions, List<UnreadableDescriptor> unreadable) {

    public BatchResult {
        decisions = List.copyOf(decisions);
        unreadable = List.copyOf(unreadable);
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
