package io.meshgov.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.policy.RulePack;
import io.meshgov.testkit.PolicyCaseTests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** docs/first-rule.md: its files exist, it quotes them exactly, and its cases pass. */
class FirstRuleGuideTest {

    private static final Path GUIDE = Path.of("../docs/first-rule.md");
    private static final Path FILES = Path.of("first-rule");

    @TestFactory
    Stream<DynamicTest> theGuidesCases_pass() {
        return PolicyCaseTests.from(FILES.resolve("rules/payments/tests"), RulePack.fromDirectory(FILES.resolve("rules/payments")));
    }

    @Test
    void theGuide_quotesItsFilesExactly() throws IOException {
        Matcher blocks = Pattern.compile("```[a-z]+ (\\S+)\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(GUIDE));
        int quoted = 0;
        while (blocks.find()) {
            String file = blocks.group(1);
            assertEquals(Files.readString(FILES.resolve(file)), blocks.group(2), "the guide's copy of " + file);
            quoted++;
        }
        assertEquals(2, quoted, "the guide quotes the rule and its cases");
        assertTrue(Files.isRegularFile(FILES.resolve("rules/payments/tests/refunds.odcs.yaml")));
    }
}
