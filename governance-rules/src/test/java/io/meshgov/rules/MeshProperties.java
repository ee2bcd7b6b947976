package io.meshgov.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.meshgov.batch.BatchEvaluator;
import io.meshgov.decision.Decision;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.mesh.Catalog;
import io.meshgov.model.DataContract;
import io.meshgov.model.DataProduct;
import io.meshgov.model.Descriptor;
import io.meshgov.read.DescriptorReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Judging a mesh is judging each of its descriptors in it: a batch that builds its catalog from its files gives each
 * descriptor the decision the engine gives it alone with that catalog, whatever the files and their order.
 */
class MeshProperties {

    private static final GovernanceEngine ENGINE = GovernanceEngine.builder().rulePack(StandardRules.pack()).build()
            .asOf(LocalDate.of(2026, 6, 1));
    private static final List<Path> POOL = pool();

    private static List<Path> pool() {
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(Path.of("../governance-examples/mesh"),
                Path.of("src/main/resources/io/meshgov/rules/standard-cases/mesh/descriptors"))) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(file -> file.toString().endsWith(".yaml")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return List.copyOf(files);
    }

    @Provide
    Arbitrary<List<Path>> meshes() {
        return Arbitraries.of(POOL).list().uniqueElements().ofMinSize(1).ofMaxSize(POOL.size()).map(List::copyOf);
    }

    @Property(tries = 40)
    void aBatchJudgesEachDescriptor_asTheEngineDoesAloneWithTheSameCatalog(@ForAll("meshes") List<Path> files) {
        BatchEvaluator batch = BatchEvaluator.of(ENGINE).threads(2);
        Catalog catalog = batch.catalogOf(files);
        List<Decision> together = BatchEvaluator.of(ENGINE.withCatalog(catalog)).threads(2).evaluateAll(files)
                .decisions();

        Map<String, Descriptor> read = new LinkedHashMap<>();
        files.forEach(file -> read.put(file.toString(), DescriptorReader.read(file)));
        Catalog explicit = Catalog.of(read.values());
        List<Decision> alone = new ArrayList<>();
        for (Descriptor descriptor : read.values()) {
            alone.add(ENGINE.withCatalog(explicit).evaluate(descriptor, contractsItNames(descriptor, explicit)));
        }
        assertEquals(alone, together);
    }

    @Property(tries = 20)
    void theOrderOfTheFiles_changesNoDecision(@ForAll("meshes") List<Path> files) {
        List<Path> reversed = new ArrayList<>(files);
        java.util.Collections.reverse(reversed);
        BatchEvaluator batch = BatchEvaluator.of(ENGINE).threads(2);
        List<Decision> forward = BatchEvaluator.of(ENGINE.withCatalog(batch.catalogOf(files))).evaluateAll(files)
                .decisions();
        List<Decision> backward = new ArrayList<>(BatchEvaluator.of(ENGINE.withCatalog(batch.catalogOf(reversed)))
                .evaluateAll(reversed).decisions());
        java.util.Collections.reverse(backward);
        assertEquals(forward, backward);
    }

    /** As a batch gives a product: the catalog's contracts with the ids its ports name. */
    private static List<Descriptor> contractsItNames(Descriptor descriptor, Catalog catalog) {
        List<Descriptor> known = new ArrayList<>();
        if (descriptor instanceof DataProduct product) {
            for (String id : product.contractIds()) {
                var entry = catalog.contract(id);
                if (entry != null && DescriptorReader.read(Path.of(entry.source())) instanceof DataContract contract) {
                    known.add(contract);
                }
            }
        }
        return known;
    }
}
