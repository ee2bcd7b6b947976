package io.meshgov.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.engine.GovernanceEngine;
import io.meshgov.policy.RulePack;
import io.meshgov.read.DescriptorReader;
import io.meshgov.read.PolicyReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules jar is a KIE module: a policy names the standard pack as {@code kbase: standard}, pinned by version. */
class StandardPackAsKieModuleTest {

    @TempDir
    Path folder;

    @Test
    void theKieBaseStandard_isTheStandardPack() {
        RulePack viaKmodule = RulePack.fromKieBase("standard", "", StandardRules.class.getClassLoader());

        assertEquals(StandardRules.pack(), viaKmodule);
    }

    @Test
    void aPolicyOfTheStandardPackAlone_loadsItsBuildTimeCompilation() throws IOException {
        Path policy = folder.resolve("governance.yaml");
        Files.writeString(policy, """
                policy: council
                layers:
                  - name: council
                    trusted: true
                    packs:
                      - kbase: standard
                        version: %s
                    conventions:
                      deprecationNoticeDays: 60
                """.formatted(StandardRules.version()));

        GovernanceEngine engine = GovernanceEngine.builder().policy(PolicyReader.read(policy)).build();

        assertTrue(engine.rulesCompiledAhead());
        Path contract = folder.resolve("orders.yaml");
        Files.writeString(contract, "apiVersion: v3.1.0\nkind: DataContract\nid: orders\n");
        assertEquals(List.of("standard " + StandardRules.version()),
                engine.evaluate(DescriptorReader.read(contract)).rulePacks());
    }
}
