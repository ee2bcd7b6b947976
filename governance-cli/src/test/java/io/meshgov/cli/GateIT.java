package io.meshgov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No way around the gate: the packaged command line, the pre-commit hook's and the GitHub Action's own command
 * lines, and {@code --against} in a scratch repository, tried as a domain team would that wants a rejected contract
 * through. Every file a folder, glob, hook, action or change touches is judged as if it were named, or the run
 * says what it could not judge; a deletion is part of a change.
 */
class GateIT {

    private static final Path DESCRIPTORS = Path.of("src/test/resources/descriptors").toAbsolutePath();
    private static final Path JAR = ScratchRepository.JAR;
    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path repository;

    private ScratchRepository scratch() {
        return new ScratchRepository(repository);
    }

    private ScratchRepository.Run run(Path folder, Map<String, String> environment, List<String> command) throws Exception {
        return scratch().run(folder, environment, command);
    }

    private static String java() {
        return ScratchRepository.java();
    }

    private ScratchRepository.Run meshgov(String... arguments) throws Exception {
        return scratch().meshgov(arguments);
    }

    private void git(String... arguments) throws Exception {
        scratch().git(arguments);
    }

    private void write(String path, byte[] content) throws IOException {
        scratch().write(path, content);
    }

    private void write(String path, String text) throws IOException {
        scratch().write(path, text);
    }

    private static String descriptor(String name) throws IOException {
        return Files.readString(DESCRIPTORS.resolve(name));
    }

    @BeforeEach
    void aRepository() throws Exception {
        write(".github/workflows/ci.yml", "name: ci\non: [push]\njobs: {}\n");
        write("package.json", "{\"name\": \"catalog\", \"private\": true}\n");
        write("contracts/cards.yaml", descriptor("approved.odcs.yaml"));
    }

    @Test
    void aFolderRun_judgesARejectedContractHoweverItIsWritten() throws Exception {
        String rejected = descriptor("rejected.odcs.yaml");
        String kindLine = "kind: DataContract\n";
        assertTrue(rejected.contains(kindLine));
        ObjectMapper json = new ObjectMapper();
        String flow = json.writeValueAsString(new ObjectMapper(new YAMLFactory()).readValue(rejected, Object.class));
        byte[] utf16 = rejected.getBytes(StandardCharsets.UTF_16LE);
        byte[] withMark = new byte[utf16.length + 2];
        withMark[0] = (byte) 0xFF;
        withMark[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withMark, 2, utf16.length);
        write("contracts/utf16.yaml", withMark);
        write("contracts/flow.yaml", flow);
        write("contracts/tagged.yaml", rejected.replace(kindLine, "kind: !!str DataContract\n"));
        write("contracts/anchored.yaml", rejected.replace(kindLine, "kind: &k DataContract\n"));
        write("contracts/complex-key.yaml", rejected.replace(kindLine, "? kind\n: DataContract\n"));
        write("contracts/folded.yaml", rejected.replace(kindLine, "kind: >-\n  DataContract\n"));
        write("contracts/mark-then-kind.yaml", "\uFEFF" + kindLine + rejected.replace(kindLine, ""));
        write("contracts/long-comment.yaml", ("# " + "x".repeat(98) + "\n").repeat(700) + rejected);
        write("contracts/escaped-key.json", flow.replace("\"kind\"", "\"kin\\u0064\""));
        write("contracts/escaped-value.json", flow.replace("\"DataContract\"", "\"\\u0044ataContract\""));
        write("contracts/new\nline.yaml", rejected);
        write("contracts/values.yaml", "replicas: [1,\n");

        ScratchRepository.Run folder = meshgov("check", "--quiet", ".");
        ScratchRepository.Run glob = meshgov("check", "--quiet", "contracts/*.yaml", "contracts/*.json");

        for (ScratchRepository.Run run : List.of(folder, glob)) {
            assertEquals(1, run.exitCode(), run.both());
            assertTrue(run.out().contains("12 descriptors: 1 approved, 0 approved with warnings, 11 rejected, 0 unreadable;"
                    + " 1 file could not be read and was not judged: contracts/values.yaml"), run.out());
            assertTrue(run.out().contains("contracts/new\\nline.yaml: REJECTED"), "printed escaped: " + run.out());
            assertTrue(run.err().contains("meshgov: warning: contracts/values.yaml:2:1: "), run.err());
        }
        ScratchRepository.Run strict = meshgov("check", "--quiet", "--strict-discovery", ".");
        assertEquals(2, strict.exitCode(), "a file that could not be told apart fails a strict run: " + strict.both());
    }

    @Test
    void theHook_passesFileNamesAfterDashDash_andReportsOnTheConsole() throws Exception {
        write("contracts/orders.yaml", descriptor("rejected.odcs.yaml"));
        assertEquals(0, meshgov("baseline", "--output", "accept.yaml", "contracts/orders.yaml").exitCode());
        write("--baseline=accept.yaml", descriptor("rejected.odcs.yaml"));
        write("meshgov.yaml", "format: [sarif=reports/meshgov.sarif]\n");
        List<String> entry = hookEntry("meshgov-check-files");
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString()));
        command.addAll(entry);
        command.addAll(List.of("--baseline=accept.yaml", "contracts/orders.yaml", "package.json")); // as pre-commit does

        ScratchRepository.Run hook = run(repository, Map.of(), command);

        assertEquals(1, hook.exitCode(), hook.both());
        assertTrue(hook.out().contains("--baseline=accept.yaml: REJECTED"), "a file, not an option: " + hook.out());
        assertTrue(hook.out().contains("contracts/orders.yaml: REJECTED"), hook.out());
        assertTrue(hook.out().contains("2 descriptors: 0 approved, 0 approved with warnings, 2 rejected"),
                "on the console although meshgov.yaml lists only a file report: " + hook.out());
    }

    /** The hook's command, as pre-commit splits it, without its leading {@code meshgov}. */
    private static List<String> hookEntry(String id) throws Exception {
        for (JsonNode hook : new ObjectMapper(new YAMLFactory()).readTree(PROJECT.resolve(".pre-commit-hooks.yaml").toFile())) {
            if (hook.get("id").asText().equals(id)) {
                List<String> entry = new ArrayList<>(Arrays.asList(hook.get("entry").asText().split(" ")));
                assertEquals("meshgov", entry.remove(0));
                return entry;
            }
        }
        throw new AssertionError("no hook " + id);
    }

    /**
     * pre-commit runs a hook only when the commit touches a file it names, and passes only files that exist: a commit
     * that deletes an active contract passed a hook judging the files given. The default hook judges the commit
     * against HEAD instead, on every commit, the first one included.
     */
    @Test
    void theDefaultHook_judgesTheCommit_aDeletionAndAFirstCommitIncluded() throws Exception {
        JsonNode hook = null;
        for (JsonNode each : new ObjectMapper(new YAMLFactory()).readTree(PROJECT.resolve(".pre-commit-hooks.yaml").toFile())) {
            hook = each.get("id").asText().equals("meshgov-check") ? each : hook;
        }
        assertTrue(hook != null && hook.get("always_run").asBoolean() && !hook.get("pass_filenames").asBoolean(),
                "runs on every commit, whatever it touches: " + hook);
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString()));
        command.addAll(hookEntry("meshgov-check"));
        git("init", "-q", "-b", "main");
        git("add", "-A");

        ScratchRepository.Run first = run(repository, Map.of(), command);
        assertEquals(0, first.exitCode(), "the first commit: every file is new: " + first.both());
        assertTrue(first.out().contains("1 descriptor: 1 approved"), first.out());

        git("commit", "-q", "-m", "catalog");
        git("rm", "-q", "contracts/cards.yaml");
        write("drafts/wip.yaml", descriptor("rejected.odcs.yaml"));   // untracked: not part of the commit
        ScratchRepository.Run deletion = run(repository, Map.of(), command);
        assertEquals(1, deletion.exitCode(), deletion.both());
        assertTrue(deletion.out().contains("EVO-009"), "an active contract deleted without notice: " + deletion.out());
        assertTrue(!deletion.out().contains("wip.yaml"), "an untracked file is not in the commit: " + deletion.out());

        git("reset", "-q", "--hard");
        write("contracts/cards.yaml", descriptor("approved.odcs.yaml").replace("status: active", "status: deprecated"));
        git("add", "contracts/cards.yaml");
        write("contracts/cards.yaml", descriptor("rejected.odcs.yaml"));   // changed again, not staged
        ScratchRepository.Run unstaged = run(repository, Map.of(), command);
        assertEquals(2, unstaged.exitCode(), "never judged in a version the commit does not hold: " + unstaged.both());
        assertTrue(unstaged.both().contains("contracts/cards.yaml") && unstaged.both().contains(
                "has changes not staged for commit"), unstaged.both());
    }

    @Test
    void theAction_passesArgsUnexpanded_keepsTheProjectsReports_andFindsItsJarInTheWorkspace() throws Exception {
        write("contracts/payments/orders.odcs.yaml", descriptor("rejected.odcs.yaml"));
        write("contracts/logistics/eu/shipments.odcs.yaml", descriptor("rejected.odcs.yaml"));
        write("contracts/support.odcs.yaml", descriptor("approved.odcs.yaml"));
        write("meshgov.yaml", "format: [text, sarif=reports/meshgov.sarif]\n");
        Files.createDirectories(repository.resolve("tools"));
        Files.createSymbolicLink(repository.resolve("tools/meshgov.jar"), JAR);
        Files.createDirectories(repository.resolve("sub"));
        JsonNode action = new ObjectMapper(new YAMLFactory()).readTree(PROJECT.resolve("action.yml").toFile());
        String script = action.at("/runs/steps/0/run").asText();
        Path summary = repository.resolveSibling(repository.getFileName() + "-summary.md");

        ScratchRepository.Run step = run(repository, Map.of("MESHGOV_JAR", "tools/meshgov.jar",
                "MESHGOV_ARGS", "check contracts/**/*.odcs.yaml",
                "GITHUB_WORKSPACE", repository.toString(), "GITHUB_STEP_SUMMARY", summary.toString(),
                "RUNNER_TEMP", repository.resolveSibling(repository.getFileName() + "-tmp").toString()),
                List.of("bash", "-e", "-c", script));

        assertEquals(1, step.exitCode(), step.both());
        assertTrue(step.out().contains("3 descriptors: 1 approved, 0 approved with warnings, 2 rejected"),
                "the glob reached meshgov as written, not expanded by bash: " + step.out());
        assertTrue(step.out().contains("::error file=contracts/payments/orders.odcs.yaml"), "annotations: " + step.out());
        assertTrue(Files.exists(repository.resolve("reports/meshgov.sarif")), "the project's own report is written too");
        assertTrue(Files.readString(summary).startsWith("## meshgov: 3 descriptors"));
        assertTrue(!step.out().contains("::warning title=meshgov::"), "not a pull request: " + step.out());

        ScratchRepository.Run pullRequest = run(repository, Map.of("MESHGOV_JAR", "tools/meshgov.jar",
                "MESHGOV_ARGS", "check contracts/support.odcs.yaml", "GITHUB_BASE_REF", "main",
                "GITHUB_WORKSPACE", repository.toString(), "GITHUB_STEP_SUMMARY", summary.toString()),
                List.of("bash", "-e", "-c", script));
        assertTrue(pullRequest.out().contains("::warning title=meshgov::this pull request's deletions and version changes"
                + " were not judged: add --against origin/main"), "said where the author looks: " + pullRequest.out());

        ScratchRepository.Run fromSub = run(repository.resolve("sub"), Map.of("MESHGOV_JAR", "tools/meshgov.jar",
                "MESHGOV_ARGS", "check --format=text ../contracts/support.odcs.yaml",
                "GITHUB_WORKSPACE", repository.toString(), "GITHUB_STEP_SUMMARY", summary.toString()),
                List.of("bash", "-e", "-c", script));
        assertEquals(0, fromSub.exitCode(), "the jar is found from another working directory: " + fromSub.both());
    }

    @Test
    void againstMain_withFix_setsTheVersionTheChangeNeeds_andJudgesTheFixedFile() throws Exception {
        write("contracts/settlements.odcs.yaml", descriptor("settlements-1.4.0.odcs.yaml"));
        git("init", "-q", "-b", "main");
        git("add", "-A");
        git("commit", "-q", "-m", "catalog");
        git("checkout", "-q", "-b", "change");
        String breaking = descriptor("settlements-1.5.0-breaking.odcs.yaml");
        Files.writeString(repository.resolve("contracts/settlements.odcs.yaml"), breaking);

        ScratchRepository.Run run = meshgov("check", "--against", "main", "--fix");

        assertEquals(breaking.replace("version: 1.5.0", "version: 2.0.0"),
                Files.readString(repository.resolve("contracts/settlements.odcs.yaml")), "only the version changed");
        assertTrue(run.err().contains("fixed contracts/settlements.odcs.yaml: set version to '2.0.0'"), run.both());
        assertTrue(!run.out().contains("EVO-001"), "judged as fixed: " + run.out());
        assertTrue(run.out().contains("EVO-007"), "the breaking change is announced by its major version: " + run.out());
    }

    @Test
    void againstMain_judgesAChangeThroughALinkedFolder_aDeletion_andOnlyWhatChanged() throws Exception {
        write("real/settlements.odcs.yaml", descriptor("settlements-1.4.0.odcs.yaml"));
        write("real/retired.yaml", descriptor("approved.odcs.yaml").replace("status: active", "status: retired")
                .replace("4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e82", "4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e99"));
        write("real/unchanged.yaml", descriptor("rejected.odcs.yaml"));
        Files.createSymbolicLink(repository.resolve("linked"), Path.of("real"));
        git("init", "-q", "-b", "main");
        git("add", "-A");
        git("commit", "-q", "-m", "catalog");
        git("checkout", "-q", "-b", "change");
        Files.writeString(repository.resolve("real/settlements.odcs.yaml"), descriptor("settlements-1.5.0-breaking.odcs.yaml"));
        git("rm", "-q", "contracts/cards.yaml", "real/retired.yaml");
        git("commit", "-q", "-am", "change");
        git("checkout", "-q", "main");
        write("contracts/added-on-main.yaml", descriptor("approved.odcs.yaml"));
        git("add", "-A");
        git("commit", "-q", "-m", "meanwhile on main");
        git("checkout", "-q", "change");

        ScratchRepository.Run linked = meshgov("check", "--quiet", "--against", "main", "linked/");
        assertEquals(1, linked.exitCode(), linked.both());
        assertTrue(linked.out().contains("linked/settlements.odcs.yaml: REJECTED"), linked.out());
        assertTrue(linked.out().contains("EVO-001"), "compared with its earlier version, not judged as new: " + linked.out());

        ScratchRepository.Run noPath = meshgov("check", "--against", "main");
        assertEquals(1, noPath.exitCode(), noPath.both());
        assertTrue(noPath.out().contains("contracts/cards.yaml: REJECTED"), noPath.out());
        assertTrue(noPath.out().contains("EVO-009  the data contract '4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e82' (version 3.0.0)"
                + " was deleted while its status was 'active'"), noPath.out());
        assertTrue(noPath.out().contains("real/retired.yaml: APPROVED"), "a retired one's deletion is information: "
                + noPath.out());
        assertTrue(noPath.out().contains("EVO-010"), noPath.out());
        assertFalse(noPath.out().contains("unchanged.yaml"), "only what changed: " + noPath.out());
        assertFalse(noPath.out().contains("added-on-main"), "what main gained meanwhile is no deletion: " + noPath.out());
        assertTrue(noPath.out().endsWith("3 descriptors: 1 approved, 0 approved with warnings, 2 rejected, 0 unreadable\n"),
                noPath.out());

        write("meshgov.yaml", "paths: [contracts/]\n");
        ScratchRepository.Run scoped = meshgov("check", "--against", "main");
        assertEquals(1, scoped.exitCode(), scoped.both());
        assertTrue(scoped.out().endsWith("1 descriptor: 0 approved, 0 approved with warnings, 1 rejected, 0 unreadable\n"),
                "only the changes under the config's paths: " + scoped.out());
    }

    @Test
    void aContractTakenOutOfSight_byRenameIgnoreOrRewrite_isJudgedAsRemoved() throws Exception {
        write("contracts/renamed.yaml", descriptor("approved.odcs.yaml").replace("4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e82",
                "11111111-8a9b-4c0d-9e1f-2a3b4c5d6e82"));
        write("contracts/ignored.yaml", descriptor("approved.odcs.yaml").replace("4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e82",
                "22222222-8a9b-4c0d-9e1f-2a3b4c5d6e82"));
        write("contracts/rewritten.yaml", descriptor("approved.odcs.yaml").replace("4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e82",
                "33333333-8a9b-4c0d-9e1f-2a3b4c5d6e82"));
        git("init", "-q", "-b", "main");
        git("add", "-A");
        git("commit", "-q", "-m", "catalog");
        git("checkout", "-q", "-b", "hide");
        git("mv", "contracts/renamed.yaml", "contracts/renamed.txt");
        Files.writeString(repository.resolve("contracts/ignored.yaml"),
                Files.readString(repository.resolve("contracts/ignored.yaml")).replace("version: 3.0.0", "version: 3.0.1"));
        write(".meshgovignore", "contracts/ignored.yaml\n");
        Files.writeString(repository.resolve("contracts/rewritten.yaml"), "apiVersion: v1\nkind: ConfigMap\n");
        Files.writeString(repository.resolve(".github/workflows/ci.yml"), "name: ci2\non: [push]\njobs: {}\n");
        git("add", "-A");
        git("commit", "-q", "-m", "out of sight");

        ScratchRepository.Run run = meshgov("check", "--quiet", "--against", "main");

        assertEquals(1, run.exitCode(), run.both());
        for (String id : List.of("11111111", "22222222", "33333333")) {
            assertTrue(run.out().contains("EVO-009  the data contract '" + id), id + ": " + run.out());
        }
        assertFalse(run.out().contains("ci.yml"), "a workflow that changed is no contract: " + run.out());
    }

    @Test
    void sourceAndDocumentsThatNameAContract_changedOrDeleted_areNoConcernOfTheGate() throws Exception {
        write("src/Reader.java", "package x;\n\n/**\n * Reads a DataContract: its schema.\n */\nclass Reader {\n}\n");
        write("docs/guide.md", "A DataContract: kind: DataContract\n");
        git("init", "-q", "-b", "main");
        git("add", "-A");
        git("commit", "-q", "-m", "code and docs");
        git("checkout", "-q", "-b", "edit");
        write("src/Reader.java", "package x;\n\n/**\n * Reads a DataContract: its schema and servers.\n */\nclass Reader {\n}\n");
        git("rm", "-q", "docs/guide.md");
        git("add", "-A");
        git("commit", "-q", "-m", "edit code, drop a guide");

        ScratchRepository.Run run = meshgov("check", "--against", "main");

        assertEquals(0, run.exitCode(), "a Java file and a Markdown file were never descriptors: " + run.both());
        assertFalse(run.both().contains("Reader.java") || run.both().contains("guide.md"), run.both());
    }

    @Test
    void theLauncher_findsItsJarThroughALink() throws Exception {
        Path bin = Files.createDirectories(repository.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("meshgov"), JAR.resolveSibling("meshgov"));

        ScratchRepository.Run version = run(repository, Map.of(), List.of(bin.resolve("meshgov").toString(), "--version"));

        assertEquals(0, version.exitCode(), version.both());
    }
}
