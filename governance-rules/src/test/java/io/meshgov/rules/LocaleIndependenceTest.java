package io.meshgov.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.meshgov.decision.Finding;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.read.DescriptorFormat;
import io.meshgov.read.DescriptorReader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A decision does not depend on the JVM's locale: under Turkish rules, UNIQUENESS lower-cases to a dotless ı. */
class LocaleIndependenceTest {

    @Test
    void aQualityDimensionInCapitals_isKnown_underATurkishLocale() {
        String contract = """
                apiVersion: v3.1.0
                kind: DataContract
                id: orders
                version: 1.0.0
                schema:
                  - name: orders
                    quality:
                      - name: unique_ids
                        dimension: UNIQUENESS
                        metric: duplicateValues
                        mustBe: 0
                """;
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            GovernanceEngine engine = GovernanceEngine.builder().rulePack(StandardRules.pack()).build();
            List<String> quality = engine.evaluate(DescriptorReader.read(contract, "orders.yaml", DescriptorFormat.YAML))
                    .findings().stream().map(Finding::ruleId).filter(id -> id.equals("QUAL-008")).toList();
            assertEquals(List.of(), quality, "'UNIQUENESS' is an ODCS dimension in every locale");
        } finally {
            Locale.setDefault(before);
        }
    }
}
