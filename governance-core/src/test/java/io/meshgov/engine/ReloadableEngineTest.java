package io.meshgov.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.decision.Decision;
import io.meshgov.model.Descriptor;
import io.meshgov.policy.RulePack;
import io.meshgov.read.DescriptorFormat;
import io.meshgov.read.DescriptorReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules changed under load: every decision is wholly the old rules' or wholly the new ones', none is lost, and
 * rules that do not compile leave the old engine serving, saying why.
 */
class ReloadableEngineTest {

    private static final String HEADER = """
            package team;
            import io.meshgov.model.DataContract;
            global io.meshgov.decision.Findings findings;
            """;
    private static final String DOMAIN = """
            rule "domain" @id("TEAM-001") @severity("WARNING")
            when $c : DataContract( domain == null ) then findings.report($c, "domain", "no domain");
            end
            """;
    private static final String TENANT = """
            rule "tenant" @id("TEAM-002") @severity("WARNING")
            when $c : DataContract( tenant == null ) then findings.report($c, "tenant", "no tenant");
            end
            """;
    private static final Descriptor CONTRACT = DescriptorReader.read("apiVersion: v3.1.0\nkind: DataContract\nid: c\n",
            "c.yaml", DescriptorFormat.YAML);

    @TempDir
    Path folder;

    private ReloadableEngine reloadable() throws IOException {
        Files.writeString(folder.resolve("team.drl"), HEADER + DOMAIN);
        return ReloadableEngine.of(() -> GovernanceEngine.builder().rulePack(RulePack.fromDirectory(folder)).build());
    }

    private static Set<String> rules(Decision decision) {
        return decision.findings().stream().map(finding -> finding.ruleId()).collect(Collectors.toSet());
    }

    @Test
    void underConcurrentLoad_aSwapLosesAndMixesNoDecision() throws Exception {
        ReloadableEngine rules = reloadable();
        String one = rules.current().fingerprint();
        Files.writeString(folder.resolve("team.drl"), HEADER + DOMAIN + TENANT);
        String both = rules.reload().fingerprint();
        Map<String, Set<String>> expected = Map.of(one, Set.of("TEAM-001"), both, Set.of("TEAM-001", "TEAM-002"));

        int threads = 8;
        int each = 400;
        ConcurrentLinkedQueue<Decision> decisions = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch done = new CountDownLatch(threads);
        AtomicBoolean failed = new AtomicBoolean();
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                try {
                    for (int i = 0; i < each; i++) {
                        decisions.add(rules.evaluate(CONTRACT));
                    }
                } catch (RuntimeException e) {
                    failed.set(true);
                } finally {
                    done.countDown();
                }
            });
        }
        int swaps = 0;
        while (done.getCount() > 0 && swaps < 8) {
            Files.writeString(folder.resolve("team.drl"), HEADER + DOMAIN + (swaps % 2 == 0 ? "" : TENANT));
            assertTrue(rules.reload().swapped());
            swaps++;
        }
        assertTrue(done.await(2, TimeUnit.MINUTES));
        pool.shutdown();

        assertFalse(failed.get());
        assertEquals(threads * each, decisions.size(), "no decision lost");
        for (Decision decision : decisions) {
            assertTrue(expected.containsKey(decision.ruleSetFingerprint()), decision.ruleSetFingerprint());
            assertEquals(expected.get(decision.ruleSetFingerprint()), rules(decision), "wholly one engine's");
        }
        assertTrue(swaps > 0);
    }

    @Test
    void rulesThatDoNotCompile_leaveTheOldEngineServing_andSayWhy() throws IOException {
        ReloadableEngine rules = reloadable();
        String serving = rules.current().fingerprint();
        Files.writeString(folder.resolve("team.drl"), HEADER + DOMAIN.replace("domain == null", "domian == null"));

        ReloadableEngine.Reload reload = rules.reload();

        assertFalse(reload.swapped());
        assertTrue(reload.failure().contains("team.drl:5"), reload.failure());
        assertEquals(serving, reload.fingerprint());
        assertEquals(serving, rules.evaluate(CONTRACT).ruleSetFingerprint());
        assertEquals(reload, rules.lastReload());
    }

    @Test
    void watchedFolders_reloadWhenAFileChanges() throws Exception {
        try (ReloadableEngine rules = reloadable().watch(List.of(folder), Duration.ofMillis(200))) {
            String before = rules.current().fingerprint();
            Files.writeString(folder.resolve("team.drl"), HEADER + DOMAIN + TENANT);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (rules.current().fingerprint().equals(before) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertNotEquals(before, rules.current().fingerprint());
            assertEquals(Set.of("TEAM-001", "TEAM-002"), rules(rules.evaluate(CONTRACT)));
        }
    }
}
