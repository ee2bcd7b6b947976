package io.meshgov.benchmarks;

import io.meshgov.decision.Decision;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.mesh.Catalog;
import io.meshgov.mesh.CatalogEntry;
import io.meshgov.model.Descriptor;
import io.meshgov.model.DescriptorKind;
import io.meshgov.model.TeamMember;
import java.util.List;
import java.util.Map;
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
 * What judging in a mesh costs: the same workload judged alone ({@code alone}) and in a catalog of
 * {@code catalogSize} descriptors ({@code inMesh}) — every workload contract in it, each consumed by two products
 * of other domains, so that every evaluation has consumers to look up and facts to match — and the building of
 * that catalog from its entries ({@code buildCatalog}, per descriptor). The goal: {@code inMesh} within 1.1× of
 * {@code alone}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class MeshBenchmark {

    @Param("2000")
    int contracts;

    @Param("100000")
    int catalogSize;

    /** Whether each workload contract has two consumers (and so a MESH-006 finding), or none: the common case. */
    @Param({"true", "false"})
    boolean consumed;

    private GovernanceEngine alone;
    private GovernanceEngine inMesh;
    private Cycle cycle;
    private List<CatalogEntry> entries;

    @Setup(Level.Trial)
    public void setUp() {
        alone = Benchmarks.standardEngine();
        List<Descriptor> workload = Workload.read(Workload.contracts(contracts, Workload.SEED));
        entries = new java.util.ArrayList<>(catalogSize);
        workload.forEach(descriptor -> entries.add(CatalogEntry.of(descriptor)));
        for (int i = 0; entries.size() < catalogSize; i++) {
            String consumedId = workload.get(i % workload.size()).id();
            entries.add(new CatalogEntry(DescriptorKind.DATA_PRODUCT, "product-" + i, "1.0.0", "active",
                    "domain-" + (i % 40), "product " + i, "products/product-" + i + ".odps.yaml",
                    List.of(new TeamMember("team.members[0]", "owner-" + i, null, "owner", null, null, null, null,
                            Map.of())), null, null, consumed && i < 2 * contracts ? List.of(consumedId) : List.of(),
                    List.of("output-" + i), Map.of()));
        }
        Catalog.Builder builder = Catalog.builder();
        entries.forEach(builder::add);
        inMesh = alone.withCatalog(builder.build());
        cycle = new Cycle(workload);
    }

    @Benchmark
    public Decision alone() {
        return alone.evaluate(cycle.next());
    }

    @Benchmark
    public Decision inMesh() {
        return inMesh.evaluate(cycle.next());
    }

    /** The catalog of {@code catalogSize} descriptors, built from their entries; divide by catalogSize per entry. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public Catalog buildCatalog() {
        Catalog.Builder builder = Catalog.builder();
        entries.forEach(builder::add);
        return builder.build();
    }
}
