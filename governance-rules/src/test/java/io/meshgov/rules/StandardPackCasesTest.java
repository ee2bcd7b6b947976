package io.meshgov.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.engine.Decision;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.engine.RuleDescription;
import io.meshgov.read.DescriptorReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every {@code *.cases.yaml} under {@code src/test/resources/cases} against the standard pack. */
class StandardPackCasesTest {

    private static final Path CASES = Path.of("src/test/resources/cases");
    private static GovernanceEngine engine;

    @BeforeAll
    static void buildTheStandardPack() {
        engine = GovernanceEngine.builder().rulePack(StandardRules.pack()).build();
    }

    static List<RuleCase> allCases() throws IOException {
        try (Stream<Path> files = Files.walk(CASES)) {
            return files.filter(file -> file.toString().endsWith(".cases.yaml")).sorted()
                    .flatMap(file -> RuleCase.readAll(file).stream()).toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCase_getsExactlyItsExpectedFindings() throws IOException {
        return allCases().stream().map(ruleCase -> DynamicTest.dynamicTest(
                CASES.relativize(ruleCase.file()) + ": " + ruleCase.name(), () -> {
                    Decision decision = engine.evaluate(DescriptorReader.read(ruleCase.descriptor()));
                    String shown = decision.findings().stream().map(f -> "  " + f).collect(Collectors.joining("\n"));
                    assertEquals(ruleCase.findings(), RuleCase.findingsOf(decision),
                            "findings of " + ruleCase.descriptor() + ":\n" + shown);
                    assertEquals(ruleCase.outcome(), decision.outcome(), shown);
                }));
    }

    @Test
    void everyRule_isTriggeredByOneCase_andPassedByAnother() throws IOException {
        Set<String> triggered = new TreeSet<>();
        Set<String> passed = new TreeSet<>();
        for (RuleCase ruleCase : allCases()) {
            Set<String> ids = ruleCase.findings().stream().map(f -> f.split(" ")[0]).collect(Collectors.toSet());
            for (RuleDescription rule : engine.rules()) {
                (ids.contains(rule.id()) ? triggered : passed).add(rule.id());
            }
        }
        Set<String> all = engine.rules().stream().map(RuleDescription::id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(all, triggered, "rules no case triggers");
        assertEquals(all, passed, "rules no case sees pass");
    }

    @Test
    void everyRule_hasATitleRationaleAndRemediation() {
        assertTrue(engine.rules().size() >= 5);
        for (RuleDescription rule : engine.rules()) {
            assertTrue(!rule.title().isBlank() && !rule.rationale().isBlank() && !rule.remediation().isBlank(),
                    rule.id() + " lacks a title, rationale or remediation");
            assertEquals(StandardRules.NAME, rule.pack());
        }
    }
}
