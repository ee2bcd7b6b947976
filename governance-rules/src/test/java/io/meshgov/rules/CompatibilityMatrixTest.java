package io.meshgov.rules;

import static io.meshgov.rules.ContractTrees.map;
import static io.meshgov.rules.ContractTrees.members;
import static io.meshgov.rules.ContractTrees.newProperty;
import static io.meshgov.rules.ContractTrees.sla;
import static io.meshgov.rules.ContractTrees.slaList;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.meshgov.conventions.ConventionSettings;
import io.meshgov.conventions.Conventions;
import io.meshgov.decision.Decision;
import io.meshgov.decision.Finding;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.evolution.CompatibilityMode;
import io.meshgov.model.Descriptor;
import io.meshgov.read.DescriptorFormat;
import io.meshgov.read.DescriptorReader;
import io.meshgov.testkit.PolicyCases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The compatibility matrix: one row per kind of change, each run through the standard pack under every mode,
 * from version 1.4.0 to 1.5.0 (a minor bump). A breaking change must be refused (EVO-001), a compatible one
 * listed as additive or patch (EVO-008). The rows also write {@code docs/compatibility.md}; regenerate it with
 * {@code -Dmeshgov.updateMatrix=true}.
 */
class CompatibilityMatrixTest {

    @SuppressWarnings("unchecked")
    private static List<Object> servers(Map<String, Object> contract) {
        return (List<Object>) contract.get("servers");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> server(Map<String, Object> contract) {
        return (Map<String, Object>) servers(contract).get(0);
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path CONTRACT = Path.of("src/main/resources/io/meshgov/rules/standard-cases/compliant/orders.odcs.yaml");
    private static final Path PRODUCT = Path.of("src/main/resources/io/meshgov/rules/standard-cases/compliant/customers.odps.yaml");
    private static final Path MATRIX = Path.of("../docs/compatibility.md");
    private static final List<CompatibilityMode> MODES = List.of(CompatibilityMode.BACKWARD,
            CompatibilityMode.FORWARD, CompatibilityMode.FULL, CompatibilityMode.NONE);
    private static final Map<CompatibilityMode, GovernanceEngine> ENGINES = new EnumMap<>(CompatibilityMode.class);

    /** B = breaking (needs a major version), A = additive (minor), P = patch. */
    record Row(String change, String example, Path base, Consumer<Map<String, Object>> before,
               Consumer<Map<String, Object>> after, String backward, String forward) {

        String under(CompatibilityMode mode) {
            boolean breaking = mode.checksBackward() && backward.equals("B") || mode.checksForward() && forward.equals("B");
            return breaking ? "B" : backward.equals("P") ? "P" : "A";
        }
    }

    private static final Consumer<Map<String, Object>> NOTHING = tree -> { };

    static final List<Row> ROWS = List.of(
            row("optional property added", "`coupon_code` added", c -> properties(c).add(newProperty("coupon_code", false)), "A", "A"),
            row("required property added", "`coupon_code` added, `required: true`", c -> properties(c).add(newProperty("coupon_code", true)), "A", "B"),
            row("property removed", "`customer_email` removed", c -> properties(c).remove(1), "B", "A"),
            row("property renamed (declared)", "`amount` → `total` with `renamedFrom: amount`", c -> {
                Map<String, Object> amount = property(c, "amount");
                amount.put("name", "total");
                amount.put("customProperties", List.of(Map.of("property", "renamedFrom", "value", "amount")));
            }, "B", "B"),
            row("schema object added", "table `refunds` added", c -> schema(c).add(object("refunds")), "A", "A"),
            rowFrom("schema object removed", "table `refunds` removed", c -> schema(c).add(object("refunds")), NOTHING, "B", "A"),
            row("logical type widened", "`amount` integer → number", CONTRACT, c -> retype(c, "amount", "integer", "bigint"), c -> retype(c, "amount", "number", "bigint"), "B", "A"),
            row("logical type narrowed", "`amount` number → integer", CONTRACT, c -> retype(c, "amount", "number", "bigint"), c -> retype(c, "amount", "integer", "bigint"), "A", "B"),
            row("logical type changed", "`amount` number → string", c -> retype(c, "amount", "string", "numeric(12,2)"), "B", "B"),
            row("physical type widened", "`order_id` varchar(36) → varchar(64)", c -> property(c, "order_id").put("physicalType", "varchar(64)"), "B", "A"),
            rowFrom("fixed-length type resized", "`order_id` char(36) → char(40)", c -> property(c, "order_id").put("physicalType", "char(36)"), c -> property(c, "order_id").put("physicalType", "char(40)"), "B", "B"),
            row("integer stored as floating point", "`amount` bigint → double (integers above 2^53 round)", CONTRACT, c -> retype(c, "amount", "number", "bigint"), c -> retype(c, "amount", "number", "double"), "B", "A"),
            row("physical type narrowed", "`order_id` varchar(36) → varchar(20)", c -> property(c, "order_id").put("physicalType", "varchar(20)"), "A", "B"),
            row("floating point stored as integer", "`amount` double → bigint (old fractions do not fit)", CONTRACT, c -> retype(c, "amount", "number", "double"), c -> retype(c, "amount", "number", "bigint"), "A", "B"),
            rowFrom("logical type declared", "`amount` had no logicalType → number", c -> property(c, "amount").remove("logicalType"), NOTHING, "A", "B"),
            row("physical type no longer declared", "`amount` physicalType removed", c -> property(c, "amount").remove("physicalType"), "B", "A"),
            row("schema object physical type changed", "`orders` table → view", c -> schemaObject(c).put("physicalType", "view"), "B", "B"),
            row("relationship added", "`orders.customer_email` → `customers.email`", c -> schemaObject(c).put("relationships", List.of(Map.of("from", "orders.customer_email", "to", "customers.email"))), "A", "B"),
            rowFrom("relationship removed", "`orders.customer_email` → `customers.email` removed", c -> schemaObject(c).put("relationships", List.of(Map.of("from", "orders.customer_email", "to", "customers.email"))), NOTHING, "B", "A"),
            rowFrom("relationship retargeted", "`orders.customer_email` → `customers.email` → `people.email`", c -> schemaObject(c).put("relationships", List.of(Map.of("from", "orders.customer_email", "to", "customers.email"))), c -> schemaObject(c).put("relationships", List.of(Map.of("from", "orders.customer_email", "to", "people.email"))), "B", "B"),
            row("quality check strengthened", "`rowCount` on `orders` must be > 0 → > 100", c -> schemaObject(c).put("quality", List.of(Map.of("metric", "rowCount", "mustBeGreaterThan", 100, "dimension", "completeness"))), "A", "B"),
            row("quality check weakened", "`rowCount` on `orders` must be > 0 → ≥ 0", c -> schemaObject(c).put("quality", List.of(Map.of("metric", "rowCount", "mustBeGreaterOrEqualTo", 0, "dimension", "completeness"))), "B", "B"),
            row("price changed", "price 0 → 100 EUR a month", c -> c.put("price", Map.of("priceAmount", 100, "priceCurrency", "EUR", "priceUnit", "month")), "P", "P"),
            row("optional made required", "`amount` `required: true`", c -> property(c, "amount").put("required", true), "A", "B"),
            row("required made optional", "`order_id` `required: false`", c -> property(c, "order_id").put("required", false), "B", "A"),
            row("uniqueness added", "`order_id` `unique: true`", c -> property(c, "order_id").put("unique", true), "A", "B"),
            rowFrom("uniqueness removed", "`order_id` no longer `unique`", c -> property(c, "order_id").put("unique", true), NOTHING, "B", "A"),
            rowFrom("primary key declared", "no key → `order_id` `primaryKey: true`", c -> property(c, "order_id").remove("primaryKey"), NOTHING, "A", "B"),
            row("primary key dropped", "`order_id` no longer the key, and nothing is", c -> property(c, "order_id").remove("primaryKey"), "B", "A"),
            row("primary key extended", "key `order_id` → `order_id`, `amount`", c -> property(c, "amount").put("primaryKey", true), "B", "A"),
            rowFrom("primary key reduced", "key `order_id`, `amount` → `order_id`", c -> property(c, "amount").put("primaryKey", true), NOTHING, "A", "B"),
            row("partitioning changed", "`order_id` `partitioned: true`", c -> property(c, "order_id").put("partitioned", true), "B", "B"),
            row("primary key changed", "`order_id` no longer the key, `amount` is", c -> {
                property(c, "order_id").remove("primaryKey");
                property(c, "amount").put("primaryKey", true);
            }, "B", "B"),
            rowFrom("allowed value added", "`status` enum [placed, paid] → [placed, paid, refunded]", c -> enumOf(c, "placed", "paid"), c -> enumOf(c, "placed", "paid", "refunded"), "B", "A"),
            rowFrom("allowed value removed", "`status` enum [placed, paid, refunded] → [placed, paid]", c -> enumOf(c, "placed", "paid", "refunded"), c -> enumOf(c, "placed", "paid"), "A", "B"),
            rowFrom("allowed values restricted", "`status` free text → enum [placed, paid]", c -> enumOf(c), c -> enumOf(c, "placed", "paid"), "A", "B"),
            rowFrom("allowed values unrestricted", "`status` enum [placed, paid] → free text", c -> enumOf(c, "placed", "paid"), c -> enumOf(c), "B", "A"),
            rowFrom("allowed-values check removed", "`status` `validValues` check removed", c -> validValuesOf(c, "placed", "paid"), c -> enumOf(c), "B", "A"),
            rowFrom("pattern added", "`order_id` pattern `^[0-9a-f-]+$` added", NOTHING, c -> option(c, "pattern", "^[0-9a-f-]+$"), "A", "B"),
            rowFrom("pattern changed", "`order_id` pattern `^[0-9]+$` → `^[a-z]+$`", c -> option(c, "pattern", "^[0-9]+$"), c -> option(c, "pattern", "^[a-z]+$"), "B", "B"),
            rowFrom("format removed", "`order_id` format `uuid` removed", c -> option(c, "format", "uuid"), NOTHING, "B", "A"),
            rowFrom("uniqueItems added", "`labels` array, `uniqueItems: true`", c -> properties(c).add(labels(false)), c -> properties(c).add(labels(true)), "A", "B"),
            rowFrom("array items no longer described", "`labels` array without `items`", c -> properties(c).add(labels(false)), c -> {
                Map<String, Object> labels = labels(false);
                labels.remove("items");
                properties(c).add(labels);
            }, "B", "A"),
            row("multipleOf tightened", "`amount` multipleOf 0.01 → 0.1", CONTRACT, c -> property(c, "amount").put("logicalTypeOptions", Map.of("multipleOf", 0.01)), c -> property(c, "amount").put("logicalTypeOptions", Map.of("multipleOf", 0.1)), "A", "B"),
            rowFrom("constraint loosened", "`order_id` maxLength 20 → 36", c -> maxLength(c, 20), c -> maxLength(c, 36), "B", "A"),
            rowFrom("constraint tightened", "`order_id` maxLength 36 → 20", c -> maxLength(c, 36), c -> maxLength(c, 20), "A", "B"),
            row("classification raised", "`amount` internal → confidential", c -> property(c, "amount").put("classification", "confidential"), "B", "B"),
            rowFrom("sensitive classification set", "`amount` unclassified → confidential", c -> property(c, "amount").remove("classification"), c -> property(c, "amount").put("classification", "confidential"), "B", "B"),
            rowFrom("classification set below sensitive", "`amount` unclassified → internal", c -> property(c, "amount").remove("classification"), NOTHING, "A", "A"),
            row("classification removed", "`amount` internal → none", c -> property(c, "amount").remove("classification"), "P", "P"),
            row("classification off the scale", "`amount` internal → secret-ish", c -> property(c, "amount").put("classification", "secret-ish"), "P", "P"),
            row("marked as personal data", "`amount` tagged `pii`", c -> property(c, "amount").put("tags", List.of("pii")), "B", "B"),
            rowFrom("no longer marked as personal data", "`amount` tag `pii` removed", c -> property(c, "amount").put("tags", List.of("pii")), NOTHING, "P", "P"),
            row("custom property changed", "`amount` custom property `unitOfMeasure` added", c -> property(c, "amount").put("customProperties", List.of(Map.of("property", "unitOfMeasure", "value", "EUR"))), "P", "P"),
            row("classification lowered", "`order_id` internal → public", c -> property(c, "order_id").put("classification", "public"), "A", "A"),
            row("quality check removed", "`duplicateValues` on `order_id` removed", c -> property(c, "order_id").remove("quality"), "B", "B"),
            row("quality check added", "`nullValues` on `amount` added", c -> property(c, "amount").put("quality", List.of(Map.of("metric", "nullValues", "mustBe", 0))), "A", "A"),
            row("SLA weakened", "latency 4 h → 8 h", c -> sla(c, "latency").put("value", 8), "B", "B"),
            row("SLA strengthened", "availability 99.9 → 99.95", c -> sla(c, "availability").put("value", 99.95), "A", "A"),
            row("SLA removed", "availability removed", c -> slaList(c).removeIf(p -> "availability".equals(((Map<?, ?>) p).get("property"))), "B", "B"),
            row("SLA added", "frequency 1 d added", c -> slaList(c).add(new LinkedHashMap<>(Map.of("property", "frequency", "value", 1, "unit", "d"))), "A", "A"),
            row("owner removed", "the owner leaves the team", c -> members(c).remove(0), "P", "P"),
            row("owner replaced", "another member becomes the owner", c -> firstMember(c).put("username", "kim.ng@example.com"), "P", "P"),
            row("team member joined", "a member added", c -> members(c).add(new LinkedHashMap<>(Map.of("username", "kim.ng@example.com", "role", "data engineer"))), "P", "P"),
            row("support removed", "no support channel left", c -> c.remove("support"), "P", "P"),
            row("support changed", "another support channel", c -> c.put("support", List.of(Map.of("channel", "#orders-help", "tool", "slack", "url", "https://example.com/orders-help"))), "P", "P"),
            row("domain changed", "domain `sales` → `commerce`", c -> c.put("domain", "commerce"), "P", "P"),
            row("tags changed", "tag `finance` added", c -> c.put("tags", List.of("finance")), "P", "P"),
            row("critical data element marked", "`amount` `criticalDataElement: true`", c -> property(c, "amount").put("criticalDataElement", true), "P", "P"),
            row("access role added", "role `auditor` added", c -> roles(c).add(new LinkedHashMap<>(Map.of("role", "auditor", "access", "read"))), "A", "A"),
            rowFrom("access role removed", "role `auditor` removed", c -> roles(c).add(new LinkedHashMap<>(Map.of("role", "auditor", "access", "read"))), NOTHING, "B", "B"),
            rowFrom("physical name changed", "`order_id` stored as `id` → `order_key`", c -> property(c, "order_id").put("physicalName", "id"), c -> property(c, "order_id").put("physicalName", "order_key"), "B", "B"),
            row("server removed", "server `warehouse` removed", c -> c.remove("servers"), "B", "B"),
            row("server moved", "server `warehouse` host `db.example.com` → `db2.example.com`", c -> server(c).put("host", "db2.example.com"), "B", "B"),
            row("server added", "server `replica` added", c -> servers(c).add(Map.of("server", "replica", "type", "postgres", "environment", "prod")), "A", "A"),
            row("status moved forward", "active → deprecated", c -> c.put("status", "deprecated"), "A", "A"),
            row("status moved back", "active → draft", c -> c.put("status", "draft"), "B", "B"),
            row("description changed", "purpose reworded", c -> map(c, "description").put("purpose", "Orders from the web shop, one row per order."), "P", "P"),
            rowOn(PRODUCT, "output port removed", "output `customers` removed", c -> c.remove("outputPorts"), "B", "B"),
            rowOn(PRODUCT, "output port bound to another contract", "`customers` contractId swapped", c -> ports(c, "outputPorts").get(0).put("contractId", "1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a51"), "B", "B"),
            rowOn(PRODUCT, "input port removed", "input `orders` removed", c -> c.remove("inputPorts"), "A", "A"),
            rowOn(PRODUCT, "port added", "output `segments` added", c -> ports(c, "outputPorts").add(new LinkedHashMap<>(Map.of("name", "segments", "version", "1.0.0", "contractId", "1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a51"))), "A", "A"));

    @TestFactory
    Stream<DynamicTest> everyRow_isClassifiedAsTheMatrixSays_underEveryMode() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : ROWS) {
            for (CompatibilityMode mode : MODES) {
                tests.add(DynamicTest.dynamicTest(row.change() + " under " + mode, () -> {
                    Decision decision = engineFor(mode).evaluateChange(version(row, row.before(), "1.4.0"),
                            version(row, row.after(), "1.5.0"));
                    assertEquals(row.under(mode), classification(decision), String.join("\n",
                            decision.findings().stream().map(Finding::toString).toList()));
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void theWrittenMatrix_matchesTheRows() throws IOException {
        StringBuilder doc = new StringBuilder("# Compatibility matrix\n\n")
                .append("<!-- Generated from CompatibilityMatrixTest, which checks every row against the standard pack;")
                .append(" do not edit. -->\n\n")
                .append("How the standard pack classifies each kind of change between two versions of a data contract")
                .append(" or data product, under each compatibility mode. **B** breaking (needs a new major version),")
                .append(" **A** additive (at least a new minor version), **P** patch (at least a new patch version).\n\n")
                .append("- **BACKWARD**: consumers of the previous version keep reading the new data.\n")
                .append("- **FORWARD**: consumers of the new version can read data of the previous version.\n")
                .append("- **FULL**: both. **NONE**: nothing breaks; the version must still increase.\n")
                .append("- The `_TRANSITIVE` forms classify the same way, against every earlier version instead of")
                .append(" the latest only.\n\n")
                .append("**Schema registries name these the other way round.** Confluent Schema Registry and Apache")
                .append(" Avro name a mode after the reader that must cope (their BACKWARD: a consumer on the new")
                .append(" schema reads data written with the old one); meshgov names it after the consumers it")
                .append(" protects. Copying `compatibility: BACKWARD` from a registry's configuration asks meshgov")
                .append(" for the opposite check. Every evolution finding states the mode in a consumer's words,")
                .append(" with both names.\n\n")
                .append("| meshgov | in a consumer's words | Confluent Schema Registry / Avro |\n|---|---|---|\n");
        for (CompatibilityMode mode : CompatibilityMode.values()) {
            doc.append("| `").append(mode).append("` | ")
                    .append(new io.meshgov.evolution.VersionChange("1.4.0", "1.5.0", io.meshgov.evolution.VersionBump.MINOR,
                            mode, "active", true).inConsumersWords())
                    .append(" | `").append(mode.registryName()).append("` |\n");
        }
        doc.append("\n")
                .append("Weaker promises — SLAs, quality checks, servers, access roles, a stricter classification,")
                .append(" a status moved back — break consumers in every mode but NONE. Governance-only changes — owner,")
                .append(" team, support, name, domain, tags, critical data elements — are listed as patches: the")
                .append(" completeness rules judge the proposed version on its own (a contract left without an owner")
                .append(" is rejected by META-001). A rename is a removal plus an")
                .append(" addition unless the new version declares it (a stable `id` on both versions, or the custom")
                .append(" property `renamedFrom`). A breaking change to an `active` contract also needs a deprecation")
                .append(" path (EVO-005) unless the council's conventions say otherwise.\n\n")
                .append("Data served from elsewhere breaks consumers in every mode but NONE too: a server kept under")
                .append(" its name but moved (another type, host, port, database, schema or location: consumers")
                .append(" connect where the old version said), a schema object made another kind of object (a table")
                .append(" made a view or a topic: how it is queried, written and constrained changes, as dbt and")
                .append(" datacontract-cli also judge), and a property's partitioning changed (readers that prune or")
                .append(" read in per-key order by it read differently). Some changes break in one direction only.")
                .append(" A primary key extended (`order_id` → `order_id`, `amount`) lets `order_id` repeat, which")
                .append(" consumers of the old version did not expect (BACKWARD); old data still fits the wider key.")
                .append(" A key reduced is the reverse (FORWARD). A floating-point column stored as an integer gives")
                .append(" old readers numbers they read (BACKWARD holds) while old data's fractions do not fit the new")
                .append(" type (FORWARD breaks). A quality check strengthened is a stricter constraint: old data may")
                .append(" fail it, so it breaks FORWARD, as a tightened constraint does.\n\n")
                .append("| change | example | BACKWARD | FORWARD | FULL | NONE |\n|---|---|---|---|---|---|\n");
        for (Row row : ROWS) {
            doc.append("| ").append(row.change()).append(" | ").append(row.example());
            for (CompatibilityMode mode : MODES) {
                doc.append(" | ").append(row.under(mode));
            }
            doc.append(" |\n");
        }
        if (Boolean.getBoolean("meshgov.updateMatrix")) {
            Files.writeString(MATRIX, doc);
        }
        assertEquals(doc.toString(), Files.readString(MATRIX),
                "docs/compatibility.md is out of date; regenerate it with -Dmeshgov.updateMatrix=true");
    }

    /** B when any change was refused as breaking, else A or P as EVO-008 listed the changes. */
    private static String classification(Decision decision) {
        TreeSet<String> seen = new TreeSet<>();
        for (Finding finding : decision.findings()) {
            if (finding.ruleId().equals("EVO-001")) {
                seen.add("B");
            } else if (finding.ruleId().equals("EVO-008")) {
                seen.add(finding.message().endsWith("(patch)") ? "P" : "A");
            }
        }
        return seen.contains("B") ? "B" : seen.contains("A") ? "A" : seen.isEmpty() ? "none" : "P";
    }

    private static synchronized GovernanceEngine engineFor(CompatibilityMode mode) {
        return ENGINES.computeIfAbsent(mode, m -> GovernanceEngine.builder()
                .rulePack(StandardRules.pack())
                .conventions(Conventions.of(ConventionSettings.defaults().withCompatibility(m)
                        .withRequireDeprecationBeforeBreaking(false)))
                .clock(Clock.fixed(PolicyCases.DEFAULT_DATE.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
                .build());
    }

    @SuppressWarnings("unchecked")
    private static Descriptor version(Row row, Consumer<Map<String, Object>> change, String version) {
        try {
            Map<String, Object> tree = YAML.readValue(row.base().toFile(), Map.class);
            tree.put("version", version);
            change.accept(tree);
            return DescriptorReader.read(YAML.writeValueAsString(tree), row.base().getFileName() + "@" + version,
                    DescriptorFormat.YAML);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- Rows and edits

    private static Row row(String change, String example, Consumer<Map<String, Object>> after, String backward,
                           String forward) {
        return new Row(change, example, CONTRACT, NOTHING, after, backward, forward);
    }

    private static Row row(String change, String example, Path base, Consumer<Map<String, Object>> before,
                           Consumer<Map<String, Object>> after, String backward, String forward) {
        return new Row(change, example, base, before, after, backward, forward);
    }

    private static Row rowFrom(String change, String example, Consumer<Map<String, Object>> before,
                               Consumer<Map<String, Object>> after, String backward, String forward) {
        return new Row(change, example, CONTRACT, before, after, backward, forward);
    }

    private static Row rowOn(Path base, String change, String example, Consumer<Map<String, Object>> after,
                             String backward, String forward) {
        return new Row(change, example, base, NOTHING, after, backward, forward);
    }


    @SuppressWarnings("unchecked")
    private static List<Object> schema(Map<String, Object> contract) {
        return (List<Object>) contract.get("schema");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> properties(Map<String, Object> contract) {
        return (List<Object>) ((Map<String, Object>) schema(contract).get(0)).get("properties");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> property(Map<String, Object> contract, String name) {
        return (Map<String, Object>) properties(contract).stream()
                .filter(p -> name.equals(((Map<?, ?>) p).get("name"))).findFirst().orElseThrow();
    }


    private static Map<String, Object> object(String name) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("name", name);
        object.put("description", "One row per refund.");
        object.put("quality", List.of(Map.of("metric", "rowCount", "mustBeGreaterThan", 0)));
        object.put("properties", List.of(newProperty("refund_id", false)));
        return object;
    }

    private static void retype(Map<String, Object> contract, String name, String logicalType, String physicalType) {
        property(contract, name).put("logicalType", logicalType);
        property(contract, name).put("physicalType", physicalType);
    }

    /** Adds a {@code status} property, restricted to {@code values} by an enum; free text when none are given. */
    private static void enumOf(Map<String, Object> contract, String... values) {
        Map<String, Object> status = newProperty("status", false);
        if (values.length > 0) {
            status.put("logicalTypeOptions", Map.of("enum", List.of(values)));
        }
        properties(contract).add(status);
    }

    /** Adds a {@code status} property, restricted to {@code values} by an invalidValues check (ODCS v3.1). */
    private static void validValuesOf(Map<String, Object> contract, String... values) {
        Map<String, Object> status = newProperty("status", false);
        status.put("quality", List.of(Map.of("metric", "invalidValues", "mustBe", 0, "arguments",
                Map.of("validValues", List.of(values)))));
        properties(contract).add(status);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schemaObject(Map<String, Object> contract) {
        return (Map<String, Object>) schema(contract).get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstMember(Map<String, Object> contract) {
        return (Map<String, Object>) members(contract).get(0);
    }

    /** An optional array of texts, {@code labels}, with or without {@code uniqueItems}. */
    private static Map<String, Object> labels(boolean uniqueItems) {
        Map<String, Object> labels = newProperty("labels", false);
        labels.put("logicalType", "array");
        labels.put("items", new LinkedHashMap<>(Map.of("name", "label", "logicalType", "string")));
        if (uniqueItems) {
            labels.put("logicalTypeOptions", Map.of("uniqueItems", true));
        }
        return labels;
    }

    private static void option(Map<String, Object> contract, String name, Object value) {
        property(contract, "order_id").put("logicalTypeOptions", Map.of(name, value));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> roles(Map<String, Object> contract) {
        return (List<Map<String, Object>>) contract.computeIfAbsent("roles", key -> new ArrayList<>());
    }

    private static void maxLength(Map<String, Object> contract, int length) {
        property(contract, "order_id").put("logicalTypeOptions", Map.of("maxLength", length));
    }



    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> ports(Map<String, Object> product, String key) {
        return (List<Map<String, Object>>) product.get(key);
    }

}
