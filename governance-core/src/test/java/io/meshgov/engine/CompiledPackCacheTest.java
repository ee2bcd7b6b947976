package io.meshgov.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.Problem;
import io.meshgov.RuleCompilationException;
import io.meshgov.decision.Decision;
import io.meshgov.model.Descriptor;
import io.meshgov.policy.RulePack;
import io.meshgov.read.DescriptorFormat;
import io.meshgov.read.DescriptorReader;
import io.meshgov.read.PolicyReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule packs compiled by one engine are loaded by the next from the cache folder, and judge alike; the cache is
 * never trusted beyond what it can prove: other rule files, a damaged file, or a restricted layer's pack whose
 * cached code does what the layer may not are all compiled again, and reported as if there were no cache.
 */
class CompiledPackCacheTest {

    private static final String TEAM = """
            package team;
            import io.meshgov.model.DataContract;
            global io.meshgov.decision.Findings findings;
            rule "domain" @id("TEAM-001") @severity("ERROR")
            when $c : DataContract( domain == null ) then findings.report($c, "domain", "%s");
            end
            """;

    private static final String COUNCIL = """
            package council;
            import io.meshgov.model.DataContract;
            global io.meshgov.decision.Findings findings;
            rule "version" @id("COUNCIL-001") @severity("WARNING")
            when $c : DataContract( version == null ) then findings.report($c, "version", "no version");
            end
            """;

    private static final Descriptor CONTRACT = DescriptorReader.read("apiVersion: v3.1.0\nkind: DataContract\nid: c\n",
            "c.yaml", DescriptorFormat.YAML);

    @TempDir
    Path folder;

    private Path pack(String name, String drl) throws IOException {
        Path pack = Files.createDirectories(folder.resolve("rules").resolve(name));
        Files.writeString(pack.resolve(name + ".drl"), drl);
        return pack;
    }

    private GovernanceEngine engine(Path cache, Path... packs) {
        GovernanceEngine.Builder builder = GovernanceEngine.builder();
        for (Path pack : packs) {
            builder.rulePack(RulePack.fromDirectory(pack));
        }
        return cache == null ? builder.build() : builder.compiledPackCache(cache).build();
    }

    private static List<String> messages(Decision decision) {
        return decision.findings().stream().map(finding -> finding.ruleId() + " " + finding.message()).toList();
    }

    private List<Path> cached() throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve("cache"))) {
            return files.sorted().toList();
        }
    }

    @Test
    void theSecondEngine_loadsWhatTheFirstCompiled_andJudgesAlike() throws IOException {
        Path cache = folder.resolve("cache");
        Path council = pack("council", COUNCIL);
        Path team = pack("team", TEAM.formatted("no domain"));
        GovernanceEngine first = engine(cache, council, team);
        GovernanceEngine second = engine(cache, council, team);
        GovernanceEngine uncached = engine(null, council, team);

        assertFalse(first.rulesCompiledAhead());
        assertTrue(second.rulesCompiledAhead(), "both packs loaded from the cache");
        assertEquals(2, cached().size(), "one entry per pack");
        assertEquals(messages(uncached.evaluate(CONTRACT)), messages(second.evaluate(CONTRACT)));
        assertEquals(List.of("TEAM-001 no domain", "COUNCIL-001 no version"), messages(second.evaluate(CONTRACT)));
        assertEquals(uncached.rules(), second.rules());
        assertEquals(uncached.fingerprint(), second.fingerprint());
    }

    @Test
    void changedRuleFiles_areCompiledAgain_neverServedStale() throws IOException {
        Path cache = folder.resolve("cache");
        Path team = pack("team", TEAM.formatted("no domain"));
        engine(cache, team);
        Files.writeString(team.resolve("team.drl"), TEAM.formatted("name the owning domain"));
        GovernanceEngine changed = engine(cache, team);

        assertFalse(changed.rulesCompiledAhead());
        assertEquals(List.of("TEAM-001 name the owning domain"), messages(changed.evaluate(CONTRACT)));
    }

    @Test
    void aDamagedOrForeignEntry_isCompiledAgainAndReplaced() throws IOException {
        Path cache = folder.resolve("cache");
        Path team = pack("team", TEAM.formatted("no domain"));
        engine(cache, team);
        Path entry = cached().get(0);
        Files.write(entry, new byte[] {'P', 'K', 3, 4, 0, 0, 0});
        GovernanceEngine damaged = engine(cache, team);
        assertFalse(damaged.rulesCompiledAhead());
        assertEquals(List.of("TEAM-001 no domain"), messages(damaged.evaluate(CONTRACT)));
        assertTrue(engine(cache, team).rulesCompiledAhead(), "the entry was written anew");

        // Another pack's compilation under this pack's name: its fingerprint does not match, so it is not used.
        Path other = pack("other", COUNCIL);
        engine(cache, other);
        Path otherEntry = cached().stream().filter(file -> !file.equals(entry)).findFirst().orElseThrow();
        Files.copy(otherEntry, entry, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        GovernanceEngine foreign = engine(cache, team);
        assertFalse(foreign.rulesCompiledAhead());
        assertEquals(List.of("TEAM-001 no domain"), messages(foreign.evaluate(CONTRACT)));
    }

    @Test
    void aRestrictedLayer_neverRunsCachedCodeItMayNot() throws IOException {
        // The same pack, compiled first where it may exit the JVM (a trusted layer, or a mistake), is cached; in a
        // restricted layer it must still fail the build at the line that exits, cached or not.
        Path cache = folder.resolve("cache");
        String exits = """
                package logistics;
                import io.meshgov.model.DataContract;
                global io.meshgov.decision.Findings findings;
                rule "leave" @id("LOG-001") @severity("ERROR")
                when $c : DataContract() then System.exit(3);
                end
                """;
        pack("logistics", exits);
        pack("council", COUNCIL);
        Path policy = Files.writeString(folder.resolve("rules/governance.yaml"), """
                policy: p
                layers:
                  - name: council
                    trusted: true
                    packs: [{folder: council}]
                  - name: logistics
                    extends: council
                    domain: logistics
                    trusted: %s
                    packs: [{folder: logistics}]
                """.formatted(true));
        GovernanceEngine.builder().policy(PolicyReader.read(policy)).compiledPackCache(cache).build();
        assertEquals(2, cached().size());
        Files.writeString(policy, Files.readString(policy).replace("trusted: true\n    packs: [{folder: logistics}]",
                "trusted: false\n    packs: [{folder: logistics}]"));
        assertTrue(Files.readString(policy).contains("trusted: false"));

        RuleCompilationException refused = assertThrows(RuleCompilationException.class,
                () -> GovernanceEngine.builder().policy(PolicyReader.read(policy)).compiledPackCache(cache).build());
        assertEquals(Problem.Code.POLICY, refused.problems().get(0).code(), "the layer is told first");
        Problem problem = refused.problems().get(1);
        assertEquals(Problem.Code.RULE_RESTRICTED, problem.code());
        assertTrue(problem.location().source().endsWith("logistics.drl"), problem.toString());
        assertEquals(5, problem.location().line(), problem.toString());
    }

    @Test
    void enginesBuiltAtOnce_shareTheCacheSafely() throws Exception {
        Path cache = folder.resolve("cache");
        Path council = pack("council", COUNCIL);
        Path team = pack("team", TEAM.formatted("no domain"));
        List<String> expected = messages(engine(null, council, team).evaluate(CONTRACT));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> builds = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                builds.add(pool.submit(() -> messages(engine(cache, council, team).evaluate(CONTRACT))));
            }
            for (Future<List<String>> build : builds) {
                assertEquals(expected, build.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, cached().size(), "no partial file left behind");
        assertTrue(engine(cache, council, team).rulesCompiledAhead());
    }

    @Test
    void aRuleIdUsedByTwoPacks_isStillRefused_whenBothComeFromTheCache() throws IOException {
        Path cache = folder.resolve("cache");
        Path team = pack("team", TEAM.formatted("no domain"));
        Path copy = pack("copy", TEAM.formatted("no domain").replace("package team;", "package copy;"));
        engine(cache, team);
        engine(cache, copy);
        RuleCompilationException refused = assertThrows(RuleCompilationException.class, () -> engine(cache, team, copy));
        assertTrue(refused.getMessage().contains("duplicate @id \"TEAM-001\""), refused.getMessage());
    }

    @Test
    void aDomainRuleOfTheCouncilsPackageAndName_isRefused_neverSilentlyReplacingTheCouncils() throws IOException {
        // Combined by their models, a second rule of the same package and name would replace the first in the
        // knowledge base: a domain's pack could erase a council rule. Refused, compiled now or loaded from the cache.
        Path cache = folder.resolve("cache");
        Path council = pack("council", TEAM.formatted("no domain"));
        Path domain = pack("domain", TEAM.formatted("no domain").replace("TEAM-001", "DOM-001")
                .replace("domain == null", "domain != null"));
        for (int run = 0; run < 2; run++) {
            RuleCompilationException refused = assertThrows(RuleCompilationException.class,
                    () -> engine(cache, council, domain));
            assertTrue(refused.getMessage().contains("duplicate rule name in package team: also in rule pack 'council'"),
                    refused.getMessage());
        }
    }

    /** The entries of a cache jar, by name. */
    private static java.util.Map<String, byte[]> entries(Path jar) throws IOException {
        java.util.Map<String, byte[]> entries = new java.util.TreeMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(jar))) {
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static void write(Path jar, java.util.Map<String, byte[]> entries) throws IOException {
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            for (java.util.Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
    }

    @Test
    void aPlantedEntry_ofATrustedPack_isNeverRun_itsSignatureFails() throws IOException {
        // The attack: compile a pack of the same package and rule that reports nothing, and put its classes in the
        // council pack's entry, keeping the council's index (its fingerprint line). Unsigned, it would approve all.
        Path cache = folder.resolve("cache");
        Path council = pack("council", COUNCIL);
        engine(cache, council);
        Path entry = cached().get(0);
        Path quietPack = Files.createDirectories(folder.resolve("elsewhere/council"));
        Files.writeString(quietPack.resolve("council.drl"), COUNCIL.replace(
                "findings.report($c, \"version\", \"no version\");", ""));
        Path otherCache = folder.resolve("other-cache");
        engine(otherCache, quietPack);
        Path quietEntry;
        try (Stream<Path> files = Files.list(otherCache)) {
            quietEntry = files.filter(file -> file.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        java.util.Map<String, byte[]> planted = new java.util.TreeMap<>(entries(quietEntry));
        planted.put("meshgov-pack.properties", entries(entry).get("meshgov-pack.properties"));
        planted.put("meshgov-pack.signature", entries(entry).get("meshgov-pack.signature"));
        write(entry, planted);

        GovernanceEngine afterPlanting = engine(cache, council);

        assertFalse(afterPlanting.rulesCompiledAhead(), "the planted entry was not loaded");
        assertEquals(List.of("COUNCIL-001 no version"), messages(afterPlanting.evaluate(CONTRACT)));
    }

    @Test
    void anEntryWhoseIndexNamesAClassItDoesNotHold_isCompiledAgain() throws IOException {
        Path cache = folder.resolve("cache");
        Path council = pack("council", COUNCIL);
        engine(cache, council);
        Path entry = cached().get(0);
        java.util.Map<String, byte[]> changed = new java.util.TreeMap<>(entries(entry));
        changed.keySet().removeIf(name -> name.endsWith(".class") && !name.contains("$"));

        write(entry, changed);

        GovernanceEngine engine = engine(cache, council);
        assertFalse(engine.rulesCompiledAhead());
        assertEquals(List.of("COUNCIL-001 no version"), messages(engine.evaluate(CONTRACT)));
    }

    @Test
    void aCacheFolderOtherUsersCanWrite_isNotUsed() throws IOException {
        Path cache = Files.createDirectories(folder.resolve("shared-cache"));
        Files.setPosixFilePermissions(cache, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
        Path council = pack("council", COUNCIL);

        engine(cache, council);
        GovernanceEngine second = engine(cache, council);

        assertFalse(second.rulesCompiledAhead());
        try (Stream<Path> files = Files.list(cache)) {
            assertEquals(0, files.count(), "nothing is kept where others could replace it");
        }
    }

    @Test
    void partialFilesAnInterruptedBuildLeft_areRemoved_whenOld() throws IOException {
        Path cache = Files.createDirectories(folder.resolve("cache"));
        Path old = Files.writeString(cache.resolve("abc.jar.1234.partial"), "half");
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        Path fresh = Files.writeString(cache.resolve("def.jar.5678.partial"), "being written");

        engine(cache, pack("council", COUNCIL));

        assertFalse(Files.exists(old), "an hour old: left by a build that was stopped");
        assertTrue(Files.exists(fresh), "another build may be writing it now");
    }

    @Test
    void aCacheFolderMeshgovCreates_isItsOwnersAlone_evenUnderAGroupUmask() throws IOException {
        Path cache = folder.resolve("new/cache/packs");
        Path council = pack("council", COUNCIL);

        engine(cache, council);

        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(cache)));
        assertTrue(engine(cache, council).rulesCompiledAhead(), "so the next engine loads from it");
    }
}
