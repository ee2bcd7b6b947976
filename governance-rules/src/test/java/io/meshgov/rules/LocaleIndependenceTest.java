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

    /**
     * Every example of the repository and every published example of the corpus gets the same decision under a
     * Turkish default locale as under an English one, judged as one batch (so the mesh rules run too).
     */
    @Test
    void theExamplesAndTheCorpus_areDecidedAlike_underTurkishAndEnglishLocales() throws java.io.IOException {
        java.nio.file.Path corpus = java.nio.file.Path.of(System.getProperty("meshgov.corpus", "../../shared/corpus"))
                .normalize();
        List<java.nio.file.Path> files = new java.util.ArrayList<>();
        for (java.nio.file.Path folder : List.of(java.nio.file.Path.of("../governance-examples/descriptors"),
                java.nio.file.Path.of("../governance-examples/mesh"), corpus.resolve("odcs/examples"),
                corpus.resolve("odcs/examples-v3.2.0"), corpus.resolve("odps/examples"),
                corpus.resolve("odps/examples-v1.1.0"))) {
            if (java.nio.file.Files.isDirectory(folder)) {
                try (java.util.stream.Stream<java.nio.file.Path> walk = java.nio.file.Files.walk(folder)) {
                    walk.filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".json"))
                            .sorted().forEach(files::add);
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(files.size() > 30, "the examples and the corpus: " + files.size());
        GovernanceEngine engine = GovernanceEngine.builder().rulePack(StandardRules.pack())
                .clock(java.time.Clock.fixed(java.time.Instant.parse("2026-06-01T00:00:00Z"), java.time.ZoneOffset.UTC))
                .build();
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            String english = decisions(engine, files);
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            String turkish = decisions(engine, files);
            assertEquals(english, turkish);
        } finally {
            Locale.setDefault(before);
        }
    }

    private static String decisions(GovernanceEngine engine, List<java.nio.file.Path> files) {
        io.meshgov.batch.BatchEvaluator batch = io.meshgov.batch.BatchEvaluator.of(engine).threads(2);
        io.meshgov.batch.BatchResult result = io.meshgov.batch.BatchEvaluator.of(engine.withCatalog(batch.catalogOf(files)))
                .threads(2).evaluateAll(files);
        StringBuilder text = new StringBuilder();
        result.decisions().forEach(decision -> {
            text.append(decision.source()).append(": ").append(decision.outcome()).append('\n');
            decision.findings().forEach(finding -> text.append("  ").append(finding).append('\n'));
        });
        result.unreadable().forEach(unreadable -> text.append(unreadable.source()).append(": ")
                .append(unreadable.problems()).append('\n'));
        return text.toString();
    }
}
