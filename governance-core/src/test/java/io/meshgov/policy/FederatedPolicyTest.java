package io.meshgov.policy;

import static io.meshgov.policy.PolicyFixture.SETTLEMENTS;
import static io.meshgov.policy.PolicyFixture.SHIPMENTS;
import static io.meshgov.policy.PolicyFixture.descriptor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.batch.BatchEvaluator;
import io.meshgov.decision.Decision;
import io.meshgov.decision.Enforcement;
import io.meshgov.decision.Finding;
import io.meshgov.decision.Outcome;
import io.meshgov.decision.Severity;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.model.Descriptor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A council layer and two domain layers, judged by a real engine on 2026-12-01 unless a test says otherwise. */
class FederatedPolicyTest {

    @TempDir
    static Path folder;

    private static Path policyFile;
    private static GovernanceEngine engine;
    private static final Descriptor settlements = descriptor(SETTLEMENTS, "payments/settlements.yaml");
    private static final Descriptor shipments = descriptor(SHIPMENTS, "logistics/shipments.yaml");

    @BeforeAll
    static void buildOnce() {
        policyFile = PolicyFixture.write(folder, PolicyFixture.POLICY);
        engine = PolicyFixture.engine(policyFile, "2026-12-01");
    }

    private static List<String> summary(Decision decision) {
        return decision.findings().stream()
                .map(finding -> finding.ruleId() + " " + finding.path() + (finding.blocks() ? " blocks" : ""))
                .toList();
    }

    private static Finding only(Decision decision, String ruleId, String path) {
        return decision.findings().stream()
                .filter(finding -> finding.ruleId().equals(ruleId) && finding.path().equals(path))
                .reduce((a, b) -> { throw new AssertionError("two findings " + ruleId + " " + path); })
                .orElseThrow(() -> new AssertionError("no finding " + ruleId + " " + path + " in " + decision));
    }

    @Test
    void domainLayers_judgeOnlyTheirDomainsDescriptors() {
        Decision payments = engine.evaluate(settlements);
        Decision logistics = engine.evaluate(shipments);

        assertEquals(3, payments.findingsOf("PAY-101").size());
        assertEquals(List.of(), logistics.findingsOf("PAY-101"), "shipmentId is a double too, but PAY-101 is payments'");
        assertEquals(List.of("council 2.0.0", "payments"), payments.rulePacks());
        assertEquals(List.of("council 2.0.0"), logistics.rulePacks());
        assertEquals("payments", only(payments, "PAY-101", "schema[settlements].properties[amount].physicalType")
                .provenance().layer());
    }

    @Test
    void aLayersConventions_applyToItsDomainOnly() {
        assertEquals(List.of(), engine.evaluate(settlements).findingsOf("CNC-003"), "payments names in camelCase");
        assertEquals("'shipmentId' is not snake_case",
                only(engine.evaluate(shipments), "CNC-003", "schema[shipments].properties[shipmentId].name").message());
    }

    @Test
    void eachDecision_saysWhichLayerAndWhatChangedItsEffect() {
        Decision decision = engine.evaluate(settlements);

        Finding fee = only(decision, "PAY-101", "schema[settlements].properties[fee].physicalType");
        assertEquals("does not block: ERROR from layer payments (payments), soft-mandatory; waived by WVR-1 until "
                + "2027-03-31 (owner payments-data, approved by governance-council, " + policyFile + ":28:9)", fee.why());
        assertEquals("WVR-1", fee.provenance().waiver());

        Finding amount = only(decision, "PAY-101", "schema[settlements].properties[amount].physicalType");
        assertEquals("blocks: ERROR from layer payments (payments), soft-mandatory", amount.why());
        assertEquals(Outcome.REJECTED, decision.outcome());
        assertEquals(List.of(amount), decision.blocking());
    }

    @Test
    void overrides_changeSeverityWhereTheirScopeApplies() {
        Descriptor strict = descriptor(SHIPMENTS.replace("domain: logistics", "domain: logistics\ntags: [strict]"),
                "logistics/strict.yaml");

        Finding relaxed = only(engine.evaluate(shipments), "CNC-002", "schema[shipments].properties[shipmentId].description");
        Finding raised = only(engine.evaluate(strict), "CNC-002", "schema[shipments].properties[shipmentId].description");

        assertEquals(Severity.WARNING, relaxed.severity());
        assertEquals(Severity.ERROR, raised.severity());
        assertEquals(Severity.WARNING, raised.provenance().declaredSeverity());
        assertEquals(List.of("severity WARNING -> ERROR by layer logistics (" + policyFile + ":46:9)"),
                raised.provenance().effects());
    }

    @Test
    void hardMandatory_alwaysBlocks() {
        Finding undescribed = only(engine.evaluate(shipments), "CNC-001", "description");

        assertTrue(undescribed.blocks());
        assertEquals(Enforcement.HARD_MANDATORY, undescribed.provenance().enforcement());
    }

    @Test
    void stagedRollout_isAdvisoryBeforeItsDateAndEnforcedFrom_it() {
        Finding before = only(engine.evaluate(shipments), "CNC-004", "tags");
        Finding onTheDay = only(PolicyFixture.engine(policyFile, "2027-01-01").evaluate(shipments), "CNC-004", "tags");

        assertFalse(before.blocks(), "advisory: reported, never blocks");
        assertEquals(Enforcement.ADVISORY, before.provenance().enforcement());
        assertTrue(before.why().contains("advisory by layer council (advisory until 2027-01-01, then soft-mandatory; "),
                before.why());
        assertTrue(onTheDay.blocks());
        assertEquals(Enforcement.SOFT_MANDATORY, onTheDay.provenance().enforcement());
    }

    @Test
    void advisoryErrors_leaveTheDescriptorApprovedWithWarnings() {
        Descriptor tidy = descriptor("""
                apiVersion: v3.1.0
                kind: DataContract
                id: routes
                domain: logistics
                description:
                  purpose: Delivery routes.
                """, "logistics/routes.yaml");

        Decision decision = engine.evaluate(tidy);

        assertEquals(List.of("CNC-004 tags"), summary(decision));
        assertEquals(Outcome.APPROVED_WITH_WARNINGS, decision.outcome());
    }

    @Test
    void softMandatory_isLiftedByAWaiver_andTheWaivedFindingStaysInTheDecision() {
        Decision decision = engine.evaluate(settlements);

        assertEquals(List.of("PAY-101 schema[settlements].properties[amount].physicalType blocks",
                "PAY-101 schema[settlements].properties[fee].physicalType",
                "PAY-101 schema[settlements].properties[rate].physicalType",
                "POLICY-002 "), summary(decision));
    }

    @Test
    void aWaiverExpiringSoon_isFlaggedInTheDecision() {
        Finding notice = only(engine.evaluate(settlements), "POLICY-002", "");

        assertEquals("waiver WVR-2 for PAY-101 expires on 2026-12-10, in 9 day(s)", notice.message());
        assertEquals(policyFile + ":35:9", notice.location().toString());
        assertEquals(Severity.WARNING, notice.severity());
    }

    @Test
    void anExpiredWaiver_stopsApplying_andIsReported() {
        Decision decision = engine.evaluate(shipments);

        Finding name = only(decision, "CNC-003", "schema[shipments].properties[shipmentId].name");
        assertTrue(name.blocks());
        assertEquals("", name.provenance().waiver());
        assertEquals(List.of("waiver WVR-3 expired on 2026-11-30 (" + policyFile + ":50:9)"), name.provenance().effects());
        assertEquals("waiver WVR-3 for CNC-003 expired on 2026-11-30; the findings it covered here block again",
                only(decision, "POLICY-001", "").message());
    }

    @Test
    void theBatch_reportsEveryWaiversStanding_includingOrphans() {
        Path files = PolicyFixture.writeDescriptors(folder.resolve("estate"), SETTLEMENTS, SHIPMENTS);

        List<String> states = BatchEvaluator.of(engine).evaluateAll(List.of(files.resolve("0.yaml"), files.resolve("1.yaml"))).waivers()
                .stream().map(status -> status.waiver().id() + " " + status.state() + " " + status.matches()).toList();

        assertEquals(List.of("WVR-1 ACTIVE 1", "WVR-2 EXPIRING 1", "WVR-3 EXPIRED 1", "WVR-4 ORPHANED 0"), states);
    }

    @Test
    void everyEntryPoint_appliesTheSamePolicy() {
        Path files = PolicyFixture.writeDescriptors(folder.resolve("same"), SETTLEMENTS);
        Decision batch = BatchEvaluator.of(engine).evaluateAll(List.of(files.resolve("0.yaml"))).decisions().get(0);
        Decision single = engine.evaluate(settlements);

        assertEquals(summary(single), summary(batch));
        assertEquals(single.findings().stream().map(Finding::why).toList(),
                batch.findings().stream().map(Finding::why).toList());
    }
}
