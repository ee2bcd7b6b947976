package io.meshgov.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.RuleCompilationException;
import io.meshgov.decision.Decision;
import io.meshgov.model.Descriptor;
import io.meshgov.policy.RulePack;
import io.meshgov.read.DescriptorFormat;
import io.meshgov.read.DescriptorReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A council's pack compiled ahead, as its Maven build would: an engine loads it without compiling, alone or
 * layered with a domain's folder, and judges exactly as the same rule files compiled at run time.
 */
class RulePackCompilerTest {

    private static final String COUNCIL = """
            package acme.council;
            import io.meshgov.model.DataContract;
            global io.meshgov.decision.Findings findings;
            rule "domain" @id("ACME-001") @severity("ERROR")
                @remediation("add 'domain: <your domain>'")
            when $c : DataContract( domain == null ) then findings.report($c, "domain", "the contract names no domain");
            end
            rule "version" @id("ACME-002") @severity("WARNING")
            when $c : DataContract( version == null ) then findings.report($c, "version", "no version");
            end
            """;

    private static final String DOMAIN = """
            package payments;
            import io.meshgov.model.DataContract;
            global io.meshgov.decision.Findings findings;
            rule "tenant" @id("PAY-001") @severity("WARNING")
            when $c : DataContract( tenant == null ) then findings.report($c, "tenant", "no tenant");
            end
            """;

    private static final Descriptor CONTRACT = DescriptorReader.read("apiVersion: v3.1.0\nkind: DataContract\nid: c\n",
            "c.yaml", DescriptorFormat.YAML);

    @TempDir
    Path folder;

    private static List<String> findings(Decision decision) {
        return decision.findings().stream().map(finding -> finding.ruleId() + " " + finding.severity() + " "
                + finding.message() + " | " + finding.remediation()).toList();
    }

    @Test
    void aPackCompiledAhead_isLoaded_aloneOrWithADomainFolder_andJudgesAsItsRuleFiles() throws Exception {
        Path classes = Files.createDirectories(folder.resolve("classes/acme/council"));
        Files.writeString(classes.resolve("council.drl"), COUNCIL);
        Path domain = Files.createDirectories(folder.resolve("payments"));
        Files.writeString(domain.resolve("payments.drl"), DOMAIN);

        int written = RulePackCompiler.compile(folder.resolve("classes"), "council", "1.4.0", "acme/council");

        assertTrue(written > 0);
        assertTrue(Files.isRegularFile(classes.resolve(RulePack.PRECOMPILED_INDEX)));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {folder.resolve("classes").toUri().toURL()},
                getClass().getClassLoader())) {
            RulePack council = RulePack.fromClasspath("council", "1.4.0", "acme/council", loader);
            GovernanceEngine alone = GovernanceEngine.builder().classLoader(loader).rulePack(council).build();
            GovernanceEngine compiledNow = GovernanceEngine.builder()
                    .rulePack(new RulePack("council", "1.4.0", council.files())).build();
            assertTrue(alone.rulesCompiledAhead());
            assertFalse(compiledNow.rulesCompiledAhead());
            assertEquals(findings(compiledNow.evaluate(CONTRACT)), findings(alone.evaluate(CONTRACT)));
            assertEquals(compiledNow.rules(), alone.rules());
            RulePack pinnedOtherwise = RulePack.fromClasspath("acme-council", "", "acme/council", loader);
            assertTrue(GovernanceEngine.builder().classLoader(loader).rulePack(pinnedOtherwise).build()
                    .rulesCompiledAhead(), "a pack named or versioned otherwise (a policy's kbase) is the same code");

            Path cache = folder.resolve("cache");
            GovernanceEngine.builder().classLoader(loader).rulePack(council).rulePack(RulePack.fromDirectory(domain))
                    .compiledPackCache(cache).build();
            GovernanceEngine layered = GovernanceEngine.builder().classLoader(loader).rulePack(council)
                    .rulePack(RulePack.fromDirectory(domain)).compiledPackCache(cache).build();
            assertTrue(layered.rulesCompiledAhead(), "council compiled ahead, domain cached: nothing compiled");
            assertEquals(List.of("ACME-001", "ACME-002", "PAY-001"),
                    layered.evaluate(CONTRACT).findings().stream().map(finding -> finding.ruleId()).sorted().toList());
        }
    }

    @Test
    void aBrokenRule_failsTheBuildAtItsLine() throws Exception {
        Path classes = Files.createDirectories(folder.resolve("classes/acme/council"));
        Files.writeString(classes.resolve("council.drl"), COUNCIL.replace("domain == null", "domian == null"));

        RuleCompilationException broken = assertThrows(RuleCompilationException.class,
                () -> RulePackCompiler.compile(folder.resolve("classes"), "council", "1.4.0", "acme/council"));

        assertTrue(broken.problems().get(0).location().source().endsWith("acme/council/council.drl"), broken.getMessage());
        assertEquals(6, broken.problems().get(0).location().line(), broken.getMessage());
        assertFalse(Files.exists(classes.resolve(RulePack.PRECOMPILED_INDEX)));
    }
}
