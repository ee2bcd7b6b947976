package io.meshgov.rules;

import static io.meshgov.rules.ContractTrees.newProperty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.decision.Decision;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.model.Descriptor;
import io.meshgov.testkit.PolicyCases;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Invariants of contract evolution under the standard pack, on generated compliant contracts. */
class EvolutionProperties {

    private static GovernanceEngine engine;

    @BeforeContainer
    static void useTheStandardPack() {
        // The same engine the standard pack's cases run on: default conventions, dated PolicyCases.DEFAULT_DATE.
        engine = StandardPackCasesTest.RUNNER.engineFor(PolicyCases.DEFAULT_DATE, null);
    }

    @Provide
    Arbitrary<Map<String, Object>> contracts() {
        return StandardPackProperties.compliant();
    }

    /** Changes that the compatibility modes disagree about, applied to the first property of the first object. */
    @Provide
    Arbitrary<Consumer<Map<String, Object>>> changes() {
        return Arbitraries.of(
                c -> firstProperties(c).remove(1),
                c -> firstProperties(c).get(1).put("logicalType", "boolean"),
                c -> firstProperties(c).get(1).put("required", true),
                c -> firstProperties(c).add(newProperty("added_later", true)),
                c -> firstProperties(c).get(0).put("classification", "restricted"),
                c -> firstProperties(c).get(1).put("description", "Reworded."));
    }

    @Property(tries = 60)
    void aContractComparedWithItself_hasNoChanges_andNoEvolutionFinding(
            @ForAll("contracts") Map<String, Object> tree) {
        Descriptor contract = StandardPackProperties.read(tree);
        assertEquals(List.of(), engine.diff(contract, contract));
        assertEquals(List.of(), evolutionFindings(engine.evaluateChange(contract, contract)));
    }

    @Property(tries = 80)
    void addingAnOptionalProperty_isNeverBreaking_underBackward(@ForAll("contracts") Map<String, Object> tree,
                                                               @ForAll("objectIndexes") int objectIndex) {
        Map<String, Object> proposed = StandardPackProperties.copy(tree);
        proposed.put("version", "1.1.0");
        List<Map<String, Object>> objects = schema(proposed);
        properties(objects.get(objectIndex % objects.size())).add(newProperty("added_later", false));
        Decision decision = engine.evaluateChange(StandardPackProperties.read(tree),
                StandardPackProperties.read(proposed));
        assertTrue(decision.findings().stream().noneMatch(f -> f.ruleId().equals("EVO-001")
                || f.ruleId().equals("EVO-005")), decision.findings().toString());
        assertEquals(1, decision.findingsOf("EVO-008").size(), decision.findings().toString());
    }

    @Provide
    Arbitrary<Integer> objectIndexes() {
        return Arbitraries.integers().between(0, 5);
    }

    @Property(tries = 80)
    void classifyingAChange_doesNotDependOnTheOrderOfProperties(@ForAll("contracts") Map<String, Object> tree,
                                                               @ForAll("changes") Consumer<Map<String, Object>> change) {
        Map<String, Object> proposed = StandardPackProperties.copy(tree);
        proposed.put("version", "1.1.0");
        change.accept(proposed);
        List<String> inFileOrder = evolutionFindings(engine.evaluateChange(StandardPackProperties.read(tree),
                StandardPackProperties.read(proposed)));
        List<String> reordered = evolutionFindings(engine.evaluateChange(StandardPackProperties.read(reversed(tree)),
                StandardPackProperties.read(reversed(proposed))));
        assertEquals(inFileOrder, reordered);
    }

    private static List<String> evolutionFindings(Decision decision) {
        return decision.findings().stream().filter(f -> f.ruleId().startsWith("EVO-"))
                .map(f -> f.ruleId() + " " + f.path() + " " + f.message()).sorted().toList();
    }

    private static Map<String, Object> reversed(Map<String, Object> tree) {
        Map<String, Object> copy = StandardPackProperties.copy(tree);
        for (Map<String, Object> object : schema(copy)) {
            List<Object> properties = new ArrayList<>(properties(object));
            Collections.reverse(properties);
            object.put("properties", properties);
        }
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> schema(Map<String, Object> contract) {
        return (List<Map<String, Object>>) contract.get("schema");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> properties(Map<String, Object> object) {
        return (List<Map<String, Object>>) object.get("properties");
    }

    private static List<Map<String, Object>> firstProperties(Map<String, Object> contract) {
        return properties(schema(contract).get(0));
    }

}
