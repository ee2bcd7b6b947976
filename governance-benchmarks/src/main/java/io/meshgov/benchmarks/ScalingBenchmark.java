package io.meshgov.benchmarks;

import io.meshgov.decision.Decision;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.model.DataContract;
import io.meshgov.model.Descriptor;
import java.util.ArrayList;
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
 * How {@code evaluate} scales with the number of rules (the standard pack ×1, ×5, ×25) and with the size of a
 * contract (10, 100, 1,000 properties). The baseline runs its rules as many times as the pack repeats them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ScalingBenchmark {

    @Param({"1", "5", "25"})
    int ruleCopies;

    @Param({"10", "100", "1000"})
    int properties;

    private GovernanceEngine engine;
    private HandWrittenRules baseline;
    private Cycle cycle;

    @Setup(Level.Trial)
    public void setUp() {
        engine = GovernanceEngine.builder().rulePack(ScaledPacks.standardTimes(ruleCopies))
                .clock(Benchmarks.clock()).build();
        baseline = new HandWrittenRules(engine.conventions());
        int count = properties >= 1000 ? 50 : 500;
        List<Descriptor> workload = Workload.read(Workload.contracts(count, Workload.SEED, properties, properties));
        if (ruleCopies == 1) {
            Equivalence.check(engine, baseline, workload, Benchmarks.TODAY);
        }
        cycle = new Cycle(workload);
    }

    @Benchmark
    public Decision engine() {
        return engine.evaluate(cycle.next());
    }

    @Benchmark
    public List<List<HandWrittenRules.Hit>> handWritten() {
        DataContract contract = (DataContract) cycle.next();
        List<List<HandWrittenRules.Hit>> hits = new ArrayList<>(ruleCopies);
        for (int copy = 0; copy < ruleCopies; copy++) {
            hits.add(baseline.evaluate(contract, Benchmarks.TODAY));
        }
        return hits;
    }
}
