package io.meshgov.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whether a finding stops a gate: asked of the finding, so every output (CLI, library, reports) agrees. */
class FindingEffectTest {

    private static Finding finding(Severity severity, Enforcement enforcement, String waiver, boolean baselined) {
        return new Finding("ACME-001", severity, "title", "message", "schema[orders]", null, "", "",
                new Provenance("council", "acme", severity, enforcement, waiver, baselined, "sha256:0", List.of()));
    }

    /** For each finding, whether it stops a gate at ERROR, WARNING and INFO. */
    private static List<Boolean> stops(Finding finding) {
        return List.of(finding.stopsAt(Severity.ERROR), finding.stopsAt(Severity.WARNING),
                finding.stopsAt(Severity.INFO));
    }

    @Test
    void anEnforcedError_stopsEveryGate() {
        assertEquals(List.of(true, true, true), stops(finding(Severity.ERROR, Enforcement.SOFT_MANDATORY, "", false)));
    }

    @Test
    void aWarningOrAnAdvisoryError_stopsOnlyAGateAtWarningOrBelow() {
        assertEquals(List.of(false, true, true), stops(finding(Severity.WARNING, Enforcement.SOFT_MANDATORY, "", false)));
        assertEquals(List.of(false, true, true), stops(finding(Severity.ERROR, Enforcement.ADVISORY, "", false)));
    }

    @Test
    void anInformation_stopsOnlyAGateAtInfo() {
        assertEquals(List.of(false, false, true), stops(finding(Severity.INFO, Enforcement.SOFT_MANDATORY, "", false)));
    }

    @Test
    void whatAWaiverOrTheBaselineAccepted_stopsNoGate_unlessTheRuleIsHardMandatory() {
        assertEquals(List.of(false, false, false),
                stops(finding(Severity.ERROR, Enforcement.SOFT_MANDATORY, "WVR-7", false)));
        assertEquals(List.of(false, false, false),
                stops(finding(Severity.WARNING, Enforcement.SOFT_MANDATORY, "", true)));
        assertEquals(List.of(true, true, true),
                stops(finding(Severity.ERROR, Enforcement.HARD_MANDATORY, "WVR-7", true)));
    }
}
