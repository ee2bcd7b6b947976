package io.meshgov.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.ConfigurationException;
import io.meshgov.Problem;
import io.meshgov.policy.RulePack;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseRunnerTest {

    private static final String RULES = """
            package domains;
            import io.meshgov.model.DataContract;
            global io.meshgov.decision.Findings findings;
            rule "domain" @id("DOM-001") @severity("ERROR") @remediation("Add 'domain: sales'.")
            when $c : DataContract( domain == null ) then findings.report($c, "domain", "no domain");
            end
            rule "never" @id("DOM-002") @severity("WARNING")
            when $c : DataContract( id == "nobody-has-this-id" ) then findings.report($c, "id", "never fires");
            end
            """;

    private final CaseRunner runner = new CaseRunner(List.of(RulePack.ofDrl("domains", RULES)));

    @Test
    void cases_runAgainstARealEngine_andAWrongExpectationFailsWithExpectedAgainstActual() {
        CaseReport report = runner.runAll(PolicyCases.readAll(Path.of("src/test/resources/suite")));
        assertEquals("2 passed, 1 failed", report.summaryLine());
        CaseResult wrong = report.results().get(2);
        assertFalse(wrong.passed());
        assertEquals("""
                expected outcome APPROVED but was REJECTED
                found but not expected: DOM-001 domain
                the decision:
                  src/test/resources/suite/descriptors/without-domain.odcs.yaml:1:1: ERROR DOM-001 domain: no domain""",
                wrong.explanation());
    }

    @Test
    void coverage_namesTheRulesNoCaseTriggers_andThoseNoCaseSeesPass() {
        CaseReport report = runner.runAll(PolicyCases.readAll(Path.of("src/test/resources/suite")));
        assertEquals(Set.of("DOM-002"), report.rulesNeverTriggered());
        assertEquals(Set.of(), report.rulesNeverPassed());
    }

    @Test
    void aDescriptorCanBeWrittenInline_andAFindingExpectedByItsRuleAlone() {
        CaseReport report = runner.runAll(PolicyCases.readAll(Path.of("src/test/resources/inline")));
        assertEquals("1 passed, 0 failed", report.summaryLine(), report.results().get(0).explanation());
        assertTrue(report.results().get(0).decision().source().endsWith("inline-case-1.yaml"));
    }

    @Test
    void aBadCaseFile_isReportedWithItsFileAndCase() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> PolicyCases.read(Path.of("src/test/resources/broken/typo.cases.yaml")));
        assertEquals(List.of(
                "src/test/resources/broken/typo.cases.yaml:2: case \"misspelt\": unknown key \"descripton\"; did you mean"
                        + " \"descriptor\"?",
                "src/test/resources/broken/typo.cases.yaml:2: case \"misspelt\": missing \"descriptor\"",
                "src/test/resources/broken/typo.cases.yaml:2: case \"misspelt\": outcome \"MAYBE\" is not one of APPROVED,"
                        + " APPROVED_WITH_WARNINGS, REJECTED"),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void anUnreadableDescriptor_failsItsCase_neverSkipsIt() {
        PolicyCase policyCase = new PolicyCase(Path.of("x.cases.yaml"), "unreadable", Path.of("src/test/resources/broken"
                + "/typo.cases.yaml"), io.meshgov.decision.Outcome.APPROVED, Set.of(), PolicyCases.DEFAULT_DATE, null,
                List.of(), List.of());
        CaseResult result = runner.run(policyCase);
        assertFalse(result.passed());
        assertTrue(result.explanation().contains("kind: missing"), result.explanation());
    }

    @Test
    void anInlineDescriptor_meansWhatTheSameFileMeans_yesIsTextNotTrue(@org.junit.jupiter.api.io.TempDir Path folder)
            throws Exception {
        String contract = "apiVersion: v3.1.0\nkind: DataContract\nid: inline\nversion: 1.0.0\nschema:\n"
                + "  - name: orders\n    properties:\n      - name: id\n        required: yes\n";
        Path file = java.nio.file.Files.writeString(folder.resolve("orders.odcs.yaml"), contract);
        Path cases = java.nio.file.Files.writeString(folder.resolve("inline.cases.yaml"), "cases:\n  - name: yes is text\n"
                + "    outcome: REJECTED\n    findings: [DOM-001]\n    descriptor:\n"
                + contract.lines().map(line -> "      " + line + "\n").reduce("", String::concat));

        assertThrows(io.meshgov.DescriptorException.class, () -> io.meshgov.read.DescriptorReader.read(file),
                "YAML 1.2: 'yes' is text, and required wants true or false");
        CaseResult inline = runner.run(PolicyCases.read(cases).get(0));

        assertFalse(inline.passed(), "refused as the file is, never read as required: true");
        assertTrue(inline.explanation().contains("required"), inline.explanation());
    }

    @Test
    void aDuplicateKeyInACaseFile_isRefusedWithBothLines(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        Path cases = java.nio.file.Files.writeString(folder.resolve("twice.cases.yaml"), "cases:\n  - name: a\n"
                + "    outcome: APPROVED\n    outcome: REJECTED\n    descriptor: x.yaml\n    findings: []\n");

        ConfigurationException e = assertThrows(ConfigurationException.class, () -> PolicyCases.read(cases));

        assertTrue(e.problems().get(0).toString().endsWith("twice.cases.yaml:4:5: not a readable case file: duplicate key"
                + " \"outcome\": first defined at line 3, again at line 4; keep one of them"), e.problems().toString());
    }
}
