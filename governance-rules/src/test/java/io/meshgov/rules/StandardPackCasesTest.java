package io.meshgov.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.conventions.Conventions;
import io.meshgov.engine.Decision;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.engine.RuleDescription;
import io.meshgov.model.Descriptor;
import io.meshgov.read.DescriptorReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every {@code *.cases.yaml} under {@code src/test/resources/cases} against the standard pack. */
class StandardPackCasesTest {

    private static final Path CASES = Path.of("src/test/resources/cases");
    /** One engine per date and conventions file the cases use: building is the expensive part. */
    private static final Map<String, GovernanceEngine> ENGINES = new HashMap<>();

    static List<RuleCase> allCases() throws IOException {
        try (Stream<Path> files = Files.walk(CASES)) {
            return files.filter(file -> file.toString().endsWith(".cases.yaml")).sorted()
                    .flatMap(file -> RuleCase.readAll(file).stream()).toList();
        }
    }

    static synchronized GovernanceEngine engineFor(RuleCase ruleCase) {
        return ENGINES.computeIfAbsent(ruleCase.date() + " " + ruleCase.conventions(), key -> GovernanceEngine.builder()
                .rulePack(StandardRules.pack())
                .conventions(ruleCase.conventions() == null ? Conventions.defaults()
                        : Conventions.read(ruleCase.conventions()))
                .clock(Clock.fixed(ruleCase.date().atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
                .build());
    }

    static Decision decide(RuleCase ruleCase) {
        Descriptor descriptor = DescriptorReader.read(ruleCase.descriptor());
        if (!ruleCase.previous().isEmpty()) {
            List<Descriptor> history = ruleCase.previous().stream().map(DescriptorReader::read).toList();
            return engineFor(ruleCase).evaluateChange(history, descriptor);
        }
        List<Descriptor> known = ruleCase.known().stream().map(DescriptorReader::read).toList();
        return engineFor(ruleCase).evaluate(descriptor, known);
    }

    @TestFactory
    Stream<DynamicTest> everyCase_getsExactlyItsExpectedFindings() throws IOException {
        return allCases().stream().map(ruleCase -> DynamicTest.dynamicTest(
                CASES.relativize(ruleCase.file()) + ": " + ruleCase.name(), () -> {
                    Decision decision = decide(ruleCase);
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
        List<RuleDescription> rules = engineFor(allCases().get(0)).rules();
        for (RuleCase ruleCase : allCases()) {
            Set<String> ids = ruleCase.findings().stream().map(f -> f.split(" ")[0]).collect(Collectors.toSet());
            for (RuleDescription rule : rules) {
                (ids.contains(rule.id()) ? triggered : passed).add(rule.id());
            }
        }
        Set<String> all = rules.stream().map(RuleDescription::id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(all, triggered, "rules no case triggers");
        assertEquals(all, passed, "rules no case sees pass");
    }

    @Test
    void everyRule_hasATitleRationaleAndRemediation_andThePackHasAtLeast35() throws IOException {
        List<RuleDescription> rules = engineFor(allCases().get(0)).rules();
        assertTrue(rules.size() >= 35, "the standard pack has " + rules.size() + " rules");
        for (RuleDescription rule : rules) {
            assertTrue(!rule.title().isBlank() && !rule.rationale().isBlank() && !rule.remediation().isBlank(),
                    rule.id() + " lacks a title, rationale or remediation");
            assertEquals(StandardRules.NAME, rule.pack());
        }
    }
}
