package io.meshgov.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.meshgov.engine.GovernanceEngine;
import io.meshgov.model.Descriptor;
import io.meshgov.policy.RulePack;
import io.meshgov.read.DescriptorFormat;
import io.meshgov.read.DescriptorReader;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What {@code diff} finds between two versions; the standard pack's classification is tested with the rules. */
class ChangeDetectionTest {

    private static GovernanceEngine engine;

    @BeforeAll
    static void buildOnce() {
        engine = GovernanceEngine.builder().rulePack(RulePack.ofDrl("none", "package none;\nrule \"nothing\"\n"
                + "when String( this == \"never\" ) then end\n")).build();
    }

    private static Descriptor contract(String version, String body) {
        return DescriptorReader.read("apiVersion: v3.1.0\nkind: DataContract\nid: orders\nversion: " + version + "\n"
                + body, "orders-" + version + ".odcs.yaml", DescriptorFormat.YAML);
    }

    private static List<String> changes(String before, String after) {
        return engine.diff(contract("1.0.0", before), contract("1.1.0", after)).stream()
                .map(change -> change.kind() + " " + change.path() + ": " + change.describe()).toList();
    }

    private static String schema(String properties) {
        return "schema:\n  - name: orders\n    properties:\n" + properties;
    }

    @Test
    void aPersonalDataTag_isOneChange_notAlsoATagChange() {
        assertEquals(List.of("PERSONAL_DATA_MARKED schema[orders].properties[email].tags: property 'email' of 'orders' marked"
                        + " as personal data"),
                changes(schema("      - name: email\n        tags: [contact]\n"),
                        schema("      - name: email\n        tags: [contact, pii]\n")));
        assertEquals(List.of("METADATA_CHANGED schema[orders].properties[email].tags: property 'email' of 'orders' tags"
                                + " changed from contact to marketing",
                        "PERSONAL_DATA_MARKED schema[orders].properties[email].tags: property 'email' of 'orders' marked"
                                + " as personal data"),
                changes(schema("      - name: email\n        tags: [contact]\n"),
                        schema("      - name: email\n        tags: [marketing, pii]\n")),
                "another tag changed too: that change is still listed, without the personal-data tag's");
    }

    @Test
    void aCustomPropertyHoldingAnObject_isComparedByValue_andNamedInWords() {
        String before = "customProperties:\n  - property: lineage\n    value: {}\n  - property: tier\n    value: 5\n";
        assertEquals(List.of("METADATA_CHANGED customProperties[lineage]: custom property 'lineage' of the descriptor"
                        + " changed from an empty object to an object with [upstream]"),
                changes(before, before.replace("value: {}", "value: {upstream: orders}").replace("value: 5",
                        "value: \"5\"")));
        assertEquals(List.of(), changes(before, before), "unchanged");
    }

    @Test
    void aServerKeptUnderItsName_butMoved_isOneChangeNamingWhatMoved() {
        String before = "servers:\n  - server: warehouse\n    type: postgres\n    host: db1.example.com\n    port: 5432\n";
        assertEquals(List.of("SERVER_MOVED servers[warehouse]: server 'warehouse' moved (host, port)"),
                changes(before, before.replace("db1", "db2").replace("5432", "6432")));
        assertEquals(List.of(), changes(before, before.replace("postgres", "postgres")), "unchanged");
    }

    @Test
    void aPrimaryKeyExtendedOrReduced_isToldFromOneChanged() {
        String one = schema("      - name: order_id\n        primaryKey: true\n      - name: line\n");
        String two = schema("      - name: order_id\n        primaryKey: true\n      - name: line\n        primaryKey: true\n");
        assertEquals(List.of("PRIMARY_KEY_EXTENDED schema[orders].properties[line].primaryKey: property 'line' of"
                + " 'orders' added to the primary key from false to true"), changes(one, two));
        assertEquals(List.of("PRIMARY_KEY_REDUCED schema[orders].properties[line].primaryKey: property 'line' of"
                + " 'orders' left the primary key, which its other columns keep from true to false"), changes(two, one));
    }

    @Test
    void aRenameIsARemovalAndAnAddition_unlessDeclared() {
        assertEquals(List.of(
                        "PROPERTY_REMOVED schema[orders].properties[amount]: property 'amount' of 'orders' removed (was number)",
                        "PROPERTY_ADDED_OPTIONAL schema[orders].properties[total]: property 'total' of 'orders' added as"
                                + " optional (number)"),
                changes(schema("      - name: amount\n        logicalType: number\n"),
                        schema("      - name: total\n        logicalType: number\n")));
    }

    @Test
    void aRenameIsDeclaredByAStableIdOrByRenamedFrom() {
        List<String> byId = changes(schema("      - id: amount_prop\n        name: amount\n"),
                schema("      - id: amount_prop\n        name: total\n"));
        assertEquals(List.of("PROPERTY_RENAMED schema[orders].properties[total].name: property 'total' of 'orders'"
                + " renamed from amount to total"), byId);
        List<String> byCustomProperty = changes(schema("      - name: amount\n"), schema("      - name: total\n"
                + "        customProperties:\n          - property: renamedFrom\n            value: amount\n"));
        assertEquals(byId, byCustomProperty);
    }

    @Test
    void numericPrecisionAndLengths_areToldApartAsWideningOrNarrowing() {
        assertEquals(List.of("PHYSICAL_TYPE_WIDENED schema[orders].properties[amount].physicalType: property 'amount'"
                        + " of 'orders' physical type widened from numeric(10,2) to numeric(12,2)"),
                changes(schema("      - name: amount\n        physicalType: numeric(10,2)\n"),
                        schema("      - name: amount\n        physicalType: numeric(12,2)\n")));
        assertEquals(List.of("PHYSICAL_TYPE_NARROWED schema[orders].properties[amount].physicalType: property 'amount'"
                        + " of 'orders' physical type narrowed from numeric(12,2) to numeric(10,2)"),
                changes(schema("      - name: amount\n        physicalType: numeric(12,2)\n"),
                        schema("      - name: amount\n        physicalType: numeric(10,2)\n")));
        // More integer digits but fewer decimals: neither wider nor narrower, so breaking both ways.
        assertEquals(List.of("PHYSICAL_TYPE_CHANGED schema[orders].properties[amount].physicalType: property 'amount'"
                        + " of 'orders' physical type changed from numeric(12,2) to numeric(12,0)"),
                changes(schema("      - name: amount\n        physicalType: numeric(12,2)\n"),
                        schema("      - name: amount\n        physicalType: numeric(12,0)\n")));
        assertEquals(List.of("PHYSICAL_TYPE_WIDENED schema[orders].properties[qty].physicalType: property 'qty' of"
                        + " 'orders' physical type widened from int to bigint"),
                changes(schema("      - name: qty\n        physicalType: int\n"),
                        schema("      - name: qty\n        physicalType: bigint\n")));
    }

    @Test
    void slaValues_areComparedAcrossUnits() {
        String day = "slaProperties:\n  - property: latency\n    value: 1\n    unit: d\n";
        assertEquals(List.of(), changes(day, "slaProperties:\n  - property: latency\n    value: 24\n    unit: h\n"));
        assertEquals(List.of("SLA_WEAKENED slaProperties[latency].value: SLA 'latency' weakened (latency) from 1 d to"
                + " 36 h"), changes(day, "slaProperties:\n  - property: latency\n    value: 36\n    unit: h\n"));
        assertEquals(List.of("SLA_WEAKENED slaProperties[retention].value: SLA 'retention' weakened (retention) from 3 y"
                        + " to 1 y"),
                changes("slaProperties:\n  - property: retention\n    value: 3\n    unit: y\n",
                        "slaProperties:\n  - property: retention\n    value: 1\n    unit: y\n"));
    }

    @Test
    void nestedProperties_areComparedToo() {
        String before = schema("      - name: address\n        logicalType: object\n        properties:\n"
                + "          - name: street\n            logicalType: string\n");
        String after = schema("      - name: address\n        logicalType: object\n        properties:\n"
                + "          - name: street\n            logicalType: string\n            required: true\n");
        assertEquals(List.of("MADE_REQUIRED schema[orders].properties[address].properties[street].required: property"
                + " 'street' of 'orders' made required from false to true"), changes(before, after));
    }

    @Test
    void aPropertyMarkedDeprecatedBefore_makesItsRemovalAnnounced() {
        List<Change> changes = engine.diff(
                contract("1.0.0", schema("      - name: fax\n        tags: [deprecated]\n")),
                contract("2.0.0", schema("")));
        assertEquals(1, changes.size());
        assertEquals(ChangeKind.PROPERTY_REMOVED, changes.get(0).kind());
        assertEquals(true, changes.get(0).announced());
        assertEquals("1.0.0", changes.get(0).againstVersion());
    }

    @Test
    void anIntegerStoredAsFloatingPoint_isAWidening_thatSaysWhatMayRound() {
        assertEquals(List.of("PHYSICAL_TYPE_WIDENED schema[orders].properties[amount].physicalType: property 'amount' of"
                + " 'orders' physical type widened (integers above 2^53 are rounded) from bigint to double"),
                changes(schema("      - name: amount\n        physicalType: bigint\n"),
                        schema("      - name: amount\n        physicalType: double\n")));
        assertEquals(List.of("PHYSICAL_TYPE_WIDENED schema[orders].properties[amount].physicalType: property 'amount' of"
                + " 'orders' physical type widened from int to double"),
                changes(schema("      - name: amount\n        physicalType: int\n"),
                        schema("      - name: amount\n        physicalType: double\n")));
    }

    @Test
    void aFixedLengthResized_isAChange_andSizesOfAnyLengthAreCompared() {
        assertEquals(List.of("PHYSICAL_TYPE_CHANGED schema[orders].properties[code].physicalType: property 'code' of"
                + " 'orders' physical type changed from char(2) to char(3)"),
                changes(schema("      - name: code\n        physicalType: char(2)\n"),
                        schema("      - name: code\n        physicalType: char(3)\n")));
        assertEquals(List.of("PHYSICAL_TYPE_WIDENED schema[orders].properties[note].physicalType: property 'note' of"
                + " 'orders' physical type widened from varchar(99999999999) to varchar(999999999999)"),
                changes(schema("      - name: note\n        physicalType: varchar(99999999999)\n"),
                        schema("      - name: note\n        physicalType: varchar(999999999999)\n")));
    }

    @Test
    void aPrimaryKeyDeclaredWhereThereWasNone_isNotAMove() {
        assertEquals(List.of("PRIMARY_KEY_DECLARED schema[orders].properties[id].primaryKey: property 'id' of 'orders'"
                + " declared the primary key from false to true"),
                changes(schema("      - name: id\n"), schema("      - name: id\n        primaryKey: true\n")));
        assertEquals(List.of("PRIMARY_KEY_CHANGED schema[orders].properties[id].primaryKey: property 'id' of 'orders'"
                + " primary key changed from true to false", "PRIMARY_KEY_CHANGED schema[orders].properties[code]"
                + ".primaryKey: property 'code' of 'orders' primary key changed from false to true"),
                changes(schema("      - name: id\n        primaryKey: true\n      - name: code\n"),
                        schema("      - name: id\n      - name: code\n        primaryKey: true\n")));
    }

    @Test
    void odcs32sDeprecatedFlag_countsAsTheDeprecationThePathAsksFor() {
        Descriptor before = DescriptorReader.read("apiVersion: v3.2.0\nkind: DataContract\nid: orders\nversion: 1.0.0\n"
                + "status: active\n" + schema("      - name: email\n        deprecated: true\n"), "orders-1.0.0.odcs.yaml",
                DescriptorFormat.YAML);
        Descriptor after = DescriptorReader.read("apiVersion: v3.2.0\nkind: DataContract\nid: orders\nversion: 2.0.0\n"
                + "status: active\nschema:\n  - name: orders\n", "orders-2.0.0.odcs.yaml", DescriptorFormat.YAML);
        List<Change> changes = engine.diff(before, after);
        assertEquals(List.of("PROPERTY_REMOVED true"), changes.stream()
                .map(change -> change.kind() + " " + change.announced()).toList());
    }

    @Test
    void multipleOfAndUniqueItems_tightenOrLoosen_andAPatternChangeIsAChange() {
        assertEquals(List.of("CONSTRAINT_TIGHTENED multipleOf from 0.01 to 0.1", "CONSTRAINT_LOOSENED multipleOf from 0.1"
                + " to 0.05", "CONSTRAINT_CHANGED multipleOf from 0.1 to 0.03"), List.of(
                        constraintChange("multipleOf: 0.01", "multipleOf: 0.1"),
                        constraintChange("multipleOf: 0.1", "multipleOf: 0.05"),
                        constraintChange("multipleOf: 0.1", "multipleOf: 0.03")));
        assertEquals("CONSTRAINT_TIGHTENED uniqueItems from false to true",
                constraintChange("maxItems: 9", "{maxItems: 9, uniqueItems: true}".replace("{", "").replace("}", "")
                        .replace(", ", "\n          ")));
        assertEquals("CONSTRAINT_CHANGED pattern from ^[0-9]+$ to ^[a-z]+$",
                constraintChange("pattern: '^[0-9]+$'", "pattern: '^[a-z]+$'"));
    }

    private static String constraintChange(String before, String after) {
        List<Change> changes = engine.diff(contract("1.0.0", schema("      - name: code\n        logicalTypeOptions:\n"
                + "          " + before + "\n")), contract("1.1.0", schema("      - name: code\n        logicalTypeOptions:\n"
                + "          " + after + "\n")));
        return changes.stream().map(change -> change.kind() + " " + change.detail() + " from " + change.oldValue()
                + " to " + change.newValue()).collect(java.util.stream.Collectors.joining("; "));
    }
}
