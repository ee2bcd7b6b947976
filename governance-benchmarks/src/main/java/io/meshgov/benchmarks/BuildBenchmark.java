package io.meshgov.benchmarks;

import io.meshgov.engine.GovernanceEngine;
import io.meshgov.policy.RulePack;
import io.meshgov.rules.StandardRules;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building an engine, warm (the JVM has built engines before, as a long-lived service rebuilding on a policy change
 * does): the standard pack loaded from its build-time compilation, the same pack compiled from its DRL, and packs
 * of ×5 and ×25 its rules (300 and 1,500 rules: the 500-rule target lies between). The baseline builds the
 * hand-written rules' object.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class BuildBenchmark {

    @Param({"precompiled", "x1", "x5", "500"})
    String pack;

    private RulePack rules;

    @Setup
    public void setUp() {
        RulePack standard = StandardRules.pack();
        rules = switch (pack) {
            case "precompiled" -> standard;
            case "x1" -> new RulePack(standard.name(), standard.version(), standard.files());
            case "x5" -> ScaledPacks.standardTimes(5);
            case "500" -> ScaledPacks.ofAbout(500);
            default -> throw new IllegalArgumentException(pack);
        };
    }

    @Benchmark
    public GovernanceEngine engine() {
        return GovernanceEngine.builder().rulePack(rules).clock(Benchmarks.clock()).build();
    }

    @Benchmark
    public HandWrittenRules handWritten() {
        return new HandWrittenRules(io.meshgov.conventions.Conventions.defaults());
    }
}
