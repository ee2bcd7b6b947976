package io.meshgov.batch;

import io.meshgov.decision.Decision;
import io.meshgov.decision.Outcome;
import io.meshgov.model.Descriptor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One batch under way: what the threads judging its files report, kept under one lock so that consumers, progress
 * and the waiver tally see one decision at a time.
 */
final class Batch {

    /** A data product's file, judged once the batch's contracts are known. */
    record Product(int index, Path file) {
    }

    private final int total;
    private final BatchProgress progress;
    private final Sink sink;
    private final WaiverTally waivers;
    private final Map<String, Path> contractFiles = new HashMap<>();
    private final List<Product> products = new ArrayList<>();
    private final Map<Integer, List<UnreadableDescriptor>> unreadable = new java.util.TreeMap<>();
    private final long[] outcomes = new long[Outcome.values().length];
    private int done;

    /** Where each decision goes, with the descriptor it judged and its place in the batch. */
    interface Sink {
        void accept(int index, Descriptor descriptor, Decision decision);
    }

    Batch(int total, BatchProgress progress, Sink sink, WaiverTally waivers) {
        this.total = total;
        this.progress = progress;
        this.sink = sink;
        this.waivers = waivers;
    }

    synchronized void contractRead(String id, Path file) {
        if (id != null) {
            contractFiles.putIfAbsent(id, file);
        }
    }

    synchronized void productRead(int index, Path file) {
        products.add(new Product(index, file));
    }

    synchronized Path contractFile(String id) {
        return contractFiles.get(id);
    }

    synchronized List<Product> products() {
        products.sort(java.util.Comparator.comparingInt(Product::index));
        return List.copyOf(products);
    }

    synchronized void decided(int index, Descriptor descriptor, Decision decision) {
        waivers.count(descriptor, decision);
        outcomes[decision.outcome().ordinal()]++;
        sink.accept(index, descriptor, decision);
        progress.advanced(++done, total);
    }

    synchronized void unreadable(int index, List<UnreadableDescriptor> problems) {
        unreadable.put(index, problems);
        progress.advanced(++done, total);
    }

    synchronized BatchSummary summary(LocalDate date) {
        List<UnreadableDescriptor> sorted = new ArrayList<>();
        unreadable.values().forEach(sorted::addAll); // in the order the files were given
        return new BatchSummary(outcomes[Outcome.APPROVED.ordinal()], outcomes[Outcome.APPROVED_WITH_WARNINGS.ordinal()],
                outcomes[Outcome.REJECTED.ordinal()], sorted, waivers.statuses(date));
    }
}
