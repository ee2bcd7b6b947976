package io.meshgov.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExamplesTest {

    private static List<String> run(ThrowingMain main, String... args) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            main.run(args);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void publishGate_printsADecisionPerDescriptor_withRemediationForTheRejected() throws Exception {
        List<String> lines = run(PublishGateExample::main, "descriptors");
        assertEquals(List.of(
                "descriptors/logistics/shipments.odcs.yaml: APPROVED",
                "descriptors/logistics/warehouse-stock.odcs.json: REJECTED",
                "descriptors/marketing/campaign-audience.odps.yaml: APPROVED",
                "descriptors/marketing/newsletter-signups.odcs.yaml: REJECTED",
                "descriptors/payments/card-payments.odcs.yaml: REJECTED",
                "descriptors/payments/settlements.odcs.yaml: APPROVED",
                "descriptors/support/tickets.odcs.yaml: APPROVED_WITH_WARNINGS"),
                lines.stream().filter(line -> line.startsWith("descriptors/")).toList());
        assertTrue(lines.contains("  descriptors/payments/card-payments.odcs.yaml:52:9  ERROR  META-003  property"
                + " 'card_number' of 'card_payments' has no classification"), String.join("\n", lines));
        assertTrue(lines.contains("      at  schema[card_payments].properties[card_number].classification"));
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("      fix Add a classification to the property")));
        assertEquals("7 descriptors: 3 approved, 1 approved with warnings, 3 rejected, 0 unreadable",
                lines.get(lines.size() - 1));
    }

    @Test
    void domainRules_addTheirWarningsOnTopOfTheStandard() throws Exception {
        List<String> lines = run(DomainRulesExample::main, "rules/payments", "descriptors/payments");
        assertTrue(lines.contains("descriptors/payments/settlements.odcs.yaml: APPROVED_WITH_WARNINGS"),
                String.join("\n", lines));
        assertTrue(lines.contains("  descriptors/payments/settlements.odcs.yaml:70:9  WARNING  PAY-001"
                + "  'settled_amount' holds money but is declared as integer"), String.join("\n", lines));
    }

    @Test
    void contractEvolution_approvesTheAdditiveProposal_andRejectsTheBreakingOne() throws Exception {
        List<String> lines = run(ContractEvolutionExample::main, "descriptors-history/payments");
        String all = String.join("\n", lines);
        assertTrue(lines.contains("settlements-1.5.0-additive.odcs.yaml against 1.4.0: APPROVED"), all);
        assertTrue(lines.contains("  INFO  EVO-008  property 'currency' of 'settlements' added as optional (string)"
                + " (additive)"), all);
        assertTrue(lines.contains("settlements-1.5.0-breaking.odcs.yaml against 1.4.0: REJECTED"), all);
        assertTrue(lines.contains("  ERROR  EVO-001  SLA 'latency' weakened (latency) from 1 d to 3 d breaks consumers"
                + " under BACKWARD (consumers of 1.4.0 keep reading what 1.5.0 writes; a schema registry calls this"
                + " FORWARD): consumers relied on what 1.4.0 promised"), all);
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("  ERROR  EVO-001  property 'acquirer' of"
                + " 'settlements' removed")), all);
        assertTrue(lines.contains("      fix Bump the version to 2.0.0, or keep the previous form alongside the new one"
                + " so that the change stops breaking."), all);
    }

    @FunctionalInterface
    interface ThrowingMain {
        void run(String[] args) throws Exception;
    }

    @Test
    void federatedGovernance_councilStandard_aStricterDomain_andAWaiver() throws Exception {
        List<String> lines = run(FederatedGovernanceExample::main, "federated/governance.yaml", "descriptors",
                "2026-12-01");
        String all = String.join("\n", lines);
        assertTrue(lines.contains("descriptors/payments/settlements.odcs.yaml: REJECTED  (rule packs: standard "
                + io.meshgov.rules.StandardRules.version() + ", payments 1.3.0)"), all);
        assertTrue(lines.contains("      blocks: ERROR from layer payments (payments 1.3.0), hard-mandatory; severity "
                + "WARNING -> ERROR by layer payments (federated/governance.yaml:32:9); hard-mandatory by layer payments "
                + "(federated/governance.yaml:37:9)"), all);
        assertTrue(lines.contains("descriptors/logistics/warehouse-stock.odcs.json: APPROVED_WITH_WARNINGS  (rule packs: "
                + "standard " + io.meshgov.rules.StandardRules.version() + ")"), all);
        assertTrue(all.contains("does not block: ERROR from layer council (standard " + io.meshgov.rules.StandardRules.version()
                + "), soft-mandatory; waived by WVR-2026-031 until 2027-02-28"), all);
        assertTrue(all.contains("does not block: ERROR from layer council (standard " + io.meshgov.rules.StandardRules.version()
                + "), advisory; advisory by layer council (advisory until 2027-01-01, then soft-mandatory;"), all);
        assertTrue(lines.contains("attention: federated/governance.yaml:52:9: waiver WVR-2026-017 (META-004, layer "
                + "logistics) covers no finding: delete it, or correct its rule and scope"), all);
    }

    @Test
    void federatedGovernance_theStagedRollOut_blocksFromItsDate() throws Exception {
        String all = String.join("\n", run(FederatedGovernanceExample::main, "federated/governance.yaml", "descriptors",
                "2027-01-01"));
        assertTrue(all.contains("blocks: ERROR from layer council (standard " + io.meshgov.rules.StandardRules.version()
                + "), soft-mandatory; soft-mandatory by layer council (advisory until 2027-01-01, then soft-mandatory;"), all);
    }
}
