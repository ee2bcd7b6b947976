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
 * hand-written rules' object. {@code 500-ahead} is the 500-rule pack compiled ahead by {@code RulePackCompiler};
 * {@code 500-cached} the same loaded from the compiled-pack cache; {@code layered-cached} the standard pack with a
 * 10-rule council pack and a 5-rule domain pack, cached.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class BuildBenchmark {

    @Param({"precompiled", "x1", "x5", "500", "500-ahead", "500-cached", "layered-cached"})
    String pack;

    private RulePack rules;
    /** A second layer, for "layered-cached": the 10-rule council pack over the standard pack, the domain after. */
    private final java.util.List<RulePack> more = new java.util.ArrayList<>();
    private ClassLoader classLoader = BuildBenchmark.class.getClassLoader();
    private java.nio.file.Path cache;

    @Setup
    public void setUp() {
        RulePack standard = StandardRules.pack();
        rules = switch (pack) {
            case "precompiled" -> standard;
            case "x1" -> new RulePack(standard.name(), standard.version(), standard.files());
            case "x5" -> ScaledPacks.standardTimes(5);
            case "500", "500-cached" -> ScaledPacks.ofAbout(500);
            case "500-ahead" -> compiledAhead(ScaledPacks.ofAbout(500));
            case "layered-cached" -> standard;
            default -> throw new IllegalArgumentException(pack);
        };
        try {
            if (pack.equals("layered-cached")) {
                java.nio.file.Path work = java.nio.file.Files.createTempDirectory("meshgov-build-layered");
                more.add(RulePack.fromDirectory(LayeredStart.pack(work.resolve("council"), "council", "COUNCIL", 10)));
                more.add(RulePack.fromDirectory(LayeredStart.pack(work.resolve("payments"), "payments", "PAY", 5)));
            }
            if (pack.endsWith("-cached")) {
                cache = java.nio.file.Files.createTempDirectory("meshgov-build-cache");
                build(); // compiles once, and keeps the packs
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The pack compiled ahead, as its Maven build would, and read back from the classes folder. */
    private RulePack compiledAhead(RulePack scaled) {
        try {
            java.nio.file.Path classes = java.nio.file.Files.createTempDirectory("meshgov-build-ahead");
            for (io.meshgov.policy.RuleFile file : scaled.files()) {
                java.nio.file.Path target = classes.resolve("bench/" + file.name());
                java.nio.file.Files.createDirectories(target.getParent());
                java.nio.file.Files.writeString(target, file.text());
            }
            io.meshgov.engine.RulePackCompiler.compile(classes, "scaled", "1", "bench");
            classLoader = new java.net.URLClassLoader(new java.net.URL[] {classes.toUri().toURL()},
                    BuildBenchmark.class.getClassLoader());
            return RulePack.fromClasspath("scaled", "1", "bench", classLoader);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Benchmark
    public GovernanceEngine engine() {
        GovernanceEngine engine = build();
        if (!pack.equals("x1") && !pack.equals("x5") && !pack.equals("500") && !engine.rulesCompiledAhead()) {
            throw new IllegalStateException(pack + ": rules were compiled, not loaded");
        }
        return engine;
    }

    private GovernanceEngine build() {
        GovernanceEngine.Builder builder = GovernanceEngine.builder().rulePack(rules).clock(Benchmarks.clock())
                .classLoader(classLoader);
        more.forEach(builder::rulePack);
        if (cache != null) {
            builder.compiledPackCache(cache);
        }
        return builder.build();
    }

    @Benchmark
    public HandWrittenRules handWritten() {
        return new HandWrittenRules(io.meshgov.conventions.Conventions.defaults());
    }
}
