package io.meshgov.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.ConfigurationException;
import io.meshgov.batch.BatchEvaluator;
import io.meshgov.batch.DescriptorFinder;
import io.meshgov.decision.Decision;
import io.meshgov.decision.DecisionJson;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.read.PolicyReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Decisions written as JSON read back equal — over the examples' whole catalog under the federated policy, so
 * waived, advisory, baselined and incomplete findings all make the trip — and a wrong document is refused by name.
 */
class DecisionJsonTest {

    @Test
    void everyDecisionOfTheCatalog_readsBackEqual() {
        GovernanceEngine engine = GovernanceEngine.builder()
                .policy(PolicyReader.read(Path.of("federated/governance.yaml")))
                .clock(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC)).build();
        List<Path> files = DescriptorFinder.in(Path.of("")).find(List.of("descriptors")).descriptors();
        List<Decision> decisions = BatchEvaluator.of(engine).evaluateAll(files).decisions();

        assertTrue(decisions.size() >= 7, "the catalog: " + decisions.size());
        assertTrue(decisions.stream().anyMatch(decision -> decision.findings().stream()
                .anyMatch(finding -> finding.provenance().isWaived())), "a waived finding makes the trip");
        for (Decision decision : decisions) {
            assertEquals(decision, DecisionJson.read(DecisionJson.write(decision)), decision.source());
            assertEquals(decision, DecisionJson.read(DecisionJson.writeLine(decision)), decision.source());
            assertEquals(1, DecisionJson.writeLine(decision).lines().count(), "a JSON-lines record is one line");
        }
    }

    @Test
    void aDocumentThatIsNotADecision_isRefusedByName() {
        ConfigurationException wrongKind = assertThrows(ConfigurationException.class, () -> DecisionJson.read(
                "{\"source\":\"s\",\"id\":\"i\",\"kind\":\"Dataset\",\"outcome\":\"APPROVED\",\"rulePacks\":[],\"findings\":[]}"));
        assertEquals("decision JSON: kind: expected DataContract or DataProduct but was 'Dataset'",
                wrongKind.getMessage());
        assertEquals("decision JSON:1: expected a JSON object describing a decision",
                assertThrows(ConfigurationException.class, () -> DecisionJson.read("[1, 2]")).getMessage());
        assertEquals("decision JSON:1: not valid JSON; give the text a report or DecisionJson.write produced",
                assertThrows(ConfigurationException.class, () -> DecisionJson.read("{")).getMessage());
        assertEquals("decision JSON: outcome: expected one of [APPROVED, APPROVED_WITH_WARNINGS, REJECTED] but was"
                + " 'maybe'", assertThrows(ConfigurationException.class, () -> DecisionJson.read(
                "{\"source\":\"s\",\"id\":\"i\",\"kind\":\"DataContract\",\"outcome\":\"maybe\","
                        + "\"rulePacks\":[],\"findings\":[]}")).getMessage());
    }
}
