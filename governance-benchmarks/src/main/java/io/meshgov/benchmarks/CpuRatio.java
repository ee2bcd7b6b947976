package io.meshgov.benchmarks;

import com.sun.management.ThreadMXBean;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.model.DataContract;
import io.meshgov.model.Descriptor;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The engine's cost per evaluation against the hand-written rules', as a ratio read on a noisy machine: the two run in
 * turns (engine, hand-written, engine, ...) over the same workload, and each turn is timed by the thread's own CPU
 * time and allocation, not the wall clock, so time the machine gives to other processes does not count. Prints each
 * quantity's median over the rounds, the median of the per-round ratios, and the ratio of each side's fastest round
 * (on a shared machine, a neighbour's load slows a round down but never speeds it up).
 *
 * <p>{@code java -cp benchmarks.jar io.meshgov.benchmarks.CpuRatio [rounds] [contracts]}; {@code
 * -Dmeshgov.only=engine} runs the engine alone (for a profiler).
 */
public final class CpuRatio {

    private CpuRatio() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int contracts = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        threads.setThreadAllocatedMemoryEnabled(true);

        GovernanceEngine engine = Benchmarks.standardEngine();
        HandWrittenRules baseline = new HandWrittenRules(engine.conventions());
        List<Descriptor> workload = Workload.read(Workload.contracts(contracts, Workload.SEED));
        Equivalence.check(engine, baseline, workload, Benchmarks.TODAY);
        boolean engineOnly = "engine".equals(System.getProperty("meshgov.only"));

        for (int warmUp = 0; warmUp < 5; warmUp++) {
            runEngine(engine, workload);
            runBaseline(baseline, workload);
        }
        List<Double> engineNanos = new ArrayList<>();
        List<Double> baselineNanos = new ArrayList<>();
        List<Double> cpuRatios = new ArrayList<>();
        List<Double> engineBytes = new ArrayList<>();
        List<Double> baselineBytes = new ArrayList<>();
        long sink = 0;
        for (int round = 0; round < rounds; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long bytes = threads.getCurrentThreadAllocatedBytes();
            sink += runEngine(engine, workload);
            double engineCpu = (threads.getCurrentThreadCpuTime() - cpu) / (double) workload.size();
            engineBytes.add((threads.getCurrentThreadAllocatedBytes() - bytes) / (double) workload.size());
            engineNanos.add(engineCpu);
            if (engineOnly) {
                continue;
            }
            cpu = threads.getCurrentThreadCpuTime();
            bytes = threads.getCurrentThreadAllocatedBytes();
            sink += runBaseline(baseline, workload);
            double baselineCpu = (threads.getCurrentThreadCpuTime() - cpu) / (double) workload.size();
            baselineBytes.add((threads.getCurrentThreadAllocatedBytes() - bytes) / (double) workload.size());
            baselineNanos.add(baselineCpu);
            cpuRatios.add(engineCpu / baselineCpu);
        }
        System.out.printf(Locale.ROOT, "engine:       %.1f us CPU, %,.0f B per evaluation (median of %d rounds of %d)%n",
                median(engineNanos) / 1000, median(engineBytes), rounds, workload.size());
        if (!engineOnly) {
            System.out.printf(Locale.ROOT, "hand-written: %.1f us CPU, %,.0f B per evaluation%n",
                    median(baselineNanos) / 1000, median(baselineBytes));
            System.out.printf(Locale.ROOT, "ratio:        %.2fx CPU (median of per-round ratios; min %.2f, max %.2f),"
                            + " %.2fx allocation%n", median(cpuRatios), Collections.min(cpuRatios),
                    Collections.max(cpuRatios), median(engineBytes) / median(baselineBytes));
            // Another tenant's load only ever adds time: each side's fastest round is the least disturbed reading.
            System.out.printf(Locale.ROOT, "fastest:      engine %.1f us, hand-written %.1f us: %.2fx CPU%n",
                    Collections.min(engineNanos) / 1000, Collections.min(baselineNanos) / 1000,
                    Collections.min(engineNanos) / Collections.min(baselineNanos));
        }
        if (sink == 42) {
            System.out.println();
        }
    }

    private static long runEngine(GovernanceEngine engine, List<Descriptor> workload) {
        long findings = 0;
        for (Descriptor descriptor : workload) {
            findings += engine.evaluate(descriptor).findings().size();
        }
        return findings;
    }

    private static long runBaseline(HandWrittenRules baseline, List<Descriptor> workload) {
        long hits = 0;
        for (Descriptor descriptor : workload) {
            hits += baseline.evaluate((DataContract) descriptor, Benchmarks.TODAY).size();
        }
        return hits;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
