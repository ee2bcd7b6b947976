package io.meshgov.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.meshgov.decision.Decision;
import io.meshgov.decision.Severity;
import io.meshgov.policy.RulePack;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class DecisionAssertTest {

    private static final RulePack DOMAINS = RulePack.ofDrl("domains", """
            package domains;
            import io.meshgov.model.DataContract;
            global io.meshgov.decision.Findings findings;
            rule "domain" @id("DOM-001") @severity("ERROR")
            when $c : DataContract( domain == null ) then findings.report($c, "domain", "no domain");
            end
            """);
    private static final CaseRunner RUNNER = new CaseRunner(List.of(DOMAINS));

    private static Decision decisionOn(String descriptor) {
        return RUNNER.run(new PolicyCase(Path.of("x.cases.yaml"), "x", Path.of("src/test/resources/suite/descriptors/"
                + descriptor), io.meshgov.decision.Outcome.APPROVED, java.util.Set.of(), PolicyCases.DEFAULT_DATE, null,
                List.of(), List.of())).decision();
    }

    @Test
    void passingAssertions_chain() {
        DecisionAssert.assertThat(decisionOn("without-domain.odcs.yaml")).isRejected()
                .hasFinding("DOM-001").at("domain").withSeverity(Severity.ERROR).withMessageContaining("no domain")
                .and().hasNoFinding("DOM-999");
        DecisionAssert.assertThat(decisionOn("with-domain.odcs.yaml")).isApproved().hasNoFindings();
    }

    @Test
    void aFailingAssertion_showsTheWholeDecision() {
        AssertionError error = assertThrows(AssertionError.class, () -> DecisionAssert
                .assertThat(decisionOn("without-domain.odcs.yaml")).hasFinding("DOM-001").at("schema"));
        assertEquals("""
                expected a finding of DOM-001 at schema but it is at domain
                the decision on src/test/resources/suite/descriptors/without-domain.odcs.yaml was REJECTED:
                  src/test/resources/suite/descriptors/without-domain.odcs.yaml:1:1: ERROR DOM-001 domain: no domain""",
                error.getMessage());
    }

    @TestFactory
    Stream<DynamicTest> aFolderOfCases_becomesTests() {
        // The suite's third case is wrong on purpose; only the first two are run as tests here.
        return PolicyCaseTests.from(Path.of("src/test/resources/suite"), RUNNER).limit(2);
    }
}
