package io.meshgov.cli;

import static io.meshgov.cli.CliTest.meshgov;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.batch.BatchEvaluator;
import io.meshgov.batch.DescriptorFinder;
import io.meshgov.batch.Scorecard;
import io.meshgov.decision.Decision;
import io.meshgov.decision.Finding;
import io.meshgov.decision.Outcome;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.policy.RuleDescription;
import io.meshgov.read.DescriptorReader;
import io.meshgov.read.PolicyReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code meshgov report} over the examples' catalog under the federated policy: every figure of the scorecard
 * equals the same figure counted here from the decisions themselves, the page shows them, and it loads nothing.
 */
class ReportCommandTest {

    private static final String POLICY = "../governance-examples/federated/governance.yaml";
    private static final String CATALOG = "../governance-examples/descriptors";

    @TempDir
    Path folder;

    @Test
    void theScorecard_matchesTheDecisions_countedIndependently() throws Exception {
        Run run = new Run(meshgov("report", "--policy", POLICY, "--as-of", "2026-12-01", "--output",
                folder.resolve("out").toString(), CATALOG));
        assertEquals(0, run.result().exitCode(), run.result().err());
        Scorecard card = Scorecard.fromJson(Files.readString(folder.resolve("out/scorecard.json")));

        GovernanceEngine engine = GovernanceEngine.builder().policy(PolicyReader.read(Path.of(POLICY)))
                .clock(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC)).build();
        List<Path> files = DescriptorFinder.in(Path.of("")).find(List.of(CATALOG)).descriptors();
        List<Decision> decisions = BatchEvaluator.of(engine).evaluateAll(files).decisions();
        Map<String, String> domainOf = new HashMap<>();
        for (Path file : files) {
            domainOf.put(file.toString(), DescriptorReader.read(file).domain());
        }
        Set<String> completenessRules = engine.rules().stream()
                .filter(rule -> rule.location().source().contains("/completeness/")).map(RuleDescription::id)
                .collect(Collectors.toSet());

        assertEquals(decisions.size(), card.overall().descriptors());
        assertEquals(count(decisions, Outcome.REJECTED), card.overall().rejected());
        assertEquals(count(decisions, Outcome.APPROVED), card.overall().approved());
        assertEquals(count(decisions, Outcome.APPROVED_WITH_WARNINGS), card.overall().approvedWithWarnings());
        long complete = decisions.stream().filter(decision -> decision.findings().stream()
                .noneMatch(finding -> completenessRules.contains(finding.ruleId()))).count();
        assertEquals(Math.round(1000.0 * complete / decisions.size()) / 10.0, card.overall().completeMetadataPercent());
        Map<String, Long> rejectedByDomain = decisions.stream().filter(decision -> decision.outcome() == Outcome.REJECTED)
                .collect(Collectors.groupingBy(decision -> domainOf.get(decision.source()), TreeMap::new,
                        Collectors.counting()));
        for (Scorecard.DomainScore domain : card.domains()) {
            assertEquals(rejectedByDomain.getOrDefault(domain.domain(), 0L).intValue(), domain.totals().rejected(),
                    domain.domain());
        }
        Map<String, Long> byRule = decisions.stream().flatMap(decision -> decision.findings().stream())
                .filter(finding -> !finding.isInformational())
                .collect(Collectors.groupingBy(Finding::ruleId, Collectors.counting()));
        for (Scorecard.RuleCount rule : card.topRules()) {
            assertEquals(byRule.get(rule.ruleId()).intValue(), rule.findings(), rule.ruleId());
        }
        assertEquals(engine.policy().waivers().size(), card.waivers().size());
        assertEquals(decisions.stream().filter(decision -> !decision.blocking().isEmpty()).count(), card.worst().size());

        String page = Files.readString(folder.resolve("out/index.html"));
        assertTrue(page.contains("<b>" + card.overall().rejected() + "</b>rejected"), "the page shows the figures");
        assertTrue(page.contains("<desc id=\"outcomes-desc\">"), "charts have a text alternative");
        assertFalse(page.contains("<script") || page.contains(" src=") || page.contains("@import")
                || page.contains("url(http"), "the page loads nothing");
    }

    @Test
    void withAnEarlierScorecard_eachDomainsMovementIsShown() throws Exception {
        Path then = folder.resolve("then");
        meshgov("report", "--as-of", "2026-12-01", "--output", then.toString(), CATALOG + "/payments");
        Run now = new Run(meshgov("report", "--as-of", "2026-12-01", "--previous", then.resolve("scorecard.json").toString(),
                "--output", folder.resolve("now").toString(), CATALOG));
        assertEquals(0, now.result().exitCode(), now.result().err());

        Scorecard card = Scorecard.fromJson(Files.readString(folder.resolve("now/scorecard.json")));
        Map<String, String> verdicts = card.trend().stream()
                .collect(Collectors.toMap(Scorecard.Movement::domain, Scorecard.Movement::verdict));
        assertEquals("same", verdicts.get("payments"));
        assertEquals("new", verdicts.get("logistics"));
        assertTrue(Files.readString(folder.resolve("now/index.html")).contains("Since the previous report"));

        Run wrong = new Run(meshgov("report", "--previous", CATALOG + "/payments/settlements.odcs.yaml", "--output",
                folder.resolve("x").toString(), CATALOG));
        assertEquals(2, wrong.result().exitCode());
        assertTrue(wrong.result().err().startsWith("meshgov: --previous "), wrong.result().err());
    }

    @Test
    void aMovedFile_isTheSameDescriptor_andADomainThatDisappeared_isShownGone() throws Exception {
        Path estate = Files.createDirectories(folder.resolve("estate"));
        copyFolder(Path.of(CATALOG + "/payments"), estate.resolve("payments"));
        copyFolder(Path.of(CATALOG + "/support"), estate.resolve("support"));
        Path then = folder.resolve("then");
        meshgov("report", "--as-of", "2026-12-01", "--output", then.toString(), estate.toString());
        Files.move(estate.resolve("payments"), estate.resolve("payments-moved"));
        deleteFolder(estate.resolve("support"));

        Run now = new Run(meshgov("report", "--as-of", "2026-12-01", "--previous", then.resolve("scorecard.json").toString(),
                "--output", folder.resolve("now").toString(), estate.toString()));

        assertEquals(0, now.result().exitCode(), now.result().err());
        Scorecard card = Scorecard.fromJson(Files.readString(folder.resolve("now/scorecard.json")));
        Map<String, Scorecard.Movement> movements = card.trend().stream()
                .collect(Collectors.toMap(Scorecard.Movement::domain, movement -> movement));
        assertEquals("same", movements.get("payments").verdict(), "moved files are the same descriptors");
        assertEquals(List.of(), movements.get("payments").newRejections(), "a moved rejected file is no new rejection");
        assertEquals("gone", movements.get("support").verdict(), "a domain that disappeared is shown, not dropped");
    }

    private static void copyFolder(Path from, Path to) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    private static void deleteFolder(Path folder) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static int count(List<Decision> decisions, Outcome outcome) {
        return (int) decisions.stream().filter(decision -> decision.outcome() == outcome).count();
    }

    private record Run(CliTest.Run result) {
    }
}
