package io.meshgov.rules;

import static io.meshgov.rules.ContractTrees.map;
import static io.meshgov.rules.ContractTrees.members;
import static io.meshgov.rules.ContractTrees.sla;
import static io.meshgov.rules.ContractTrees.slaList;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.meshgov.decision.Decision;
import io.meshgov.decision.Finding;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.read.DescriptorFormat;
import io.meshgov.read.DescriptorReader;
import io.meshgov.testkit.PolicyCases;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The standard pack on generated contracts: a compliant contract is approved without findings; breaking it in
 * ways the remediations describe raises exactly the matching rules; and applying the remediations one by one
 * removes exactly their findings and adds none.
 */
class StandardPackProperties {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<String> WORDS = List.of("order", "line", "amount", "status", "region", "quantity",
            "price", "store", "product", "category", "currency", "discount", "channel", "warehouse", "batch");
    private static final List<String> SUFFIXES = List.of("_id", "_at", "_code", "_count", "_total", "");
    private static final Map<String, String> PHYSICAL = Map.of("string", "varchar(64)", "integer", "bigint",
            "number", "numeric(12,2)", "boolean", "boolean", "date", "date", "timestamp", "timestamp", "time", "time");
    private static final List<String> SCALE = List.of("public", "internal", "confidential", "restricted");

    private static GovernanceEngine engine;

    @BeforeContainer
    static void useTheStandardPack() {
        // The same engine the standard pack's cases run on: default conventions, dated PolicyCases.DEFAULT_DATE.
        engine = StandardPackCasesTest.RUNNER.engineFor(PolicyCases.DEFAULT_DATE, null);
    }

    /** A way to break a compliant contract, the rule that must catch it, and the aspect of the contract it touches. */
    record Breakage(String rule, String aspect, Consumer<Map<String, Object>> apply) {
        @Override
        public String toString() {
            return rule;
        }
    }

    @Provide
    Arbitrary<Map<String, Object>> compliantContracts() {
        return compliant();
    }

    /** Contracts that meet every rule of the standard pack: varied objects, properties, types and classifications. */
    static Arbitrary<Map<String, Object>> compliant() {
        Arbitrary<String> names = Combinators.combine(Arbitraries.of(WORDS), Arbitraries.of(SUFFIXES))
                .as((word, suffix) -> word + suffix);
        Arbitrary<Map<String, Object>> property = Combinators.combine(names, Arbitraries.of(PHYSICAL.keySet()),
                Arbitraries.of(SCALE)).as(StandardPackProperties::property);
        Arbitrary<Map<String, Object>> object = Combinators.combine(names,
                property.list().ofMinSize(2).ofMaxSize(6).uniqueElements(p -> p.get("name")),
                Arbitraries.of(SCALE.subList(2, 4))).as(StandardPackProperties::object);
        return object.list().ofMinSize(1).ofMaxSize(3).uniqueElements(o -> o.get("name"))
                .map(StandardPackProperties::contract);
    }

    @Provide
    Arbitrary<List<Breakage>> breakages() {
        return Arbitraries.of(BREAKAGES).list().ofMinSize(1).ofMaxSize(4).uniqueElements(Breakage::aspect);
    }

    @Property(tries = 60)
    void aCompliantContract_isApprovedWithoutFindings(@ForAll("compliantContracts") Map<String, Object> contract) {
        Decision decision = evaluate(contract);
        assertEquals(List.of(), decision.findings().stream().map(Finding::toString).toList());
    }

    @Property(tries = 120)
    void eachBreakage_raisesItsRule_andEachRemediation_removesExactlyItsFinding(
            @ForAll("compliantContracts") Map<String, Object> contract, @ForAll("breakages") List<Breakage> breakages) {
        List<Breakage> remaining = new ArrayList<>(breakages);
        while (true) {
            Set<String> expected = remaining.stream().map(Breakage::rule).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(expected, ruleIds(evaluate(broken(contract, remaining))), "after breaking " + remaining);
            if (remaining.isEmpty()) {
                return;
            }
            remaining.remove(0);
        }
    }

    @Property(tries = 30)
    void evaluation_isDeterministic(@ForAll("compliantContracts") Map<String, Object> contract,
                                    @ForAll("breakages") List<Breakage> breakages) {
        Map<String, Object> tree = broken(contract, breakages);
        assertEquals(evaluate(tree), evaluate(tree));
    }

    // ---- The breakages, each the opposite of a rule's remediation.

    private static final List<Breakage> BREAKAGES = List.of(
            new Breakage("META-001", "owner", c -> members(c).removeIf(m -> "owner".equals(((Map<?, ?>) m).get("role")))),
            new Breakage("META-006", "backup",
                    c -> members(c).removeIf(m -> "backup owner".equals(((Map<?, ?>) m).get("role")))),
            new Breakage("META-002", "purpose", c -> map(c, "description").remove("purpose")),
            new Breakage("META-009", "usage", c -> map(c, "description").remove("usage")),
            new Breakage("SENS-007", "limitations", c -> map(c, "description").remove("limitations")),
            new Breakage("META-010", "domain", c -> c.remove("domain")),
            new Breakage("META-011", "version", c -> c.put("version", "v1")),
            new Breakage("META-008", "support", c -> c.remove("support")),
            new Breakage("META-003", "classification", c -> firstObjectProperty(c, 1).remove("classification")),
            new Breakage("META-012", "object-description", c -> firstObject(c).remove("description")),
            new Breakage("META-013", "property-description", c -> firstObjectProperty(c, 1).remove("description")),
            new Breakage("META-014", "logical-type", c -> firstObjectProperty(c, 1).remove("logicalType")),
            new Breakage("META-015", "primary-key", c -> firstObjectProperty(c, 0).remove("primaryKey")),
            new Breakage("IOP-001", "property-name", c -> firstObjectProperty(c, 1).put("name", "renamedColumn")),
            new Breakage("SENS-005", "roles", c -> c.remove("roles")),
            new Breakage("SENS-003", "contract-classification", c -> c.remove("customProperties")),
            new Breakage("SENS-008", "examples", c -> firstObjectProperty(c, 0).put("examples", List.of("jo@gmail.com"))),
            new Breakage("LIFE-001", "status", c -> c.put("status", "someday")),
            new Breakage("IOP-005", "id", c -> c.put("id", "Orders Contract")),
            new Breakage("QUAL-004", "latency", c -> sla(c, "latency").put("unit", "fortnights")),
            new Breakage("QUAL-005", "latency-element", c -> sla(c, "latency").put("element", "nowhere.column")),
            new Breakage("SENS-006", "retention",
                    c -> slaList(c).removeIf(p -> "retention".equals(((Map<?, ?>) p).get("property")))),
            new Breakage("QUAL-003", "availability", c -> slaList(c).add(new LinkedHashMap<>(Map.of(
                    "property", "availability", "value", 150, "unit", "%")))),
            new Breakage("QUAL-008", "object-check", c -> firstObjectCheck(c).put("dimension", "freshness")));

    // ---- Generation

    private static Map<String, Object> property(String name, String logicalType, String classification) {
        Map<String, Object> property = new LinkedHashMap<>();
        property.put("name", name);
        property.put("logicalType", logicalType);
        property.put("physicalType", PHYSICAL.get(logicalType));
        property.put("description", "The " + name.replace('_', ' ') + ".");
        property.put("classification", classification);
        return property;
    }

    private static Map<String, Object> object(String name, List<Map<String, Object>> properties, String keyLevel) {
        List<Map<String, Object>> copies = new ArrayList<>();
        properties.forEach(p -> copies.add(new LinkedHashMap<>(p)));
        Map<String, Object> key = copies.get(0);
        key.put("primaryKey", true);
        key.put("classification", keyLevel);
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("name", name);
        object.put("physicalType", "table");
        object.put("description", "One row per " + name.replace('_', ' ') + ".");
        object.put("quality", new ArrayList<>(List.of(new LinkedHashMap<>(Map.of(
                "metric", "rowCount", "mustBeGreaterThan", 0, "dimension", "completeness")))));
        object.put("properties", copies);
        return object;
    }

    private static Map<String, Object> contract(List<Map<String, Object>> objects) {
        int highest = -1;
        for (Map<String, Object> object : objects) {
            for (Object property : (List<?>) object.get("properties")) {
                highest = Math.max(highest, SCALE.indexOf(((Map<?, ?>) property).get("classification")));
            }
        }
        Map<String, Object> firstObject = objects.get(0);
        String element = firstObject.get("name") + "." + ((Map<?, ?>) ((List<?>) firstObject.get("properties")).get(0))
                .get("name");
        Map<String, Object> contract = new LinkedHashMap<>();
        contract.put("apiVersion", "v3.1.0");
        contract.put("kind", "DataContract");
        contract.put("id", "0d8a1c52-3f47-4c1e-9a55-6d1e0b7f2a10");
        contract.put("name", "generated");
        contract.put("version", "1.0.0");
        contract.put("status", "active");
        contract.put("domain", "sales");
        contract.put("description", new LinkedHashMap<>(Map.of("purpose", "Generated for a property test.",
                "usage", "Join on the keys.", "limitations", "Tests only.")));
        contract.put("team", new LinkedHashMap<>(Map.of("members", new ArrayList<>(List.of(
                Map.of("username", "jane.doe@example.com", "role", "owner"),
                Map.of("username", "sam.lee@example.com", "role", "backup owner"))))));
        contract.put("roles", List.of(Map.of("role", "analyst", "access", "read")));
        contract.put("support", List.of(Map.of("channel", "#data", "tool", "slack")));
        contract.put("customProperties", List.of(Map.of("property", "dataClassification", "value", SCALE.get(highest))));
        contract.put("slaProperties", new ArrayList<>(List.of(
                new LinkedHashMap<>(Map.of("property", "latency", "value", 4, "unit", "h", "element", element)),
                new LinkedHashMap<>(Map.of("property", "retention", "value", 3, "unit", "y")))));
        contract.put("schema", objects);
        return contract;
    }

    // ---- Helpers

    private static Decision evaluate(Map<String, Object> tree) {
        return engine.evaluate(read(tree));
    }

    /** A generated tree read as meshgov reads a file. */
    static io.meshgov.model.Descriptor read(Map<String, Object> tree) {
        try {
            return DescriptorReader.read(YAML.writeValueAsString(tree), "generated.odcs.yaml", DescriptorFormat.YAML);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A deep copy, to change without touching the original. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> copy(Map<String, Object> tree) {
        try {
            return YAML.readValue(YAML.writeValueAsString(tree), Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> broken(Map<String, Object> contract, List<Breakage> breakages) {
        Map<String, Object> copy = copy(contract);
        breakages.forEach(breakage -> breakage.apply().accept(copy));
        return copy;
    }

    /**
     * The rule ids found, less IOP-011: some breakages (a quality dimension outside the standard's list) are also
     * outside the standard's JSON Schema, which IOP-011 reports beside the rule that the breakage aims at.
     */
    private static Set<String> ruleIds(Decision decision) {
        return decision.findings().stream().map(Finding::ruleId).filter(id -> !id.equals("IOP-011"))
                .collect(Collectors.toCollection(TreeSet::new));
    }



    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstObject(Map<String, Object> contract) {
        return ((List<Map<String, Object>>) contract.get("schema")).get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstObjectProperty(Map<String, Object> contract, int index) {
        return ((List<Map<String, Object>>) firstObject(contract).get("properties")).get(index);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstObjectCheck(Map<String, Object> contract) {
        return ((List<Map<String, Object>>) firstObject(contract).get("quality")).get(0);
    }


}
