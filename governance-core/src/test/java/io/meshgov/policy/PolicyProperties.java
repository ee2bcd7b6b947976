package io.meshgov.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.GeneratedContracts;
import io.meshgov.decision.Decision;
import io.meshgov.decision.Finding;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.model.Descriptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Invariants of a policy over generated contracts of every domain the fixture's layers know, and some they do not. */
class PolicyProperties {

    private static Path folder;
    private static GovernanceEngine withWaivers;
    private static GovernanceEngine withoutWaivers;

    @BeforeContainer
    static void buildOnce() throws IOException {
        folder = Files.createTempDirectory("meshgov-policy-properties");
        withWaivers = PolicyFixture.engine(PolicyFixture.write(folder.resolve("with"), PolicyFixture.POLICY), "2026-12-01");
        withoutWaivers = PolicyFixture.engine(PolicyFixture.write(folder.resolve("without"),
                PolicyFixture.POLICY.replaceAll("(?s)\n    waivers:.*?(?=\n  - name:|$)", "\n")), "2026-12-01");
        assertEquals(4, withWaivers.policy().waivers().size());
        assertEquals(0, withoutWaivers.policy().waivers().size());
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        try (var walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Provide
    Arbitrary<Descriptor> contracts() {
        Arbitrary<Map<String, Object>> property = Combinators.combine(
                Arbitraries.of("fee", "rate", "amount", "shipmentId", "carrier_code", "order_id"),
                Arbitraries.of(true, false), Arbitraries.of("double", "decimal(12,2)", "string"))
                .as((name, described, physicalType) -> {
                    Map<String, Object> map = new LinkedHashMap<>();
                    map.put("name", name);
                    map.put("physicalType", physicalType);
                    if (described) {
                        map.put("description", "About " + name + ".");
                    }
                    return map;
                });
        return Combinators.combine(
                Arbitraries.of("settlements", "shipments", "orders"),
                Arbitraries.of("payments", "logistics", "marketing"),
                Arbitraries.of("finance", "strict").list().uniqueElements().ofMaxSize(2),
                Arbitraries.of(true, false),
                property.list().ofMaxSize(6).uniqueElements(map -> map.get("name")))
                .as((id, domain, tags, described, properties) -> {
                    Map<String, Object> contract = new LinkedHashMap<>();
                    contract.put("apiVersion", "v3.1.0");
                    contract.put("kind", "DataContract");
                    contract.put("id", id);
                    contract.put("domain", domain);
                    contract.put("tags", tags);
                    if (described) {
                        contract.put("description", Map.of("purpose", "Generated."));
                    }
                    contract.put("schema", List.of(Map.of("name", id, "properties", new ArrayList<>(properties))));
                    return PolicyFixture.descriptor(GeneratedContracts.toYaml(contract), domain + "/" + id + ".yaml");
                });
    }

    private static List<String> ruleFindings(Decision decision) {
        return decision.findings().stream().filter(finding -> !finding.ruleId().startsWith("POLICY-"))
                .map(finding -> finding.severity() + " " + finding.ruleId() + " " + finding.path() + " " + finding.message())
                .toList();
    }

    private static List<String> blocking(Decision decision) {
        return decision.blocking().stream().map(finding -> finding.ruleId() + " " + finding.path()).toList();
    }

    @Property(tries = 200)
    void waivedFindings_stayInTheDecision(@ForAll("contracts") Descriptor contract) {
        assertEquals(ruleFindings(withoutWaivers.evaluate(contract)), ruleFindings(withWaivers.evaluate(contract)));
    }

    @Property(tries = 200)
    void waivers_onlyEverLiftFindings_neverAddBlockingOnes(@ForAll("contracts") Descriptor contract) {
        List<String> without = blocking(withoutWaivers.evaluate(contract));
        List<String> with = blocking(withWaivers.evaluate(contract));
        assertTrue(without.containsAll(with), "with waivers " + with + " but without " + without);
    }

    @Property(tries = 200)
    void decisions_areDeterministic(@ForAll("contracts") Descriptor contract) {
        Decision first = withWaivers.evaluate(contract);
        assertEquals(first, withWaivers.evaluate(contract));
        assertEquals(first.findings().stream().map(Finding::why).toList(),
                withWaivers.evaluate(contract).findings().stream().map(Finding::why).toList());
    }
}
