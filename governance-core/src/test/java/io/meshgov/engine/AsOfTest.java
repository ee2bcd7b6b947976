package io.meshgov.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.meshgov.decision.Decision;
import io.meshgov.decision.Findings;
import io.meshgov.model.Descriptor;
import io.meshgov.model.Evaluation;
import io.meshgov.policy.RulePack;
import io.meshgov.read.DescriptorFormat;
import io.meshgov.read.DescriptorReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One compiled engine judges as on any date: the same decisions as an engine built with that date's clock. */
class AsOfTest {

    private static final String RULES = """
            package test.dates;

            import io.meshgov.model.Evaluation;
            import io.meshgov.model.DataContract;

            global io.meshgov.decision.Findings findings;

            rule "D-001 retired by the end of 2026"
                @id("DAT-001") @severity("ERROR")
            when
                Evaluation( $today : date, $today.getYear() > 2026 )
                $c : DataContract()
            then
                findings.report($c, "", "judged on " + $today);
            end
            """;
    private static final Descriptor CONTRACT = DescriptorReader.read("apiVersion: v3.1.0\nkind: DataContract\nid: c\n",
            "c.odcs.yaml", DescriptorFormat.YAML);

    private static GovernanceEngine builtFor(LocalDate date) {
        return GovernanceEngine.builder().rulePack(RulePack.ofDrl("dates", RULES))
                .clock(Clock.fixed(date.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC)).build();
    }

    private static List<String> findings(Decision decision) {
        return decision.findings().stream().map(finding -> finding.ruleId() + " " + finding.message()).toList();
    }

    @Test
    void anEngineAsOfADate_decidesAsAnEngineBuiltWithThatDatesClock_andLeavesTheOriginalAlone() {
        GovernanceEngine engine = builtFor(LocalDate.of(2026, 6, 1));
        LocalDate later = LocalDate.of(2027, 3, 1);
        assertEquals(findings(builtFor(later).evaluate(CONTRACT)), findings(engine.asOf(later).evaluate(CONTRACT)));
        assertEquals(List.of("DAT-001 judged on 2027-03-01"), findings(engine.asOf(later).evaluate(CONTRACT)));
        assertEquals(List.of(), findings(engine.evaluate(CONTRACT)));
        assertEquals(engine.fingerprint(), engine.asOf(later).fingerprint());
    }

    @Test
    void engineAsOfDifferentDates_canBeUsedAtOnce() throws Exception {
        GovernanceEngine engine = builtFor(LocalDate.of(2026, 6, 1));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                LocalDate date = LocalDate.of(2025 + i % 4, 1, 1);
                results.add(threads.submit(() -> findings(engine.asOf(date).evaluate(CONTRACT))));
            }
            for (int i = 0; i < results.size(); i++) {
                int year = 2025 + i % 4;
                assertEquals(year > 2026 ? List.of("DAT-001 judged on " + year + "-01-01") : List.of(),
                        results.get(i).get(), "evaluation " + i);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void anEngineWithOtherConventions_decidesAsAnEngineBuiltWithThem_withTheirFingerprint() {
        String rule = """
                package test.conventions;

                import io.meshgov.model.DataContract;

                global io.meshgov.decision.Findings findings;
                global io.meshgov.conventions.Conventions conventions;

                rule "notice" @id("CON-001") @severity("WARNING")
                when
                    $c : DataContract()
                then
                    findings.report($c, "", "notice of " + conventions.deprecationNoticeDays() + " days");
                end
                """;
        io.meshgov.conventions.Conventions thirty = io.meshgov.conventions.Conventions.of(
                io.meshgov.conventions.ConventionSettings.defaults().withDeprecationNoticeDays(30));
        GovernanceEngine shipped = GovernanceEngine.builder().rulePack(RulePack.ofDrl("c", rule)).build();
        GovernanceEngine built = GovernanceEngine.builder().rulePack(RulePack.ofDrl("c", rule)).conventions(thirty)
                .build();
        GovernanceEngine viewed = shipped.withConventions(thirty);
        assertEquals(List.of("CON-001 notice of 30 days"), findings(viewed.evaluate(CONTRACT)));
        assertEquals(findings(built.evaluate(CONTRACT)), findings(viewed.evaluate(CONTRACT)));
        assertEquals(built.fingerprint(), viewed.fingerprint());
        assertEquals(built.evaluate(CONTRACT).ruleSetFingerprint(), viewed.evaluate(CONTRACT).ruleSetFingerprint());
        assertEquals(List.of("CON-001 notice of 90 days"), findings(shipped.evaluate(CONTRACT)));
        assertEquals(thirty, viewed.asOf(LocalDate.of(2027, 1, 1)).conventions());
    }
}
