package io.meshgov.benchmarks;

import io.meshgov.batch.BatchEvaluator;
import io.meshgov.batch.BatchSummary;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.model.DataContract;
import io.meshgov.read.DescriptorReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The catalog re-check: N contract files written to a folder, then read and judged by the engine's streaming batch
 * ({@code evaluateEach}) and, for the ratio, read and judged by the hand-written rules on as many threads. Prints
 * wall time, files per second and the peak heap in use; run it with a small {@code -Xmx} to show the memory is
 * bounded.
 *
 * <pre>java -Xmx256m -cp governance-benchmarks/target/benchmarks.jar io.meshgov.benchmarks.EndToEnd 100000 [threads]</pre>
 */
public final class EndToEnd {

    private static final int WARM_UP_FILES = 10_000;

    private EndToEnd() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        Path folder = Files.createTempDirectory("meshgov-end-to-end");
        try {
            long writing = System.nanoTime();
            List<Path> files = writeInChunks(count, folder);
            System.out.printf("wrote %d contract files in %.1f s%n", files.size(), seconds(writing));
            GovernanceEngine engine = GovernanceEngine.builder().rulePack(io.meshgov.rules.StandardRules.pack())
                    .clock(Benchmarks.clock()).build();
            BatchEvaluator batch = BatchEvaluator.of(engine).threads(threads);
            HandWrittenRules baseline = new HandWrittenRules(engine.conventions());

            // Warm both up, so neither pays for the JIT in its timed run: a thousand files left the engine, timed
            // first, compiling the reader and the rules while the clock ran (20,000 files: 9.2 s, against 6.1 s warm).
            List<Path> warmUp = files.subList(0, Math.min(WARM_UP_FILES, count));
            for (int round = 0; round < 2; round++) {
                batch.evaluateEach(warmUp, decision -> { });
                judgeByHand(baseline, warmUp, threads);
            }

            resetPeaks();
            long started = System.nanoTime();
            AtomicLong findings = new AtomicLong();
            BatchSummary summary = batch.evaluateEach(files, decision -> findings.addAndGet(decision.findings().size()));
            double engineSeconds = seconds(started);
            long enginePeak = peakHeapBytes();

            resetPeaks();
            started = System.nanoTime();
            long handFindings = judgeByHand(baseline, files, threads);
            double handSeconds = seconds(started);
            long handPeak = peakHeapBytes();

            System.out.printf("engine:       %d files in %.1f s (%.0f files/s), %d findings, %d rejected, peak heap %d MB%n",
                    count, engineSeconds, count / engineSeconds, findings.get(), summary.rejected(), enginePeak >> 20);
            System.out.printf("hand-written: %d files in %.1f s (%.0f files/s), %d findings, peak heap %d MB%n",
                    count, handSeconds, count / handSeconds, handFindings, handPeak >> 20);
            System.out.printf("ratio engine / hand-written: %.2f (threads: %d, max heap %d MB)%n", engineSeconds / handSeconds,
                    threads, Runtime.getRuntime().maxMemory() >> 20);
            if (findings.get() != handFindings) {
                throw new IllegalStateException("the engine found " + findings.get() + " and the hand-written rules "
                        + handFindings + ": the comparison is void");
            }
        } finally {
            Benchmarks.deleteFolder(folder);
        }
    }

    /** Writes the workload a chunk at a time, so that writing 100,000 files does not hold them all as text. */
    private static List<Path> writeInChunks(int count, Path folder) throws IOException {
        List<Path> files = new java.util.ArrayList<>(count);
        int chunk = 5_000;
        for (int start = 0; start < count; start += chunk) {
            List<String> texts = Workload.contracts(Math.min(chunk, count - start), Workload.SEED + start);
            for (int i = 0; i < texts.size(); i++) {
                Path file = folder.resolve(String.format("c%06d.odcs.yaml", start + i));
                Files.writeString(file, texts.get(i));
                files.add(file);
            }
        }
        return files;
    }

    private static long judgeByHand(HandWrittenRules baseline, List<Path> files, int threads) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> files.parallelStream().mapToLong(file ->
                    baseline.evaluate((DataContract) DescriptorReader.read(file), Benchmarks.TODAY).size()).sum()).get();
        } finally {
            pool.shutdown();
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound of the heap in use at once. */
    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
