package io.meshgov.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.meshgov.DescriptorException;
import io.meshgov.Problem;
import io.meshgov.model.DataContract;
import io.meshgov.model.SchemaProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Aliases read as their anchor's value, merge keys are applied, and numbers follow the YAML 1.2 core schema. Each
 * case here was read wrongly before (an alias as its anchor's name, {@code <<} as a key, {@code 010} as eight).
 */
class YamlAliasesAndMergeKeysTest {

    private static final String HEADER = "apiVersion: v3.1.0\nkind: DataContract\nid: orders\n";

    private static DataContract yaml(String text) {
        return (DataContract) DescriptorReader.read(text, "orders.odcs.yaml", DescriptorFormat.YAML);
    }

    private static List<String> problemsOf(String text) {
        DescriptorException e = assertThrows(DescriptorException.class,
                () -> DescriptorReader.read(text, "orders.odcs.yaml", DescriptorFormat.YAML));
        return e.problems().stream().map(Problem::toString).toList();
    }

    private static Object valueOf(DataContract contract, String name) {
        return contract.customProperties().stream().filter(p -> p.property().equals(name)).findFirst().orElseThrow()
                .value();
    }

    @Test
    void aliasOfAScalar_readsAsTheAnchorsValue_notItsName() {
        DataContract contract = yaml(HEADER + """
                x-levels:
                  - &public restricted
                  - &active retired
                schema:
                  - name: customers
                    properties:
                      - name: email
                        classification: *public
                """ + "status: *active\n");
        SchemaProperty email = contract.schema().get(0).properties().get(0);
        assertEquals("restricted", email.classification());
        assertEquals("retired", contract.status());
    }

    @Test
    void aliasOfAListABooleanAndAnObject_readAsTheirValues() {
        DataContract contract = yaml(HEADER + """
                tags: &tags [finance, pii]
                schema:
                  - name: customers
                    tags: *tags
                    properties:
                      - &id
                        name: id
                        required: &yes true
                        unique: *yes
                  - name: orders
                    properties:
                      - *id
                """);
        assertEquals(List.of("finance", "pii"), contract.schema().get(0).tags());
        SchemaProperty id = contract.schema().get(0).properties().get(0);
        assertEquals(true, id.required());
        assertEquals(true, id.unique());
        SchemaProperty copied = contract.schema().get(1).properties().get(0);
        assertEquals("id", copied.name());
        assertEquals(true, copied.required());
    }

    @Test
    void anAliasedObject_isLocatedWhereTheAliasStands_andItsKeysWhereTheyAreWritten() {
        DataContract contract = yaml(HEADER + """
                x-defaults:
                  - &id {name: id, required: true}
                schema:
                  - name: orders
                    properties:
                      - *id
                """);
        assertEquals("orders.odcs.yaml:9:9", contract.origin().locate("schema[orders].properties[id]").toString());
        assertEquals("orders.odcs.yaml:5:20",
                contract.origin().locate("schema[orders].properties[id].required").toString());
    }

    @Test
    void anAliasWithNoAnchor_isAnError() {
        assertEquals(List.of("orders.odcs.yaml:4:9: the alias *active names no anchor; an alias can only repeat a value"
                + " marked &active earlier in the file"), problemsOf(HEADER + "status: *active\n"));
    }

    @Test
    void anAliasInsideItsOwnAnchor_isAnError() {
        assertEquals(List.of("orders.odcs.yaml:6:12: the alias *a stands inside the value its anchor &a names, so the"
                        + " value would never end; write the value out instead"),
                problemsOf(HEADER + "customProperties: &a\n  - property: x\n    value: *a\n"));
    }

    @Test
    void mergeKey_addsTheMergedKeys_andTheMappingsOwnKeysWin() {
        DataContract contract = yaml(HEADER + """
                x-defaults:
                  personal: &personal
                    tags: [pii]
                    classification: confidential
                    required: true
                schema:
                  - name: customers
                    properties:
                      - name: email
                        <<: *personal
                        classification: restricted
                """);
        SchemaProperty email = contract.schema().get(0).properties().get(0);
        assertEquals(List.of("pii"), email.tags());
        assertEquals("restricted", email.classification());
        assertEquals(true, email.required());
        assertEquals(Map.of(), email.extensions());
    }

    @Test
    void mergeKeyWithAList_earlierObjectsWin() {
        DataContract contract = yaml(HEADER + """
                x-defaults:
                  - &strict {classification: restricted, tags: [pii]}
                  - &loose {classification: public, required: true}
                schema:
                  - name: customers
                    properties:
                      - name: email
                        <<: [*strict, *loose]
                """);
        SchemaProperty email = contract.schema().get(0).properties().get(0);
        assertEquals("restricted", email.classification());
        assertEquals(List.of("pii"), email.tags());
        assertEquals(true, email.required());
    }

    @Test
    void mergeKeyOfAText_isAnError() {
        assertEquals(List.of("orders.odcs.yaml:4:1: the merge key << takes an object or a list of objects, usually an"
                + " alias such as \"<<: *defaults\", but was a text value"), problemsOf(HEADER + "<<: plain\n"));
    }

    @Test
    void aQuotedMergeKey_isAnOrdinaryKey() {
        DataContract contract = yaml(HEADER + "\"<<\": {status: active}\n");
        assertEquals(Map.of("<<", Map.of("status", "active")), contract.extensions());
    }

    @Test
    void numbers_followTheYaml12CoreSchema() {
        DataContract contract = yaml(HEADER + """
                schema:
                  - name: customers
                    properties:
                      - name: code
                        primaryKeyPosition: 010
                        logicalTypeOptions: {maxLength: 010, minLength: 0x10, octal: 0o10, plus: +7}
                customProperties:
                  - property: huge
                    value: 1e400
                  - property: tiny
                    value: 1e-400
                  - property: infinite
                    value: .inf
                  - property: big
                    value: 123456789012345678901234567890
                """);
        SchemaProperty code = contract.schema().get(0).properties().get(0);
        assertEquals(10, code.primaryKeyPosition());
        assertEquals(Map.of("maxLength", 10L, "minLength", 16L, "octal", 8L, "plus", 7L), code.logicalTypeOptions());
        assertEquals(new BigDecimal("1e400"), valueOf(contract, "huge"));
        assertEquals(new BigDecimal("1e-400"), valueOf(contract, "tiny"));
        assertEquals(Double.POSITIVE_INFINITY, valueOf(contract, "infinite"));
        assertEquals(new java.math.BigInteger("123456789012345678901234567890"), valueOf(contract, "big"));
    }

    @Test
    void yaml11Words_areText_andOnlyCoreBooleansAreBooleans() {
        DataContract contract = yaml(HEADER + """
                customProperties:
                  - {property: a, value: yes}
                  - {property: b, value: True}
                  - {property: c, value: ~}
                  - {property: d, value: 1_000}
                  - {property: e, value: 0b101}
                """);
        assertEquals("yes", valueOf(contract, "a"));
        assertEquals(true, valueOf(contract, "b"));
        assertEquals(null, valueOf(contract, "c"));
        assertEquals("1_000", valueOf(contract, "d"));
        assertEquals("0b101", valueOf(contract, "e"));
    }

    @Test
    void standardTags_areRead_andOtherTagsAreRefused() {
        DataContract contract = yaml(HEADER + "version: !!str 10\ncustomProperties:\n  - {property: n, value: !!int 10}\n");
        assertEquals("10", contract.version());
        assertEquals(10L, valueOf(contract, "n"));
        assertEquals(List.of("orders.odcs.yaml:4:9: meshgov reads plain YAML values and does not know the tag !Ref;"
                + " remove the tag"), problemsOf(HEADER + "status: !Ref active\n"));
        assertEquals(List.of("orders.odcs.yaml:4:10: the tag !!int says an integer but the value is not one; remove"
                + " the tag or correct the value"), problemsOf(HEADER + "version: !!int 1.0.0\n"));
    }
}
