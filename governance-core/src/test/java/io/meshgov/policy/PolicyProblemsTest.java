package io.meshgov.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.meshgov.ConfigurationException;
import io.meshgov.Problem;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.read.PolicyReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad policies fail with every problem at its line and what to write instead; locked rules cannot be weakened. */
class PolicyProblemsTest {

    @TempDir
    Path folder;

    private List<String> readingProblems(String policy) {
        Path file = PolicyFixture.write(folder, policy);
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> PolicyReader.read(file));
        return e.problems().stream().map(Problem::toString).map(text -> text.replace(file.toString(), "governance.yaml")).toList();
    }

    private List<String> buildingProblems(String policy) {
        Path file = PolicyFixture.write(folder, policy);
        GovernancePolicy read = PolicyReader.read(file);
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> GovernanceEngine.builder().policy(read).build());
        return e.problems().stream().map(Problem::toString).map(text -> text.replace(file.toString(), "governance.yaml")).toList();
    }

    @Test
    void unknownKeys_areNamedWithTheClosestKnownOne() {
        assertEquals(List.of("governance.yaml:3:5: layers[0].domian: unknown key; did you mean \"domain\"? (known keys: "
                        + "name, extends, domain, where, trusted, packs, conventions, locked, overrides, enforcement, waivers)"),
                readingProblems("""
                        policy: p
                        layers:
                          - domian: payments
                            name: council
                            packs: [{folder: council}]
                        """));
    }

    @Test
    void evaluationLimits_areReadFromThePolicy_andABadOneIsNamed() {
        Path file = PolicyFixture.write(folder, """
                policy: p
                evaluation: {maxFirings: 5000, timeBudget: 750ms}
                layers:
                  - name: council
                    packs: [{folder: council}]
                """);
        assertEquals(new io.meshgov.policy.EvaluationLimits(5000, java.time.Duration.ofMillis(750)),
                PolicyReader.read(file).evaluationLimits());
        assertEquals(List.of("governance.yaml:2:32: evaluation.timeBudget: expected a positive duration such as 10s,"
                        + " 500ms or 2m"),
                readingProblems("""
                        policy: p
                        evaluation: {maxFirings: 5000, timeBudget: soon}
                        layers:
                          - name: council
                            packs: [{folder: council}]
                        """));
    }

    @Test
    void waivers_needAnExpiryAndAJustification_andDatesAreIso() {
        assertEquals(List.of(
                        "governance.yaml:6:9: layers[0].waivers[0].expires: missing; every waiver expires; give its "
                                + "last day, e.g. \"expires: 2027-01-31\"",
                        "governance.yaml:6:9: layers[0].waivers[0].justification: missing; say why the exception is "
                                + "acceptable for now, e.g. \"justification: legacy ids are migrated in Q1\"",
                        "governance.yaml:15:9: layers[0].waivers[1].expires: expected a date as YYYY-MM-DD, e.g. "
                                + "2027-01-31, but was \"31/01/2027\""),
                readingProblems("""
                        policy: p
                        layers:
                          - name: council
                            packs: [{folder: council}]
                            waivers:
                              - id: W-1
                                rule: CNC-001
                                owner: team
                                approver: council
                              - id: W-2
                                rule: CNC-001
                                justification: later
                                owner: team
                                approver: council
                                expires: 31/01/2027
                        """));
    }

    @Test
    void layersExtendingEachOther_areACycle() {
        assertEquals(List.of("governance.yaml:3:5: extends: layers extend each other in a cycle: a -> b -> a; a layer "
                        + "may only extend layers above it"),
                readingProblems("""
                        policy: p
                        layers:
                          - name: a
                            extends: b
                            packs: [{folder: council}]
                          - name: b
                            extends: a
                        """));
    }

    @Test
    void aMissingPackFolderOrLevel_isLocated() {
        assertEquals(List.of(
                        "governance.yaml:4:14: layers[0].packs[0].folder: " + folder.resolve("councl")
                                + ": no such directory; name a folder that holds .drl rule files",
                        "governance.yaml:7:9: layers[0].enforcement[0].level: expected advisory, soft-mandatory or "
                                + "hard-mandatory but was \"hard\""),
                readingProblems("""
                        policy: p
                        layers:
                          - name: council
                            packs: [{folder: councl}]
                            enforcement:
                              - rule: CNC-001
                                level: hard
                        """));
    }

    @Test
    void unknownRuleIds_failTheBuildWithTheClosestId() {
        assertEquals(List.of("governance.yaml:6:9: overrides: no rule in force has the id \"CNC-02\"; did you mean "
                        + "\"CNC-002\"?; list the rules with 'meshgov rules'"),
                buildingProblems("""
                        policy: p
                        layers:
                          - name: council
                            packs: [{folder: council}]
                            overrides:
                              - rule: CNC-02
                                severity: INFO
                        """));
    }

    @Test
    void aLayerThatDisablesOrWeakensALockedRule_failsTheBuild_namingLayerFileAndRule() {
        assertEquals(List.of(
                        "governance.yaml:10:9: overrides: layer payments disables CNC-001, which layer council locked "
                                + "(governance.yaml:3:5); a locked rule can be made stricter, never turned off",
                        "governance.yaml:12:9: overrides: layer payments lowers CNC-003 from ERROR to WARNING, which "
                                + "layer council locked (governance.yaml:3:5); a locked rule can be made stricter, never weaker",
                        "governance.yaml:15:9: enforcement: layer payments enforces CNC-003 as advisory, which layer "
                                + "council locked (governance.yaml:3:5) as soft-mandatory; a locked rule can be enforced "
                                + "more strictly, never less"),
                buildingProblems("""
                        policy: p
                        layers:
                          - name: council
                            packs: [{folder: council}]
                            locked: ["CNC-00*"]
                          - name: payments
                            extends: council
                            domain: payments
                            overrides:
                              - rule: CNC-001
                                disabled: true
                              - rule: CNC-003
                                severity: WARNING
                            enforcement:
                              - rule: CNC-003
                                level: advisory
                        """));
    }

    @Test
    void aLockedRule_canBeMadeStricter() {
        Path file = PolicyFixture.write(folder, """
                policy: p
                layers:
                  - name: council
                    packs: [{folder: council}]
                    locked: [CNC-002]
                  - name: payments
                    domain: payments
                    overrides:
                      - rule: CNC-002
                        severity: ERROR
                    enforcement:
                      - rule: CNC-002
                        level: hard-mandatory
                """);

        assertEquals(2, GovernanceEngine.builder().policy(PolicyReader.read(file)).build().policy().layers().size());
    }

    @Test
    void aWaiverOfAHardMandatoryRule_failsTheBuild() {
        assertEquals(List.of("governance.yaml:9:9: waivers: waiver W-1: CNC-001 is hard-mandatory (layer council, "
                        + "governance.yaml:6:9) and no waiver can lift it; fix the findings, or ask the council to make "
                        + "the rule soft-mandatory"),
                buildingProblems("""
                        policy: p
                        layers:
                          - name: council
                            packs: [{folder: council}]
                            enforcement:
                              - rule: CNC-001
                                level: hard-mandatory
                            waivers:
                              - id: W-1
                                rule: CNC-001
                                justification: j
                                owner: o
                                approver: a
                                expires: 2027-01-01
                        """));
    }

    @Test
    void aLayersConventionsThatDoNotFitTheOnesBeneath_failTheBuild_notAnEvaluation() {
        assertEquals(List.of("governance.yaml:9:5: conventions: layer payments: sensitiveFrom must name a classification"
                + " of the scale [open, closed] but was \"confidential\", over the conventions beneath it; set the"
                + " conventions it depends on in the same layer"), buildingProblems("""
                        policy: p
                        layers:
                          - name: council
                            packs: [{folder: council}]
                            conventions:
                              classifications: [{name: open}, {name: closed}]
                              sensitiveFrom: closed
                              personalDataMinimum: closed
                          - name: payments
                            extends: [council]
                            packs: [{folder: payments}]
                            conventions: {sensitiveFrom: confidential}
                        """));
    }

    @Test
    void aLayersConventions_areTypedValues_readOnceWithThePolicy() {
        Path file = PolicyFixture.write(folder, """
                policy: p
                layers:
                  - name: council
                    packs: [{folder: council}]
                    conventions: {deprecationNoticeDays: 30}
                """);
        io.meshgov.conventions.ConventionsOverlay overlay = PolicyReader.read(file).layer("council").conventions();
        assertEquals(java.util.Set.of("deprecationNoticeDays"), overlay.settings());
        assertEquals(30, overlay.over(io.meshgov.conventions.Conventions.defaults()).deprecationNoticeDays());
        assertEquals(io.meshgov.conventions.Conventions.defaults().statuses(),
                overlay.over(io.meshgov.conventions.Conventions.defaults()).statuses());
    }

    @Test
    void layersWhoseConventionsClashOnlyTogether_rejectTheDescriptorTheyMeetOn_sayingWhy_neverThrow() throws Exception {
        Path file = PolicyFixture.write(folder, """
                policy: p
                layers:
                  - name: council
                    packs: [{folder: council}]
                    conventions:
                      classifications: [{name: open}, {name: closed}]
                      sensitiveFrom: closed
                      personalDataMinimum: closed
                  - name: logistics
                    domain: logistics
                    trusted: true
                    packs: [{folder: logistics}]
                    conventions:
                      classifications: [{name: public}, {name: internal}, {name: confidential}, {name: restricted}]
                      sensitiveFrom: confidential
                      personalDataMinimum: confidential
                  - name: payments
                    domain: payments
                    trusted: true
                    packs: [{folder: payments}]
                    conventions: {sensitiveFrom: confidential}
                """);
        java.nio.file.Files.createDirectories(folder.resolve("logistics"));
        java.nio.file.Files.writeString(folder.resolve("logistics/logistics.drl"), "package logistics;\n");
        GovernanceEngine engine = GovernanceEngine.builder().policy(PolicyReader.read(file)).build();
        io.meshgov.decision.Decision decision = engine.evaluate(io.meshgov.read.DescriptorReader.read("""
                apiVersion: v3.0.2
                kind: DataContract
                id: orders
                version: 1.0.0
                status: active
                domain: payments
                """, "orders.yaml", io.meshgov.read.DescriptorFormat.YAML));
        assertEquals(io.meshgov.decision.Outcome.REJECTED, decision.outcome());
        assertEquals(List.of("POLICY-003 blocks: ERROR from the engine, hard-mandatory"), decision.findings().stream()
                .map(finding -> finding.ruleId() + " " + finding.why()).toList());
        assertEquals(io.meshgov.Problem.Code.POLICY, assertThrows(ConfigurationException.class,
                () -> engine.diff(decisionInput(), decisionInput())).problems().get(0).code());
        assertEquals("the conventions of the layers [council, payments] that judge this descriptor do not fit together:"
                + " sensitiveFrom must name a classification of the scale [open, closed] but was \"confidential\"; the"
                + " descriptor was not judged", decision.findings().get(0).message());
    }

    private static io.meshgov.model.Descriptor decisionInput() {
        return io.meshgov.read.DescriptorReader.read("""
                apiVersion: v3.0.2
                kind: DataContract
                id: orders
                version: 1.0.0
                status: active
                domain: payments
                """, "orders.yaml", io.meshgov.read.DescriptorFormat.YAML);
    }
}
