package io.meshgov.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.policy.RulePack;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.apiguardian.api.API;

/**
 * Turns every case under a folder into a JUnit test named after its file and case; a failing case shows expected
 * against actual findings.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> paymentsPolicy() {
 *     return PolicyCaseTests.from(Path.of("src/test/policy"), RulePack.fromDirectory(Path.of("rules/payments")));
 * }
 * }</pre>
 */
@API(status = STABLE, since = "0.1.0")
public final class PolicyCaseTests {

    private PolicyCaseTests() {
    }

    public static Stream<DynamicTest> from(Path folder, RulePack... packs) {
        return from(folder, new CaseRunner(List.of(packs)));
    }

    public static Stream<DynamicTest> from(Path folder, CaseRunner runner) {
        return PolicyCases.readAll(folder).stream().map(policyCase -> DynamicTest.dynamicTest(
                folder.relativize(policyCase.file()) + ": " + policyCase.name(), () -> {
                    CaseResult result = runner.run(policyCase);
                    if (!result.passed()) {
                        throw new AssertionError(result.explanation());
                    }
                }));
    }
}
