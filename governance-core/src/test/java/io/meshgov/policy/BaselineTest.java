package io.meshgov.policy;

import static io.meshgov.policy.PolicyFixture.descriptor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.decision.Decision;
import io.meshgov.decision.Finding;
import io.meshgov.decision.Outcome;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.read.BaselineFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A baseline accepts an estate's findings as they are: only new findings block. */
class BaselineTest {

    private static final String LEGACY = """
            apiVersion: v3.1.0
            kind: DataContract
            id: legacy-orders
            domain: sales
            tags: [legacy]
            schema:
              - name: orders
                properties:
                  - name: order_id
                    description: Order number.
                  - name: total
            """;

    private static GovernanceEngine plain;

    @TempDir
    Path folder;

    @BeforeAll
    static void buildOnce() {
        plain = GovernanceEngine.builder().rulePack(RulePack.ofDrl("council", PolicyFixture.COUNCIL_DRL))
                .clock(PolicyFixture.on("2026-12-01")).build();
    }

    private static GovernanceEngine withBaseline(Baseline baseline) {
        return GovernanceEngine.builder().rulePack(RulePack.ofDrl("council", PolicyFixture.COUNCIL_DRL))
                .clock(PolicyFixture.on("2026-12-01")).baseline(baseline).build();
    }

    @Test
    void acceptedFindings_stayInTheDecisionButDoNotBlock() {
        Decision before = plain.evaluate(descriptor(LEGACY, "legacy.yaml"));
        Baseline baseline = Baseline.of(List.of(before));

        Decision after = withBaseline(baseline).evaluate(descriptor(LEGACY, "legacy.yaml"));

        assertEquals(Outcome.REJECTED, before.outcome());
        assertEquals(Outcome.APPROVED_WITH_WARNINGS, after.outcome());
        assertEquals(before.findings().size(), after.findings().size());
        assertTrue(after.findings().stream().allMatch(finding -> finding.provenance().baselined()));
    }

    @Test
    void aNewFinding_blocks_evenAfterUnrelatedEditsMovedEveryLine() {
        Baseline baseline = Baseline.of(List.of(plain.evaluate(descriptor(LEGACY, "legacy.yaml"))));
        String edited = "# reformatted by the team's linter\n\n" + LEGACY.replace("domain: sales\n", "")
                .replace("id: legacy-orders\n", "id: legacy-orders\nversion: 1.1.0\ndomain: sales\n")
                + "      - name: channel\n";

        Decision decision = withBaseline(baseline).evaluate(descriptor(edited, "legacy.yaml"));

        assertEquals(List.of(), decision.blocking(), "the new finding, CNC-002, is a warning");
        Finding channel = decision.findings().stream()
                .filter(finding -> finding.path().equals("schema[orders].properties[channel].description"))
                .findFirst().orElseThrow();
        assertFalse(channel.provenance().baselined(), "channel was not there when the baseline was recorded");
        assertTrue(decision.findings().stream().filter(finding -> finding != channel)
                .allMatch(finding -> finding.provenance().baselined()), decision.toString());
    }

    @Test
    void aNewError_blocks() {
        Baseline baseline = Baseline.of(List.of(plain.evaluate(descriptor(LEGACY, "legacy.yaml"))));
        String worse = LEGACY + "      - name: shippedAt\n        description: When it left.\n";

        Decision decision = withBaseline(baseline).evaluate(descriptor(worse, "legacy.yaml"));

        assertEquals(List.of("CNC-003 schema[orders].properties[shippedAt].name"),
                decision.blocking().stream().map(finding -> finding.ruleId() + " " + finding.path()).toList());
    }

    @Test
    void fingerprints_dependOnRuleDescriptorAndPath_notOnLines() {
        Finding first = plain.evaluate(descriptor(LEGACY, "legacy.yaml")).findingsOf("CNC-001").get(0);
        Finding moved = plain.evaluate(descriptor("\n\n\n" + LEGACY, "elsewhere/legacy.yaml")).findingsOf("CNC-001").get(0);
        Finding otherContract = plain.evaluate(descriptor(LEGACY.replace("legacy-orders", "orders"), "legacy.yaml"))
                .findingsOf("CNC-001").get(0);

        assertNotEquals(first.location(), moved.location());
        assertEquals(first.provenance().fingerprint(), moved.provenance().fingerprint());
        assertNotEquals(first.provenance().fingerprint(), otherContract.provenance().fingerprint());
    }

    @Test
    void aBaselineFile_readsBackAsWritten() throws Exception {
        Baseline baseline = Baseline.of(List.of(plain.evaluate(descriptor(LEGACY, "legacy.yaml"))));
        Path file = folder.resolve("baseline.yaml");

        BaselineFile.write(baseline, file);

        assertEquals(baseline, BaselineFile.read(file));
        assertTrue(Files.readString(file).contains("    rule: \"CNC-001\"\n"), Files.readString(file));
    }
}
