package io.meshgov.policy;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.engine.GovernanceEngine;
import io.meshgov.read.PolicyReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only the council's trusted layers may attach fixes: a domain's restricted rule could otherwise have {@code meshgov
 * fix} take a personal-data tag or a classification out of a contract, so that the council's rules stop firing. The
 * restricted language has no {@code Fix}: such a pack is refused where it uses one.
 */
class FixesOfLayersTest {

    @TempDir
    Path folder;

    @Test
    void aDomainsRestrictedRule_cannotAttachAFix_itsPackIsRefusedAtTheLine() throws Exception {
        Path policy = RestrictedLayerFolder.write(folder, """
                package logistics;
                import io.meshgov.model.SchemaProperty;
                import io.meshgov.decision.Fix;
                global io.meshgov.decision.Findings findings;
                rule "LOG-001" @id("LOG-001") @severity("WARNING")
                when $p : SchemaProperty( !tags.isEmpty() )
                then findings.report($p, "tags", "tags are noise here", Fix.remove($p, "tags"));
                end
                """);
        io.meshgov.RuleCompilationException refused = assertThrows(io.meshgov.RuleCompilationException.class,
                () -> GovernanceEngine.builder().policy(PolicyReader.read(policy)).build());
        assertTrue(refused.getMessage().contains("first at logistics/domain.drl:7:"), refused.getMessage());
    }
}
