package io.meshgov.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.decision.Decision;
import io.meshgov.decision.Finding;
import io.meshgov.decision.Findings;
import io.meshgov.decision.Outcome;
import io.meshgov.model.DataContract;
import io.meshgov.policy.EvaluationLimits;
import io.meshgov.policy.RulePack;
import io.meshgov.read.DescriptorFormat;
import io.meshgov.read.DescriptorReader;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Evaluations always end: a rule that loops, inserts without end, recurses or waits gives a rejected, incomplete
 * decision naming it, within the limits, and the same engine judges the next descriptor correctly. A failing
 * condition is blamed on its own rule, not on the rule that fired last.
 */
class RunawayRulesTest {

    private static final String HEADER = """
            package runaway;
            import io.meshgov.model.DataContract;
            import io.meshgov.model.SchemaProperty;
            global io.meshgov.decision.Findings findings;

            rule "OK-001 every contract is seen"
                @id("OK-001") @severity("INFO")
            when
                $c : DataContract()
            then
                findings.report($c, "", "seen");
            end

            """;

    private static final EvaluationLimits LIMITS = new EvaluationLimits(1_000, Duration.ofMillis(300));

    private static GovernanceEngine loop;
    private static GovernanceEngine inserts;
    private static GovernanceEngine recursion;
    private static GovernanceEngine sleeper;
    private static GovernanceEngine failingCondition;

    private static GovernanceEngine engine(String rules) {
        return GovernanceEngine.builder().rulePack(RulePack.ofDrl("runaway", HEADER + rules)).evaluationLimits(LIMITS)
                .build();
    }

    @BeforeAll
    static void build() {
        loop = engine("""
                rule "LOOP-001 touches the contract again and again"
                    @id("LOOP-001") @severity("INFO")
                when
                    $c : DataContract( id == "loop" )
                then
                    update($c);
                end
                """);
        inserts = engine("""
                declare Counter
                    n : int
                end
                rule "MORE-001 starts counting"
                    @id("MORE-001") @severity("INFO")
                when
                    DataContract( id == "loop" )
                then
                    insert(new Counter(0));
                end
                rule "MORE-002 counts for ever"
                    @id("MORE-002") @severity("INFO")
                when
                    Counter( $n : n )
                then
                    insert(new Counter($n + 1));
                end
                """);
        recursion = engine("""
                function int deeper(int n) {
                    return deeper(n + 1) + 1;
                }
                rule "DEEP-001 recurses"
                    @id("DEEP-001") @severity("INFO")
                when
                    $c : DataContract( id == "loop" )
                then
                    deeper(0);
                end
                """);
        sleeper = engine("""
                rule "SLOW-001 waits a minute"
                    @id("SLOW-001") @severity("INFO")
                when
                    $c : DataContract( id == "loop" )
                then
                    Thread.sleep(60_000);
                end
                """);
        failingCondition = engine("""
                rule "COND-001 a condition that fails on one contract"
                    @id("COND-001") @severity("INFO")
                when
                    $c : DataContract( id.startsWith("x"), id.charAt(10) == 'x' )
                then
                    findings.report($c, "", "never");
                end
                rule "JOIN-001 a join that fails on one contract"
                    @id("JOIN-001") @severity("INFO")
                when
                    $c : DataContract( id == "joins" )
                    $p : SchemaProperty( name.charAt($c.id().length() * 10) == 'x' )
                then
                    findings.report($p, "", "never");
                end
                """);
    }

    private static DataContract contract(String id) {
        return (DataContract) DescriptorReader.read("apiVersion: v3.1.0\nkind: DataContract\nid: " + id
                + "\nschema:\n  - name: orders\n    properties:\n      - name: amount\n", id + ".odcs.yaml",
                DescriptorFormat.YAML);
    }

    private static Finding incompleteFinding(Decision decision) {
        assertEquals(Outcome.REJECTED, decision.outcome(), decision.toString());
        assertFalse(decision.isComplete());
        List<Finding> engine = decision.findings().stream().filter(f -> f.ruleId().startsWith("ENGINE-")).toList();
        assertEquals(1, engine.size(), decision.findings().toString());
        assertTrue(engine.get(0).blocks());
        return engine.get(0);
    }

    private static void judgesTheNextOneCorrectly(GovernanceEngine engine) {
        Decision next = engine.evaluate(contract("fine"));
        assertTrue(next.isComplete(), next.toString());
        assertEquals(Outcome.APPROVED, next.outcome());
        assertEquals(List.of("OK-001"), next.findings().stream().map(Finding::ruleId).toList());
    }

    @Test
    void aRuleThatUpdatesItsOwnFactForEver_stopsAtTheFiringLimit() {
        Finding finding = incompleteFinding(loop.evaluate(contract("loop")));
        assertEquals("ENGINE-002", finding.ruleId());
        assertEquals("the evaluation stopped after 1,000 rule firings, its limit; rules LOOP-001 (runaway.drl:14:1)"
                + " and OK-001 (runaway.drl:6:1) fired most of them, in turn; the decision is incomplete", finding.message());
        judgesTheNextOneCorrectly(loop);
    }

    /** The firing limit does not depend on the pack reporting anything: one without the findings global is held too. */
    @Test
    void aPackThatReportsNothing_stopsAtTheFiringLimitToo() {
        GovernanceEngine silent = GovernanceEngine.builder().rulePack(RulePack.ofDrl("silent", """
                package silent;
                import io.meshgov.model.DataContract;
                rule "QUIET-001 touches the contract again and again"
                    @id("QUIET-001") @severity("INFO")
                when
                    $c : DataContract( id == "loop" )
                then
                    update($c);
                end
                """)).evaluationLimits(LIMITS).build();
        Finding finding = incompleteFinding(silent.evaluate(contract("loop")));
        assertEquals("the evaluation stopped after 1,000 rule firings, its limit; rule QUIET-001 (silent.drl:3:1) fired"
                + " most of them; the decision is incomplete", finding.message());
    }

    @Test
    void endlessInserts_stopAtTheFiringLimit() {
        Finding finding = incompleteFinding(inserts.evaluate(contract("loop")));
        assertEquals("the evaluation stopped after 1,000 rule firings, its limit; rule MORE-002 (runaway.drl:24:1)"
                + " fired most of them; the decision is incomplete", finding.message());
        judgesTheNextOneCorrectly(inserts);
    }

    @Test
    void aRecursingRule_isStoppedByTheStack_andNamed() {
        Finding finding = incompleteFinding(recursion.evaluate(contract("loop")));
        assertEquals("ENGINE-002", finding.ruleId());
        assertEquals("the evaluation stopped: rule DEEP-001 (runaway.drl:17:1) recursed until the stack ran"
                + " out; the decision is incomplete", finding.message());
        judgesTheNextOneCorrectly(recursion);
    }

    @Test
    void aWaitingRule_isStoppedAtTheTimeBudget_andTheCallersInterruptIsNotLeft() {
        Finding finding = incompleteFinding(sleeper.evaluate(contract("loop")));
        assertEquals("ENGINE-002", finding.ruleId());
        assertEquals("the evaluation stopped past its time budget of 300 ms while rule SLOW-001 (runaway.drl:14:1) was"
                + " running; the decision is incomplete", finding.message());
        assertFalse(Thread.currentThread().isInterrupted());
        judgesTheNextOneCorrectly(sleeper);
    }

    @Test
    void aFailingCondition_isBlamedOnItsOwnRule_atInsertAndInAJoin() {
        Finding atInsert = incompleteFinding(failingCondition.evaluate(contract("x")));
        assertEquals("ENGINE-001", atInsert.ruleId());
        assertTrue(atInsert.message().startsWith("rule COND-001 (runaway.drl:14:1) failed on this descriptor: "),
                atInsert.message());
        Finding inAJoin = incompleteFinding(failingCondition.evaluate(contract("joins")));
        assertTrue(inAJoin.message().startsWith("rule JOIN-001 (runaway.drl:21:1) failed on this descriptor: "),
                inAJoin.message());
        Decision fine = failingCondition.evaluate(contract("fine-and-long-enough"));
        assertTrue(fine.isComplete(), fine.toString());
    }

    @Test
    void tenMillionInsertsInOneConsequence_stopAtTheFactLimit_andTheNextDecisionIsExact() {
        GovernanceEngine bomb = engine("""
                declare Counter
                    n : int
                end
                rule "BOMB-001 inserts ten million facts at once"
                    @id("BOMB-001") @severity("INFO")
                when
                    DataContract( id == "loop" )
                then
                    for (int i = 0; i < 10_000_000; i++) { insert(new Counter(i)); }
                end
                """);

        Finding finding = incompleteFinding(bomb.evaluate(contract("loop")));

        assertEquals("ENGINE-002", finding.ruleId());
        assertTrue(finding.message().startsWith("the evaluation stopped: the rules inserted more than 1,000 facts, its"
                + " limit while rule BOMB-001"), finding.message());
        judgesTheNextOneCorrectly(bomb);
    }

    @Test
    void aRuleFillingTheMemory_stopsAtItsMemoryBudget() {
        GovernanceEngine bomb = GovernanceEngine.builder().rulePack(RulePack.ofDrl("runaway", HEADER + """
                declare Blob
                    bytes : long[]
                end
                rule "FILL-001 holds more and more memory"
                    @id("FILL-001") @severity("INFO")
                when
                    DataContract( id == "loop" )
                then
                    for (int i = 0; i < 1_000_000; i++) { insert(new Blob(new long[100_000])); }
                end
                """)).evaluationLimits(new EvaluationLimits(10_000_000, Duration.ofSeconds(30), 16L * 1024 * 1024))
                .build();

        Finding finding = incompleteFinding(bomb.evaluate(contract("loop")));

        assertTrue(finding.message().startsWith("the evaluation stopped: the rules allocated more than 16 MiB, its memory"
                + " budget while rule FILL-001"), finding.message());
        judgesTheNextOneCorrectly(bomb);
    }

    @Test
    void eightThreads_besideRulesFillingTheMemory_judgeEveryOtherDescriptorExactly() throws Exception {
        GovernanceEngine bomb = GovernanceEngine.builder().rulePack(RulePack.ofDrl("runaway", HEADER + """
                declare Blob
                    bytes : long[]
                end
                rule "FILL-001 holds more and more memory"
                    @id("FILL-001") @severity("INFO")
                when
                    DataContract( id == "loop" )
                then
                    for (int i = 0; i < 1_000_000; i++) { insert(new Blob(new long[100_000])); }
                end
                """)).evaluationLimits(new EvaluationLimits(10_000_000, Duration.ofSeconds(30), 64L * 1024 * 1024))
                .build();
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Decision>> decisions = new java.util.ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String id = i % 4 == 0 ? "loop" : "fine";
                decisions.add(threads.submit(() -> bomb.evaluate(contract(id))));
            }
            for (int i = 0; i < decisions.size(); i++) {
                Decision decision = decisions.get(i).get();
                if (i % 4 == 0) {
                    assertFalse(decision.isComplete());
                } else {
                    assertTrue(decision.isComplete(), decision.toString());
                    assertEquals(List.of("OK-001"), decision.findings().stream().map(Finding::ruleId).toList());
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
