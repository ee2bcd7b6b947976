package io.meshgov.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StandardUpgradeTest {

    private static StandardUpgrade.Result upgrade(String text, String to) {
        return StandardUpgrade.upgrade(text, "orders.odcs.yaml", DescriptorFormat.YAML, to, ReadLimits.defaults());
    }

    @Test
    void odcs30_toTheNewest_teamBecomesAnObject_ruleBecomesMetric_datesStoredAsTimesGetTheirType_commentsKept() {
        String text = """
                apiVersion: v3.0.2   # the standard
                kind: DataContract
                id: orders
                # who looks after it
                team:
                  - username: jane   # owner
                    role: owner

                  - username: sam
                    role: backup owner
                schema:
                  - name: orders
                    quality:
                      - rule: duplicateCount
                        mustBe: 0
                    properties:
                      - name: placed_at
                        logicalType: date
                        physicalType: timestamp
                      - name: day
                        logicalType: date
                        physicalType: date
                """;
        StandardUpgrade.Result result = upgrade(text, null);
        assertEquals("""
                apiVersion: v3.2.0   # the standard
                kind: DataContract
                id: orders
                # who looks after it
                team:
                  members:
                    - username: jane   # owner
                      role: owner

                    - username: sam
                      role: backup owner
                schema:
                  - name: orders
                    quality:
                      - metric: duplicateValues
                        mustBe: 0
                    properties:
                      - name: placed_at
                        logicalType: timestamp
                        physicalType: timestamp
                      - name: day
                        logicalType: date
                        physicalType: date
                """, result.text());
        assertEquals("v3.0.2", result.from());
        assertEquals("v3.2.0", result.to());
        assertEquals(4, result.steps().size(), result.steps().toString());
        assertEquals(List.of(), result.left());
    }

    @Test
    void aTeamListInFlowStyle_andInJson_isWrappedWhereItIsWritten() {
        String flow = "apiVersion: v3.0.2\nkind: DataContract\nid: orders\nteam: [{username: jane, role: owner}]\n";
        assertEquals("apiVersion: v3.1.0\nkind: DataContract\nid: orders\nteam: {members: [{username: jane, role: owner}]}\n",
                upgrade(flow, "v3.1.0").text());
        String json = "{\"apiVersion\": \"v0.9.0\", \"kind\": \"DataProduct\", \"id\": \"p\", \"status\": \"active\",\n"
                + " \"team\": [{\"username\": \"jane\"}]}\n";
        StandardUpgrade.Result product = StandardUpgrade.upgrade(json, "p.odps.json", DescriptorFormat.JSON, null,
                ReadLimits.defaults());
        assertEquals("{\"apiVersion\": \"v1.1.0\", \"kind\": \"DataProduct\", \"id\": \"p\", \"status\": \"active\",\n"
                + " \"team\": {\"members\": [{\"username\": \"jane\"}]}}\n", product.text());
    }

    @Test
    void aQualityRuleWithoutAMetricOfItsOwn_isLeftToAPerson_andSaid() {
        String text = "apiVersion: v3.0.2\nkind: DataContract\nid: orders\nschema:\n  - name: orders\n    quality:\n"
                + "      - rule: validValues\n        validValues: [a, b]\n";
        StandardUpgrade.Result result = upgrade(text, "v3.1.0");
        assertTrue(result.left().get(0).contains("quality rule 'validValues' is deprecated"), result.left().toString());
        assertTrue(result.text().contains("rule: validValues"));
        assertTrue(result.text().startsWith("apiVersion: v3.1.0\n"));
    }

    @Test
    void aCurrentFile_isLeftAlone_andAWrongTargetIsRefusedInWords() {
        String text = "apiVersion: v3.2.0\nkind: DataContract\nid: orders\n";
        StandardUpgrade.Result result = upgrade(text, null);
        assertEquals(text, result.text());
        assertTrue(!result.changed());
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> upgrade(text, "v4.0.0"));
        assertEquals("--to v4.0.0: meshgov upgrades ODCS to v3.1.0, v3.2.0", wrong.getMessage());
    }
}
