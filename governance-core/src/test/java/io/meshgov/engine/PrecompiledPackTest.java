package io.meshgov.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.meshgov.decision.Decision;
import io.meshgov.decision.Findings;
import io.meshgov.policy.RuleFile;
import io.meshgov.policy.RulePack;
import io.meshgov.read.DescriptorFormat;
import io.meshgov.read.DescriptorReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A precompiled index that does not fit its pack is never trusted: the pack is compiled and works as written. */
class PrecompiledPackTest {

    private static final String DRL = """
            package team;
            import io.meshgov.model.DataContract;
            global io.meshgov.decision.Findings findings;
            rule "domain" @id("TEAM-001") @severity("ERROR")
            when $c : DataContract( domain == null ) then findings.report($c, "domain", "no domain");
            end
            """;

    private static Decision judgeWith(Path classes, String index) throws Exception {
        Path pack = Files.createDirectories(classes.resolve("team/rules"));
        Files.writeString(pack.resolve("domain.drl"), DRL);
        Files.writeString(pack.resolve(RulePack.PRECOMPILED_INDEX), index);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                PrecompiledPackTest.class.getClassLoader())) {
            RulePack rulePack = RulePack.fromClasspath("team", "1.0.0", "team/rules", loader);
            assertEquals("team/rules/" + RulePack.PRECOMPILED_INDEX, rulePack.precompiled());
            GovernanceEngine engine = GovernanceEngine.builder().classLoader(loader).rulePack(rulePack).build();
            assertFalse(engine.rulesCompiledAhead());
            return engine.evaluate(DescriptorReader.read("apiVersion: v3.1.0\nkind: DataContract\nid: c\n", "c.yaml",
                    DescriptorFormat.YAML));
        }
    }

    @Test
    void anIndexOfOtherRuleFiles_isIgnored(@TempDir Path classes) throws Exception {
        Decision decision = judgeWith(classes, "fingerprint=sha256:0000\nmodels=team.Rules\n");
        assertEquals("TEAM-001", decision.findings().get(0).ruleId());
    }

    @Test
    void anIndexWhoseClassesAreMissing_isIgnored(@TempDir Path classes) throws Exception {
        RulePack pack = new RulePack("team", "1.0.0", java.util.List.of(new RuleFile("team/rules/domain.drl", DRL)));
        String fingerprint = io.meshgov.internal.engine.PrecompiledPacksAccess.fingerprint(pack);
        Decision decision = judgeWith(classes, "fingerprint=" + fingerprint + "\nmodels=team.NoSuchRules\n");
        assertEquals("TEAM-001", decision.findings().get(0).ruleId());
    }
}
