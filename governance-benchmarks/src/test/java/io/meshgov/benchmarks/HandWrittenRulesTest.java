package io.meshgov.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.decision.Decision;
import io.meshgov.decision.Finding;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.model.Descriptor;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The baseline the benchmarks compare against gives exactly the engine's findings, and the workload is varied. */
class HandWrittenRulesTest {

    private static final LocalDate TODAY = Benchmarks.TODAY;
    private static GovernanceEngine engine;
    private static List<Descriptor> workload;

    @BeforeAll
    static void buildOnce() {
        engine = Benchmarks.standardEngine();
        workload = Workload.read(Workload.contracts(1_000, Workload.SEED));
    }

    @Test
    void theBaseline_findsExactlyWhatTheEngineFinds_onTheWholeWorkload() {
        Equivalence.check(engine, new HandWrittenRules(engine.conventions()), workload, TODAY);
    }

    @Test
    void theWorkload_triggersMostContractRules_andApprovesSome() {
        Set<String> fired = new TreeSet<>();
        int approved = 0;
        for (Descriptor descriptor : workload) {
            Decision decision = engine.evaluate(descriptor);
            decision.findings().stream().map(Finding::ruleId).forEach(fired::add);
            approved += decision.isApproved() ? 1 : 0;
        }
        assertTrue(fired.size() >= 40, "rules fired: " + fired);
        assertTrue(approved > 0, "no contract of the workload is approved");
    }

    @Test
    void theSameSeed_givesTheSameWorkload() {
        assertEquals(Workload.contracts(50, 7), Workload.contracts(50, 7));
    }
}
