package io.meshgov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The command line through its entry point, in-process; {@code MeshgovJarIT} runs the packaged jar. */
class CliTest {

    private static final String DESCRIPTORS = "src/test/resources/descriptors/";

    /** One run's exit code and streams. */
    record Run(int exitCode, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Run meshgov(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Meshgov.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void check_exitsZeroWhenApproved_oneWhenRejected_twoWhenUnreadable() {
        assertEquals(0, meshgov("check", DESCRIPTORS + "approved.odcs.yaml").exitCode());
        assertEquals(1, meshgov("check", DESCRIPTORS + "rejected.odcs.yaml").exitCode());
        Run unreadable = meshgov("check", DESCRIPTORS + "unreadable.odcs.yaml", DESCRIPTORS + "approved.odcs.yaml");
        assertEquals(2, unreadable.exitCode());
        assertTrue(unreadable.out().contains(DESCRIPTORS + "approved.odcs.yaml: APPROVED"), unreadable.out());
        assertTrue(unreadable.lines().contains("  " + DESCRIPTORS + "unreadable.odcs.yaml:1:1: id: missing; add a unique,"
                + " stable identifier such as a UUID, e.g. \"id: 53581432-6c55-4ba2-a65f-72344a91553a\""), unreadable.out());
        assertEquals("meshgov: " + DESCRIPTORS + "unreadable.odcs.yaml:1:1: id: missing; add a unique, stable identifier"
                + " such as a UUID, e.g. \"id: 53581432-6c55-4ba2-a65f-72344a91553a\"\n", unreadable.err(),
                "unreadable descriptors are errors on standard error too, where CI tools look");
    }

    @Test
    void twoRuleFoldersOfTheSameName_areAUsageError_notADefect() {
        Run run = meshgov("check", "--rules", "../governance-examples/rules/payments", "--rules",
                "../governance-examples/first-rule/rules/payments", DESCRIPTORS + "approved.odcs.yaml");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("meshgov: --rules ../governance-examples/first-rule/rules/payments: a rule pack is"
                + " named after its folder, and 'payments' is already --rules ../governance-examples/rules/payments;"), run.err());
        assertFalse(run.err().contains("defect"), run.err());
    }

    @Test
    void warnings_passByDefault_andFailWithFailOnWarning() {
        assertEquals(0, meshgov("check", DESCRIPTORS + "warnings.odcs.yaml").exitCode());
        assertEquals(3, meshgov("check", "--fail-on", "warning", DESCRIPTORS + "warnings.odcs.yaml").exitCode(),
                "warnings alone failing the run: 3, not the 1 of a rejection");
        assertEquals(1, meshgov("check", "--fail-on", "warning", DESCRIPTORS + "warnings.odcs.yaml",
                DESCRIPTORS + "rejected.odcs.yaml").exitCode());
    }

    @Test
    void text_listsEachFindingOnOneLine_withTheRemediationBeneath_andASummary() {
        Run run = meshgov("check", DESCRIPTORS + "rejected.odcs.yaml");
        assertEquals(List.of(
                DESCRIPTORS + "rejected.odcs.yaml: REJECTED",
                "  " + DESCRIPTORS + "rejected.odcs.yaml:52:9  ERROR    META-003  property 'card_number' of 'card_payments'"
                        + " has no classification  [schema[card_payments].properties[card_number].classification]",
                "      Add a classification to the property, e.g. 'classification: internal' (public, internal,"
                        + " confidential or restricted).",
                "  " + DESCRIPTORS + "rejected.odcs.yaml:59:5  ERROR    META-004  schema object 'refunds' has no quality"
                        + " check  [schema[refunds].quality]",
                "      Add a quality check to the object or one of its properties, e.g. under the object: 'quality:'"
                        + " then '- metric: rowCount' with 'mustBeGreaterThan: 0'.",
                "1 descriptor: 0 approved, 0 approved with warnings, 1 rejected, 0 unreadable"), run.lines());
        assertTrue(run.out().indexOf('\u001B') < 0, "no colour when not on a terminal");
    }

    @Test
    void folders_areSearchedRecursively_andGlobsMatched() {
        Run folder = meshgov("check", DESCRIPTORS);
        // the folder is one mesh: its two files publishing settlements 1.5.0 are rejected for it (MESH-004)
        assertTrue(folder.out().endsWith("7 descriptors: 2 approved, 1 approved with warnings, 3 rejected, 1 unreadable\n"),
                folder.out());
        Run glob = meshgov("check", DESCRIPTORS + "settlements-*.yaml");
        assertTrue(glob.out().endsWith("3 descriptors: 1 approved, 0 approved with warnings, 2 rejected, 0 unreadable\n"),
                glob.out());
    }

    @Test
    void usageErrors_areOneLineOnStandardError_withExitTwo() {
        Run missing = meshgov("check", "no/such/folder");
        assertEquals(2, missing.exitCode());
        assertEquals("meshgov: no/such/folder: no such file, and no descriptor (*.yaml, *.yml, *.json) matches it\n",
                missing.err());
        Run typo = meshgov("check", "--formt", "json", DESCRIPTORS);
        assertEquals(2, typo.exitCode());
        assertTrue(typo.err().startsWith("meshgov: Unknown option: '--formt'"), typo.err());
        assertTrue(typo.err().endsWith("see 'meshgov check --help'\n"), typo.err());
        assertEquals(2, typo.err().lines().count(), "one line and where to look, never the whole help: " + typo.err());
        Run format = meshgov("check", "--format", "yaml", DESCRIPTORS);
        assertEquals(2, format.exitCode());
        assertTrue(format.err().contains("expected one of text, json, sarif, junit, github, markdown, gitlab but was 'yaml'"),
                format.err());
    }

    @Test
    void brokenRules_failWithTheirFileAndLine(@TempDir Path rules) throws Exception {
        Files.writeString(rules.resolve("broken.drl"), "package broken;\nrule \"r\" @severity(\"ERROR\")\nwhen String()"
                + " then\nend\n");
        Run run = meshgov("check", "--rules", rules.toString(), DESCRIPTORS + "approved.odcs.yaml");
        assertEquals(2, run.exitCode());
        assertEquals("meshgov: " + rules.resolve("broken.drl") + ":2:1: rule \"r\": missing @id; give the rule a stable id,"
                + " e.g. @id(\"PAY-001\")\n", run.err());
    }

    @Test
    void json_validatesAgainstItsPublishedSchema() throws Exception {
        Run run = meshgov("check", "--format", "json", DESCRIPTORS);
        assertEquals(2, run.exitCode());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(Set.of(), validate(report, io.meshgov.decision.DecisionJson.SCHEMA));
        assertEquals(7, report.at("/summary/descriptors").asInt());
        assertEquals(false, report.at("/summary/passed").asBoolean());
        assertEquals("META-003", report.at("/decisions/1/findings/0/ruleId").asText());
        assertEquals(52, report.at("/decisions/1/findings/0/location/line").asInt());
    }

    @Test
    void sarif_validatesAgainstTheSarif210Schema_withRulesAndLocations() throws Exception {
        Run run = meshgov("check", "--format", "sarif", DESCRIPTORS);
        JsonNode sarif = new ObjectMapper().readTree(run.out());
        assertEquals(Set.of(), validate(sarif, "/schema/sarif-schema-2.1.0.json"));
        JsonNode first = sarif.at("/runs/0/results/0");
        assertEquals("META-003", first.at("/ruleId").asText());
        assertEquals("error", first.at("/level").asText());
        assertEquals(DESCRIPTORS + "rejected.odcs.yaml", first.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(52, first.at("/locations/0/physicalLocation/region/startLine").asInt());
        JsonNode rule = sarif.at("/runs/0/tool/driver/rules/" + first.at("/ruleIndex").asInt());
        assertEquals("META-003", rule.at("/id").asText());
        assertTrue(rule.at("/help/text").asText().startsWith("Add a classification"));
        assertEquals(false, sarif.at("/runs/0/invocations/0/executionSuccessful").asBoolean());
    }

    @Test
    void junit_hasOneTestCasePerDescriptorAndRule() throws Exception {
        Run run = meshgov("check", "--format", "junit", DESCRIPTORS + "rejected.odcs.yaml", DESCRIPTORS + "approved.odcs.yaml");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(run.out())));
        int rules = Integer.parseInt(xml.getDocumentElement().getAttribute("tests")) / 2;
        assertTrue(rules >= 50, "rules per descriptor (the evolution rules judge only changes): " + rules);
        assertEquals("2", xml.getDocumentElement().getAttribute("failures"));
        assertEquals(2 * rules, xml.getElementsByTagName("testcase").getLength());
        assertEquals(2, xml.getElementsByTagName("failure").getLength());
    }

    @Test
    void github_printsWorkflowAnnotations() {
        Run run = meshgov("check", "--format", "github", DESCRIPTORS + "rejected.odcs.yaml");
        assertEquals("::error file=" + DESCRIPTORS + "rejected.odcs.yaml,line=52,col=9,title=META-003 Every property has a"
                + " classification::property 'card_number' of 'card_payments' has no classification%0AAdd a"
                + " classification to the property, e.g. 'classification: internal' (public, internal, confidential or"
                + " restricted).", run.lines().get(0));
    }

    @Test
    void output_writesTheReportToAFile(@TempDir Path folder) throws Exception {
        Path report = folder.resolve("reports/meshgov.sarif");
        Run run = meshgov("check", "--format", "sarif", "--output", report.toString(), DESCRIPTORS + "approved.odcs.yaml");
        assertEquals(0, run.exitCode());
        assertEquals("", run.out());
        assertTrue(Files.readString(report).contains("\"version\" : \"2.1.0\""));
    }

    @Test
    void diff_rejectsABreakingChange_andApprovesAnAdditiveOne() {
        Run breaking = meshgov("diff", DESCRIPTORS + "settlements-1.4.0.odcs.yaml",
                DESCRIPTORS + "settlements-1.5.0-breaking.odcs.yaml");
        assertEquals(1, breaking.exitCode());
        assertTrue(breaking.out().contains("ERROR    EVO-001  SLA 'latency' weakened (latency) from 1 d to 3 d breaks"
                + " consumers under BACKWARD"), breaking.out());
        Run additive = meshgov("diff", DESCRIPTORS + "settlements-1.4.0.odcs.yaml",
                DESCRIPTORS + "settlements-1.5.0-additive.odcs.yaml");
        assertEquals(0, additive.exitCode());
        assertTrue(additive.out().contains("INFO     EVO-008  property 'currency' of 'settlements' added as optional"),
                additive.out());
    }

    @Test
    void test_runsPolicyCases_andEndsWithTheCount() {
        Run passing = meshgov("test", "../governance-rules/src/main/resources/io/meshgov/rules/standard-cases/lifecycle");
        assertEquals(0, passing.exitCode(), passing.out() + passing.err());
        assertEquals("9 passed, 0 failed", passing.lines().get(passing.lines().size() - 1));
        assertTrue(passing.out().contains("rules no case triggers: "), passing.out());
        Run failing = meshgov("test", "--no-standard", "--rules", "../governance-examples/rules/payments",
                "src/test/resources/cases");
        assertEquals(1, failing.exitCode(), failing.out() + failing.err());
        assertTrue(failing.out().contains("FAIL  src/test/resources/cases/payments.cases.yaml: a wrong expectation"
                + " fails\n      expected outcome APPROVED but was APPROVED_WITH_WARNINGS\n      found but not expected:"
                + " PAY-001 schema[settlements].properties[settled_amount].logicalType"), failing.out());
        assertEquals("1 passed, 1 failed", failing.lines().get(failing.lines().size() - 1));
        Run covered = meshgov("test", "--no-standard", "--rules", "../governance-examples/first-rule/rules/payments",
                "--require-coverage", "../governance-examples/first-rule/rules/payments/tests");
        assertEquals(0, covered.exitCode(), covered.out());
        Run standard = meshgov("test", "--require-coverage", "../governance-rules/"
                + "src/main/resources/io/meshgov/rules/standard-cases");
        assertEquals(0, standard.exitCode(), standard.out());
        assertTrue(standard.out().endsWith("58 passed, 0 failed\n"), standard.out());
        Run uncovered = meshgov("test", "--require-coverage", "../governance-rules/"
                + "src/main/resources/io/meshgov/rules/standard-cases/lifecycle");
        assertEquals(1, uncovered.exitCode(), uncovered.out());
        assertTrue(uncovered.out().contains("coverage required: every rule needs a case that triggers it and one it"
                + " passes\n9 passed, 0 failed"), uncovered.out());
    }

    @Test
    void rulesAndExplain_describeTheRulesInForce() {
        Run rules = meshgov("rules");
        assertEquals(0, rules.exitCode());
        assertTrue(rules.lines().contains("META-001  ERROR    standard  An owner is named"), rules.out());
        assertTrue(rules.lines().get(rules.lines().size() - 1).matches("[0-9]+ rules"));
        Run explain = meshgov("explain", "sens-002");
        assertEquals(0, explain.exitCode());
        assertEquals("SENS-002  Personal data is classified at least at the personal data minimum", explain.lines().get(0));
        assertTrue(explain.out().contains("How to fix:\n  Raise the property's classification"), explain.out());
        assertTrue(explain.out().contains("Fails, for example at schema[customers].properties[phone].classification in"
                + " sensitivity/descriptors/customers-exposed.odcs.yaml"), explain.out());
        assertTrue(explain.out().contains(">   47 |         classification: internal"), explain.out());
        assertTrue(explain.out().contains("Passes, for example: compliant/orders.odcs.yaml"), explain.out());
        Run unknown = meshgov("explain", "META-01");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().startsWith("meshgov: no rule META-01 in force; did you mean \"META-001\"?"), unknown.err());
    }

    @Test
    void everyCommand_hasHelpWithExamples() {
        for (String command : List.of("check", "diff", "baseline", "test", "rules", "explain")) {
            Run help = meshgov(command, "--help");
            assertEquals(0, help.exitCode());
            assertTrue(help.out().contains("Examples:"), command + ": " + help.out());
        }
    }

    static Set<ValidationMessage> validate(JsonNode document, String schemaResource) throws Exception {
        try (InputStream schema = CliTest.class.getResourceAsStream(schemaResource)) {
            JsonSchema compiled = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
            return compiled.validate(document);
        }
    }
}
