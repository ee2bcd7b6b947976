package io.meshgov.benchmarks;

import io.meshgov.batch.BatchEvaluator;
import io.meshgov.batch.BatchResult;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.model.DataContract;
import io.meshgov.read.DescriptorReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A batch read from files and judged — what a council's re-check of the catalog or a CI step over a repository
 * does: {@code evaluateAll(files)} against reading each file and running the hand-written rules on it, both on one
 * thread per processor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class BatchBenchmark {

    @Param("1000")
    int contracts;

    private GovernanceEngine engine;
    private HandWrittenRules baseline;
    private Path folder;
    private List<Path> files;
    private ForkJoinPool pool;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        engine = Benchmarks.standardEngine();
        baseline = new HandWrittenRules(engine.conventions());
        List<String> texts = Workload.contracts(contracts, Workload.SEED);
        Equivalence.check(engine, baseline, Workload.read(texts), Benchmarks.TODAY);
        folder = Files.createTempDirectory("meshgov-batch");
        files = Workload.write(texts, folder);
        pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        pool.shutdown();
        Benchmarks.deleteFolder(folder);
    }

    @Benchmark
    public BatchResult engine() {
        return BatchEvaluator.of(engine).evaluateAll(files);
    }

    /** On as many threads as the engine's batch uses (one per processor), each file read then judged. */
    @Benchmark
    public List<List<HandWrittenRules.Hit>> handWritten() throws Exception {
        return pool.submit(() -> files.parallelStream()
                .map(file -> baseline.evaluate((DataContract) DescriptorReader.read(file), Benchmarks.TODAY))
                .toList()).get();
    }

    /** Reading alone, on the same threads: how much of a batch is parsing YAML rather than judging it. */
    @Benchmark
    public int readOnly() throws Exception {
        return pool.submit(() -> files.parallelStream()
                .mapToInt(file -> DescriptorReader.read(file).elements().size()).sum()).get();
    }
}
