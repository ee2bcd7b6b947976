package io.meshgov.benchmarks;

import io.meshgov.decision.Decision;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.read.PolicyReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What restricted layers cost: the standard pack alone, against a policy of the trusted council (the standard
 * pack) and two restricted domain layers, each with a pack of its own that runs in sessions of its own — scoped to
 * its domain (a third of the workload's contracts are in one of the two), and applying everywhere (every contract
 * goes through three sessions).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class LayeredPolicyBenchmark {

    private static final String DOMAIN_RULES = """
            package %1$s;
            import io.meshgov.model.DataContract;
            import io.meshgov.model.SchemaProperty;
            global io.meshgov.decision.Findings findings;

            rule "%2$s-001 amounts are decimals"
                @id("%2$s-001") @severity("WARNING")
            when
                $p : SchemaProperty( name != null, name.contains("amount"), logicalType != "number" )
            then
                findings.report($p, "logicalType", "'" + $p.name() + "' holds money but is " + $p.logicalType());
            end

            rule "%2$s-002 contracts are tagged with their domain"
                @id("%2$s-002") @severity("WARNING")
            when
                $c : DataContract( !tags.contains("%1$s") )
            then
                findings.report($c, "tags", "the contract is not tagged %1$s");
            end
            """;

    @Param("2000")
    int contracts;

    private Path folder;
    private GovernanceEngine standardAlone;
    private GovernanceEngine scopedLayers;
    private GovernanceEngine layersEverywhere;
    private Cycle cycle;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        folder = Files.createTempDirectory("meshgov-layers");
        for (String domain : List.of("payments", "logistics")) {
            Files.createDirectories(folder.resolve(domain));
            Files.writeString(folder.resolve(domain).resolve("rules.drl"),
                    DOMAIN_RULES.formatted(domain, domain.substring(0, 3).toUpperCase()));
        }
        standardAlone = Benchmarks.standardEngine();
        scopedLayers = engine(policy("scoped.yaml", true));
        layersEverywhere = engine(policy("everywhere.yaml", false));
        cycle = new Cycle(Workload.read(Workload.contracts(contracts, Workload.SEED)));
    }

    private Path policy(String name, boolean scoped) throws IOException {
        StringBuilder policy = new StringBuilder("""
                policy: benchmark
                layers:
                  - name: council
                    trusted: true
                    packs: [{kbase: standard}]
                """);
        for (String domain : List.of("payments", "logistics")) {
            policy.append("  - name: ").append(domain).append("\n    extends: council\n")
                    .append(scoped ? "    domain: " + domain + "\n" : "")
                    .append("    packs: [{folder: ").append(domain).append("}]\n");
        }
        return Files.writeString(folder.resolve(name), policy);
    }

    private static GovernanceEngine engine(Path policy) {
        return GovernanceEngine.builder().policy(PolicyReader.read(policy)).clock(Benchmarks.clock()).build();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Benchmarks.deleteFolder(folder);
    }

    @Benchmark
    public Decision standardAlone() {
        return standardAlone.evaluate(cycle.next());
    }

    @Benchmark
    public Decision twoRestrictedDomainLayers() {
        return scopedLayers.evaluate(cycle.next());
    }

    @Benchmark
    public Decision twoRestrictedLayersEverywhere() {
        return layersEverywhere.evaluate(cycle.next());
    }
}
