package io.meshgov.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.meshgov.conventions.Conventions;
import io.meshgov.decision.Decision;
import io.meshgov.decision.Finding;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.read.ConventionsReader;
import io.meshgov.read.DescriptorFormat;
import io.meshgov.read.DescriptorReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lifecycle rules ask the conventions what a status means, so a council's own words count as the standard's. */
class StatusWordsTest {

    private static final String SUNSET_CONTRACT = """
            apiVersion: v3.0.2
            kind: DataContract
            id: orders
            version: 1.0.0
            status: sunset
            """;

    private static List<String> lifecycleFindings(Conventions conventions) {
        GovernanceEngine engine = GovernanceEngine.builder().rulePack(StandardRules.pack()).conventions(conventions)
                .build();
        Decision decision = engine.evaluate(DescriptorReader.read(SUNSET_CONTRACT, "orders.yaml",
                DescriptorFormat.YAML));
        return decision.findings().stream().map(Finding::ruleId).filter(id -> id.startsWith("LIFE-")).toList();
    }

    @Test
    void aCouncilThatSaysSunset_forDeprecated_getsTheDeprecationRules() {
        Conventions sunset = ConventionsReader.read(new ByteArrayInputStream("""
                statuses: [proposed, draft, active, deprecated, sunset, retired]
                statusStages:
                  inDevelopment: [proposed, draft]
                  active: [active]
                  deprecated: [deprecated, sunset]
                  retired: [retired]
                """.getBytes(StandardCharsets.UTF_8)), "council.yaml");
        assertEquals(List.of("LIFE-002", "LIFE-003"), lifecycleFindings(sunset));
        assertEquals(List.of("LIFE-001"), lifecycleFindings(Conventions.defaults()));
    }
}
