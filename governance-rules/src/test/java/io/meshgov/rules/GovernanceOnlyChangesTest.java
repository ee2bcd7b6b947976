package io.meshgov.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.decision.Decision;
import io.meshgov.decision.Outcome;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.model.Descriptor;
import io.meshgov.read.DescriptorReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Evolution lists an owner's removal as information, not a break; the contract left without an owner must still be
 * rejected — by the completeness rules, which judge the proposed version on its own.
 */
class GovernanceOnlyChangesTest {

    private static final Path CONTRACT = Path.of("src/main/resources/io/meshgov/rules/standard-cases/compliant/orders.odcs.yaml");

    @Test
    void aContractWhoseOwnerLeft_isStillRejected_byTheOwnershipRule() throws Exception {
        String text = Files.readString(CONTRACT);
        Descriptor previous = DescriptorReader.read(text, "orders-1.4.0.odcs.yaml", io.meshgov.read.DescriptorFormat.YAML);
        String withoutOwner = text.replaceFirst("(?m)^version: .*$", "version: 1.4.1")
                .replaceFirst("(?m)^\\s*- username: jane\\.doe@example\\.com\\n\\s*role: owner\\n", "");
        Descriptor proposed = DescriptorReader.read(withoutOwner, "orders-1.4.1.odcs.yaml",
                io.meshgov.read.DescriptorFormat.YAML);
        Decision decision = GovernanceEngine.builder().rulePack(StandardRules.pack()).build()
                .evaluateChange(previous, proposed);
        assertEquals(Outcome.REJECTED, decision.outcome(), decision.findings().toString());
        assertTrue(decision.findings().stream().anyMatch(finding -> finding.ruleId().equals("META-001")
                && finding.blocks()), decision.findings().toString());
        assertTrue(decision.findings().stream().noneMatch(finding -> finding.ruleId().equals("EVO-001")),
                decision.findings().toString());
    }
}
