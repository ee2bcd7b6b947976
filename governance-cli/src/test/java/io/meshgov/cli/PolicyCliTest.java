package io.meshgov.cli;

import static io.meshgov.cli.CliTest.meshgov;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meshgov.cli.CliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line with the example's governance policy, its waivers and a baseline. */
class PolicyCliTest {

    private static final String POLICY = "../governance-examples/federated/governance.yaml";
    private static final String ESTATE = "../governance-examples/descriptors";
    private static final String DESCRIPTORS = "src/test/resources/descriptors/";

    @TempDir
    Path folder;

    @Test
    void check_withAPolicy_marksWaivedAndAdvisoryFindings_andListsWaiversNeedingAttention() {
        Run run = meshgov("check", "--policy", POLICY, "--as-of", "2026-12-01", ESTATE);

        assertEquals(1, run.exitCode(), run.err());
        List<String> lines = run.lines().stream().map(PolicyCliTest::withoutPath).toList();
        assertTrue(lines.contains("  " + ESTATE + "/logistics/warehouse-stock.odcs.json:13:3  ERROR    META-001  no "
                + "current team member has an owner role  (waived WVR-2026-031)"), run.out());
        assertTrue(lines.contains("  " + ESTATE + "/payments/card-payments.odcs.yaml:59:5  ERROR    META-004  schema "
                + "object 'refunds' has no quality check  (advisory)"), run.out());
        assertTrue(run.lines().contains("waivers needing attention:"), run.out());
        assertTrue(run.lines().contains("  " + POLICY + ":52:9: waiver WVR-2026-017 (META-004, layer logistics) covers no "
                + "finding: delete it, or correct its rule and scope"), run.out());
    }

    @Test
    void asOf_previewsTheStagedRollOut() {
        Run before = meshgov("check", "--policy", POLICY, "--as-of", "2026-12-31", ESTATE + "/payments/card-payments.odcs.yaml");
        Run after = meshgov("check", "--policy", POLICY, "--as-of", "2027-01-01", ESTATE + "/payments/card-payments.odcs.yaml");

        assertTrue(before.out().contains("META-004  schema object 'refunds' has no quality check  [schema[refunds].quality]"
                + "  (advisory)"), before.out());
        assertTrue(after.out().contains("META-004  schema object 'refunds' has no quality check  [schema[refunds].quality]\n"),
                after.out());
    }

    /** A report line without its element path ({@code  [schema[orders].quality]}). */
    private static String withoutPath(String line) {
        return line.replaceFirst("  \\[(?:[^\\[\\]]|\\[[^\\]]*\\])*\\]", "");
    }

    @Test
    void json_withAPolicy_validatesAndCarriesProvenanceAndWaivers() throws Exception {
        Run run = meshgov("check", "--policy", POLICY, "--as-of", "2026-12-01", "--format", "json", ESTATE);
        JsonNode json = new ObjectMapper().readTree(run.out());

        assertEquals(Set.of(), CliTest.validate(json, io.meshgov.decision.DecisionJson.SCHEMA));
        JsonNode waived = StreamSupport.stream(json.at("/decisions").spliterator(), false)
                .flatMap(decision -> StreamSupport.stream(decision.at("/findings").spliterator(), false))
                .filter(finding -> finding.at("/provenance/waiver").asText().equals("WVR-2026-031"))
                .findFirst().orElseThrow();
        assertFalse(waived.at("/blocks").asBoolean());
        assertEquals("council", waived.at("/provenance/layer").asText());
        assertEquals(List.of("WVR-2026-031 ACTIVE", "WVR-2026-017 ORPHANED"),
                StreamSupport.stream(json.at("/waivers").spliterator(), false)
                        .map(waiver -> waiver.at("/id").asText() + " " + waiver.at("/state").asText()).toList());
    }

    @Test
    void sarif_showsWaivedFindingsAsSuppressed() throws Exception {
        Run run = meshgov("check", "--policy", POLICY, "--as-of", "2026-12-01", "--format", "sarif",
                ESTATE + "/logistics/warehouse-stock.odcs.json");
        JsonNode sarif = new ObjectMapper().readTree(run.out());

        assertEquals(Set.of(), CliTest.validate(sarif, "/schema/sarif-schema-2.1.0.json"));
        assertEquals("accepted", sarif.at("/runs/0/results/0/suppressions/0/status").asText());
        assertEquals("warning", sarif.at("/runs/0/results/0/level").asText());
        assertEquals(0, run.exitCode());
    }

    @Test
    void baseline_acceptsTheEstateAsItIs_thenOnlyNewFindingsBlock() throws Exception {
        Path estate = folder.resolve("estate");
        Files.createDirectories(estate);
        Files.copy(Path.of(DESCRIPTORS + "rejected.odcs.yaml"), estate.resolve("orders.odcs.yaml"));
        String before = Files.readString(estate.resolve("orders.odcs.yaml"));
        Path baseline = folder.resolve("meshgov-baseline.yaml");

        Run recorded = meshgov("baseline", "--output", baseline.toString(), estate.toString());
        assertEquals(before, Files.readString(estate.resolve("orders.odcs.yaml")), "the descriptor is never modified");
        Run accepted = meshgov("check", "--baseline", baseline.toString(), estate.toString());
        Files.writeString(estate.resolve("orders.odcs.yaml"), "# reviewed by the payments team\n\n" + before);
        Run edited = meshgov("check", "--baseline", baseline.toString(), estate.toString());

        assertEquals(0, recorded.exitCode(), recorded.err());
        assertTrue(recorded.out().startsWith("recorded "), recorded.out());
        assertEquals(0, accepted.exitCode(), accepted.out());
        assertTrue(accepted.out().contains("(baselined)"), accepted.out());
        assertEquals(0, edited.exitCode(), "lines moved, fingerprints did not: " + edited.out());
    }

    @Test
    void baseline_refusesToRecordPartOfAnEstate() {
        Path baseline = folder.resolve("partial.yaml");

        Run run = meshgov("baseline", "--output", baseline.toString(), DESCRIPTORS + "unreadable.odcs.yaml",
                DESCRIPTORS + "approved.odcs.yaml");

        assertEquals(2, run.exitCode());
        assertFalse(Files.exists(baseline));
        assertTrue(run.err().contains("meshgov: no baseline written: 1 descriptor cannot be read; fix them and run again"),
                run.err());
    }

    @Test
    void aBrokenPolicy_isOneLocatedLine_exitTwo() throws Exception {
        Path policy = folder.resolve("governance.yaml");
        Files.writeString(policy, "policy: p\nlayers:\n  - name: council\n    trusted: true\n    packs: [{kbase: standard}]\n    locked: [META-01]\n");

        Run run = meshgov("check", "--policy", policy.toString(), DESCRIPTORS + "approved.odcs.yaml");

        assertEquals(2, run.exitCode());
        assertEquals("meshgov: " + policy + ":3:5: locked: no rule in force has the id \"META-01\"; did you mean "
                + "\"META-001\"?; list the rules with 'meshgov rules'", run.err().lines().findFirst().orElseThrow());
    }

    @Test
    void policyAndRulesFolders_doNotMix() {
        Run run = meshgov("check", "--policy", POLICY, "--rules", "../governance-examples/rules/payments", ESTATE);

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("meshgov: --policy names every rule pack in its layers"), run.err());
    }
}
