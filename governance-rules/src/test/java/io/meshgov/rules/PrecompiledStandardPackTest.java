package io.meshgov.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.engine.GovernanceEngine;
import io.meshgov.policy.RulePack;
import io.meshgov.testkit.CaseResult;
import io.meshgov.testkit.PolicyCase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The standard pack as compiled by its build and as compiled from its DRL decide every case alike. */
class PrecompiledStandardPackTest {

    @Test
    void theStandardPackAlone_loadsItsBuildTimeCompilation_withoutWarnings() {
        GovernanceEngine engine = GovernanceEngine.builder().rulePack(StandardRules.pack()).build();
        assertTrue(engine.rulesCompiledAhead());
        assertEquals(List.of(), engine.warnings());
    }

    @Test
    void precompiledAndCompiledStandardPacks_decideEveryCaseAlike() {
        RulePack precompiled = StandardRules.pack();
        RulePack fromDrl = new RulePack(precompiled.name(), precompiled.version(), precompiled.files());
        io.meshgov.testkit.CaseRunner compiling = new io.meshgov.testkit.CaseRunner(List.of(fromDrl));
        GovernanceEngine compiled = compiling.engineFor(io.meshgov.testkit.PolicyCases.DEFAULT_DATE, null);
        GovernanceEngine loaded = StandardRules.pack().precompiled().isEmpty() ? null
                : GovernanceEngine.builder().rulePack(precompiled).build();
        assertFalse(compiled.rulesCompiledAhead());
        assertEquals(compiled.rules(), loaded.rules(), "the catalog shipped in the index is the one the DRL gives");
        assertEquals(compiled.warnings(), loaded.warnings());
        for (PolicyCase policyCase : StandardPackCasesTest.allCases()) {
            CaseResult ahead = StandardPackCasesTest.RUNNER.run(policyCase);
            CaseResult now = compiling.run(policyCase);
            assertEquals(now.decision(), ahead.decision(), policyCase.displayName());
        }
    }
}
