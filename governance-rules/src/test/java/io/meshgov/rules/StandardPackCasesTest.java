package io.meshgov.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.policy.RuleDescription;
import io.meshgov.testkit.CaseReport;
import io.meshgov.testkit.CaseResult;
import io.meshgov.testkit.CaseRunner;
import io.meshgov.testkit.PolicyCase;
import io.meshgov.testkit.PolicyCaseTests;
import io.meshgov.testkit.PolicyCases;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every {@code *.cases.yaml} under {@code src/main/resources/io/meshgov/rules/standard-cases} against the standard pack, with the testkit. */
class StandardPackCasesTest {

    static final Path CASES = Path.of("src/main/resources/io/meshgov/rules/standard-cases");
    static final CaseRunner RUNNER = new CaseRunner(List.of(StandardRules.pack()));

    static List<PolicyCase> allCases() {
        return PolicyCases.readAll(CASES);
    }

    @TestFactory
    Stream<DynamicTest> everyCase_getsExactlyItsExpectedFindings() {
        return PolicyCaseTests.from(CASES, RUNNER);
    }

    @Test
    void everyRule_isTriggeredByOneCase_andPassedByAnother() {
        // Coverage is read from what the cases expect; the test above checks that they get it.
        CaseReport expected = new CaseReport(allCases().stream()
                .map(c -> new CaseResult(c, null, Set.of(), "coverage only")).toList(), RUNNER.rules());
        assertEquals(Set.of(), expected.rulesNeverTriggered(), "rules no case triggers");
        assertEquals(Set.of(), expected.rulesNeverPassed(), "rules no case sees pass");
    }

    @Test
    void everyRule_hasATitleRationaleAndRemediation_andThePackHasAtLeast35() {
        List<RuleDescription> rules = RUNNER.rules();
        assertTrue(rules.size() >= 35, "the standard pack has " + rules.size() + " rules");
        for (RuleDescription rule : rules) {
            assertTrue(!rule.title().isBlank() && !rule.rationale().isBlank() && !rule.remediation().isBlank(),
                    rule.id() + " lacks a title, rationale or remediation");
            assertEquals(StandardRules.NAME, rule.pack());
        }
    }
}
