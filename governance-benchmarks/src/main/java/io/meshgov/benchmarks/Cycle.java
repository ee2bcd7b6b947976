package io.meshgov.benchmarks;

import io.meshgov.model.Descriptor;
import java.util.List;

/** A workload handed out one descriptor at a time, round and round: no one decision stays hot in the caches. */
final class Cycle {

    private final List<Descriptor> descriptors;
    private int next;

    Cycle(List<Descriptor> descriptors) {
        this.descriptors = List.copyOf(descriptors);
    }

    Descriptor next() {
        Descriptor descriptor = descriptors.get(next);
        next = next + 1 == descriptors.size() ? 0 : next + 1;
        return descriptor;
    }
}
