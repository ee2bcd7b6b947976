package io.meshgov.benchmarks;

import io.meshgov.decision.Decision;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.model.DataContract;
import io.meshgov.model.Descriptor;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * One descriptor judged, steady state: the engine's {@code evaluate} against the hand-written rules, over the same
 * workload (cycled). Run with {@code -prof gc} for bytes allocated per evaluation; {@code -bm sample} for p50/p99.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class EvaluateBenchmark {

    /** Contracts in the cycled workload: enough that no one contract's decision stays hot in the caches. */
    @Param("2000")
    int contracts;

    private GovernanceEngine engine;
    private HandWrittenRules baseline;
    private Cycle cycle;

    @Setup(Level.Trial)
    public void setUp() {
        engine = Benchmarks.standardEngine();
        baseline = new HandWrittenRules(engine.conventions());
        List<Descriptor> workload = Workload.read(Workload.contracts(contracts, Workload.SEED));
        Equivalence.check(engine, baseline, workload, Benchmarks.TODAY);
        cycle = new Cycle(workload);
    }

    @Benchmark
    public Decision engine() {
        return engine.evaluate(cycle.next());
    }

    @Benchmark
    public List<HandWrittenRules.Hit> handWritten() {
        return baseline.evaluate((DataContract) cycle.next(), Benchmarks.TODAY);
    }
}
