package io.meshgov.batch;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.policy.WaiverStatus;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What a streamed batch ({@link BatchEvaluator#evaluateEach}) leaves once every decision has gone to its
 * consumer: the counts, the files that could not be read, and how each waiver stands.
 *
 * @param approved             descriptors approved without warnings
 * @param approvedWithWarnings descriptors approved with warnings
 * @param rejected             descriptors rejected
 * @param unreadable           the files that could not be read, with their problems
 * @param waivers              how each of the policy's waivers stands over the batch
 */
@API(status = STABLE, since = "0.1.0")
public record BatchSummary(long approved, long approvedWithWarnings, long rejected,
                           List<UnreadableDescriptor> unreadable, List<WaiverStatus> waivers) {

    public BatchSummary {
        unreadable = List.copyOf(unreadable);
        waivers = List.copyOf(waivers);
    }

    /** Every descriptor read and none rejected. */
    public boolean passed() {
        return unreadable.isEmpty() && rejected == 0;
    }
}
