package io.meshgov.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.decision.Fix;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextFixesTest {

    private static final String HEADER = "apiVersion: v3.1.0\nkind: DataContract\nid: orders\n";

    private static Fix set(String path, String value) {
        return new Fix("set", List.of(new Fix.Edit(path, Fix.Kind.TEXT, value)));
    }

    private static TextFixes.Result yaml(String text, Fix... fixes) {
        return TextFixes.apply(text, "orders.odcs.yaml", DescriptorFormat.YAML, List.of(fixes), ReadLimits.defaults());
    }

    @Test
    void aValueIsReplacedWhereItIsWritten_keepingItsQuotingAndComment() {
        String text = HEADER + "version: '1.4.0'   # released in May\n# keep this\nstatus: active\n";
        TextFixes.Result result = yaml(text, set("version", "2.0.0"));
        assertEquals(HEADER + "version: '2.0.0'   # released in May\n# keep this\nstatus: active\n", result.text());
        assertEquals(1, result.applied().size());
    }

    /** A character UTF-16 writes in two units, before the value on its line, does not move the edit. */
    @Test
    void aValueAfterAnEmojiOnItsLine_isReplacedWhereItIsWritten() {
        String text = HEADER + "schema: [{name: orders, properties: [{name: card, businessName: \"💳 card\", classification: public}]}]\n";
        TextFixes.Result result = yaml(text, set("schema[orders].properties[card].classification", "restricted"));
        assertEquals(text.replace("classification: public", "classification: restricted"), result.text());
        assertEquals(1, result.applied().size());
    }

    @Test
    void aPlainValueStaysPlain_andTextThatWouldReadAsANumberIsQuoted() {
        String text = HEADER + "version: 1.4.0 # comment\n";
        assertEquals(HEADER + "version: 2.0.0 # comment\n", yaml(text, set("version", "2.0.0")).text());
        assertEquals(HEADER + "version: \"2.0\" # comment\n", yaml(text, set("version", "2.0")).text());
    }

    @Test
    void aMissingField_isAddedLastInItsObject_withItsIndentation() {
        String text = HEADER + """
                schema:
                  - name: orders   # the main table
                    properties:
                      - name: email
                        logicalType: string
                        # a comment about email
                        tags: [pii]

                      - name: amount
                        logicalType: number
                """;
        TextFixes.Result result = yaml(text, set("schema[orders].properties[email].classification", "confidential"));
        assertEquals(HEADER + """
                schema:
                  - name: orders   # the main table
                    properties:
                      - name: email
                        logicalType: string
                        # a comment about email
                        tags: [pii]
                        classification: confidential

                      - name: amount
                        logicalType: number
                """, result.text());
    }

    @Test
    void aFieldOfAnObjectInFlowStyle_isAddedInsideItsBraces() {
        String text = HEADER + """
                schema:
                  - {name: orders, properties: [{name: email, tags: [pii]}, {name: amount}]}
                """;
        TextFixes.Result result = yaml(text, set("schema[orders].properties[email].classification", "confidential"));
        assertEquals(HEADER + """
                schema:
                  - {name: orders, properties: [{name: email, tags: [pii], classification: confidential}, {name: amount}]}
                """, result.text());
    }

    @Test
    void json_keepsItsLayout() {
        String text = """
                {
                  "apiVersion": "v3.1.0",
                  "kind": "DataContract",
                  "id": "orders",
                  "version": "1.4",
                  "schema": [
                    {
                      "name": "orders",
                      "properties": [
                        {
                          "name": "email"
                        }
                      ]
                    }
                  ]
                }
                """;
        TextFixes.Result result = TextFixes.apply(text, "orders.odcs.json", DescriptorFormat.JSON, List.of(
                set("version", "1.4.0"), set("schema[orders].properties[email].classification", "confidential")),
                ReadLimits.defaults());
        assertEquals(text.replace("\"1.4\"", "\"1.4.0\"").replace("""
                          "name": "email"
                """, """
                          "name": "email",
                          "classification": "confidential"
                """), result.text());
        assertEquals(2, result.applied().size());
    }

    @Test
    void crlfLineEndings_areKept() {
        String text = (HEADER + "schema:\n  - name: orders\n    physicalType: table\n").replace("\n", "\r\n");
        TextFixes.Result result = yaml(text, set("schema[orders].description", "Orders as placed"));
        assertEquals((HEADER + "schema:\n  - name: orders\n    physicalType: table\n    description: Orders as placed\n")
                .replace("\n", "\r\n"), result.text());
    }

    @Test
    void aValueWrittenThroughAnAlias_isNotFixed_andSaysWhy() {
        String text = HEADER + """
                x-defaults: &defaults
                  classification: public
                schema:
                  - name: orders
                    properties:
                      - name: email
                        <<: *defaults
                      - name: phone
                        <<: *defaults
                """;
        TextFixes.Result result = yaml(text, set("schema[orders].properties[email].classification", "confidential"));
        assertFalse(result.changed());
        assertEquals(text, result.text());
        assertEquals(1, result.notApplied().size());
    }

    @Test
    void aBlockScalar_isNotReplaced() {
        String text = HEADER + "version: |\n  1.4\n";
        TextFixes.Result result = yaml(text, set("version", "1.4.0"));
        assertFalse(result.changed());
        assertTrue(result.notApplied().values().iterator().next().contains("block"));
    }

    @Test
    void aRemoval_takesTheFieldsLinesOut() {
        String text = HEADER + "version: 1.0.0\ntags:\n  - a\n  - b\nstatus: active\n";
        TextFixes.Result result = yaml(text, new Fix("remove", List.of(new Fix.Edit("tags", Fix.Kind.REMOVE, ""))));
        assertEquals(HEADER + "version: 1.0.0\nstatus: active\n", result.text());
    }

    @Test
    void twoEditsOfOneFix_areMadeTogether() {
        String text = HEADER + """
                slaProperties:
                  - property: latency
                    value: 4h
                """;
        Fix split = new Fix("split", List.of(new Fix.Edit("slaProperties[latency].value", Fix.Kind.NUMBER, "4"),
                new Fix.Edit("slaProperties[latency].unit", Fix.Kind.TEXT, "h")));
        assertEquals(HEADER + """
                slaProperties:
                  - property: latency
                    value: 4
                    unit: h
                """, yaml(text, split).text());
    }

    @Test
    void replacements_locateEachEditInTheOriginalText() {
        String text = HEADER + "version: 1.4.0\n";
        List<TextFixes.Replacement> replacements = TextFixes.replacements(text, "orders.odcs.yaml",
                DescriptorFormat.YAML, set("version", "2.0.0"), ReadLimits.defaults());
        assertEquals(1, replacements.size());
        assertEquals("orders.odcs.yaml:4:10", replacements.get(0).start().toString());
        assertEquals("orders.odcs.yaml:4:15", replacements.get(0).end().toString());
        assertEquals("2.0.0", replacements.get(0).text());
    }

    @Test
    void applyingTheSameFixAgain_changesNothing() {
        String text = HEADER + "version: 1.4.0\n";
        String once = yaml(text, set("version", "2.0.0")).text();
        assertEquals(once, yaml(once, set("version", "2.0.0")).text());
    }
}
