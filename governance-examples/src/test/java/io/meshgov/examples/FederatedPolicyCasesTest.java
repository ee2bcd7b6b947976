package io.meshgov.examples;

import io.meshgov.rules.StandardRules;
import io.meshgov.testkit.PolicyCaseTests;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The federated example's policy, checked by its own cases (federated/tests), each judged on its stated day. */
class FederatedPolicyCasesTest {

    @TestFactory
    Stream<DynamicTest> theFederatedPolicysCases_pass() {
        return PolicyCaseTests.from(Path.of("federated/tests"), StandardRules.pack());
    }
}
