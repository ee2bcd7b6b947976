package io.meshgov.cli;

import static io.meshgov.cli.CliTest.meshgov;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshgov.cli.CliTest.Run;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a CI pipeline asks of the command line: several reports from one run, standard input, config, audits. */
class PipelineCliTest {

    private static final String DESCRIPTORS = "src/test/resources/descriptors/";
    private static final String POLICY = "../governance-examples/federated/governance.yaml";
    private static final String ESTATE = "../governance-examples/descriptors";

    @TempDir
    Path folder;

    @Test
    void severalReports_comeFromOneRun() throws Exception {
        Path sarif = folder.resolve("out/meshgov.sarif");
        Path markdown = folder.resolve("summary.md");
        Path gitlab = folder.resolve("gl-code-quality.json");
        Run run = meshgov("check", "--format", "sarif=" + sarif, "--format", "markdown=" + markdown, "--format",
                "gitlab=" + gitlab, "--format", "text", DESCRIPTORS + "rejected.odcs.yaml", DESCRIPTORS + "approved.odcs.yaml");

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("rejected.odcs.yaml: REJECTED"), "the text report on standard output: " + run.out());
        assertTrue(Files.readString(sarif).contains("META-003"));
        String summary = Files.readString(markdown);
        assertTrue(summary.startsWith("## meshgov: 2 descriptors: 1 approved, 0 approved with warnings, 1 rejected"), summary);
        assertTrue(summary.contains("| src/test/resources/descriptors/rejected.odcs.yaml | ❌ rejected | 2 | 0 |"), summary);
        JsonNode issues = JsonReport.MAPPER.readTree(gitlab.toFile());
        assertEquals(2, issues.size());
        assertEquals("META-003", issues.get(0).get("check_name").asText());
        assertEquals("critical", issues.get(0).get("severity").asText());
        assertEquals(52, issues.get(0).at("/location/lines/begin").asInt());
        assertEquals(64, issues.get(0).get("fingerprint").asText().length());
    }

    @Test
    void outputNamedLikeAFormat_isRefused_andTwoReportsCannotShareStandardOutput() {
        Run json = meshgov("check", "--output", "json", DESCRIPTORS + "approved.odcs.yaml");
        assertEquals(2, json.exitCode());
        assertTrue(json.err().startsWith("meshgov: --output json would write the report to a file named 'json'; to choose"
                + " the report's format, use --format json"), json.err());
        assertFalse(Files.exists(Path.of("json")));

        Run two = meshgov("check", "--format", "json", "--format", "text", DESCRIPTORS + "approved.odcs.yaml");
        assertEquals(2, two.exitCode());
        assertTrue(two.err().contains("only one report can go to standard output"), two.err());
    }

    @Test
    void standardInput_isJudgedUnderTheNameGiven() throws Exception {
        java.io.InputStream before = CheckCommand.stdin;
        try {
            CheckCommand.stdin = new ByteArrayInputStream(Files.readAllBytes(Path.of(DESCRIPTORS + "rejected.odcs.yaml")));
            Run run = meshgov("check", "--stdin-filename", "contracts/cards.odcs.yaml", "-");
            assertEquals(1, run.exitCode(), run.err());
            assertTrue(run.out().contains("contracts/cards.odcs.yaml:52:9  ERROR    META-003"), run.out());

            CheckCommand.stdin = new ByteArrayInputStream("kind: DataContract\napiVersion: v3.1.0\n".getBytes(StandardCharsets.UTF_8));
            Run unreadable = meshgov("check", "-");
            assertEquals(2, unreadable.exitCode());
            assertTrue(unreadable.err().startsWith("meshgov: <stdin>:"), unreadable.err());
        } finally {
            CheckCommand.stdin = before;
        }
    }

    @Test
    void quiet_showsOnlyWhatFails_andColourIsAsked() {
        Run quiet = meshgov("check", "--quiet", DESCRIPTORS + "rejected.odcs.yaml", DESCRIPTORS + "approved.odcs.yaml");
        assertFalse(quiet.out().contains("approved.odcs.yaml: APPROVED"), quiet.out());
        assertTrue(quiet.out().contains("rejected.odcs.yaml: REJECTED"), quiet.out());

        Run coloured = meshgov("check", "--color", DESCRIPTORS + "rejected.odcs.yaml");
        assertTrue(coloured.out().contains("\u001B[31m"), "--color colours even off a terminal");
        Run plain = meshgov("check", "--no-color", DESCRIPTORS + "rejected.odcs.yaml");
        assertTrue(plain.out().indexOf('\u001B') < 0);
    }

    @Test
    void ignoreWaivers_showsWhatWaiversHide() {
        Run waived = meshgov("check", "--policy", POLICY, "--as-of", "2026-12-01", ESTATE);
        Run audit = meshgov("check", "--policy", POLICY, "--as-of", "2026-12-01", "--ignore-waivers", ESTATE);

        assertTrue(waived.out().contains("(waived WVR-2026-031)"), waived.out());
        assertFalse(audit.out().contains("waived"), audit.out());
        assertTrue(audit.out().contains("warehouse-stock.odcs.json:13:3  ERROR    META-001"), audit.out());
    }

    @Test
    void theProjectConfig_setsWhatTheOptionsWouldSet_andAMistakeIsLocated() throws Exception {
        Path config = Files.writeString(folder.resolve("meshgov.yaml"), """
                paths: [%s]
                failOn: warning
                format: [text, json=report.json]
                """.formatted(Path.of(DESCRIPTORS + "warnings.odcs.yaml").toAbsolutePath()));
        Run run = meshgov("check", "--config", config.toString());
        assertEquals(3, run.exitCode(), run.out() + run.err());
        assertTrue(Files.exists(folder.resolve("report.json")), "the config's report file is relative to the config");
        assertEquals(0, meshgov("check", "--config", config.toString(), "--fail-on", "error").exitCode(),
                "an option given wins over the config");

        Files.writeString(config, "paths: [contracts/]\nfailOnn: warning\n");
        Run typo = meshgov("check", "--config", config.toString());
        assertEquals(2, typo.exitCode());
        assertTrue(typo.err().startsWith("meshgov: " + config + ":2:1: unknown setting 'failOnn'; did you mean \"failOn\"?"),
                typo.err());
    }

    @Test
    void preCommitsNamedFiles_skipThoseThatAreNotDescriptors() throws Exception {
        Path packageJson = Files.writeString(folder.resolve("package.json"), "{\"name\": \"catalog\"}");
        Run named = meshgov("check", packageJson.toString());
        assertEquals(2, named.exitCode(), "a file named is judged: " + named.out());
        Run hook = meshgov("check", "--skip-other-files", packageJson.toString(), DESCRIPTORS + "approved.odcs.yaml");
        assertEquals(0, hook.exitCode(), hook.out() + hook.err());
        assertTrue(hook.out().endsWith("1 descriptor: 1 approved, 0 approved with warnings, 0 rejected, 0 unreadable\n"));
        assertEquals(0, meshgov("check", "--skip-other-files", packageJson.toString()).exitCode(),
                "a commit that changes no descriptor passes");
    }

    @Test
    void shellCompletionAndTheManPage_comeFromTheCommandsThemselves() {
        Run completion = meshgov("generate-completion");
        assertTrue(completion.out().contains("--stdin-filename"), "completion knows every option");
        Run man = meshgov("generate-man-page");
        assertTrue(man.out().startsWith(".TH MESHGOV 1"), man.out());
        assertTrue(man.out().contains("\\fB\\-\\-against\\fR \\fIREF\\fR"), man.out());
        assertTrue(man.out().contains(".SH EXIT STATUS"));
        assertTrue(man.out().chars().allMatch(c -> c < 128), "the manual page is ASCII roff: groff names every glyph");
        assertEquals("\\(em \\(-> \\-\\-x", ManPageCommand.roff("\u2014 \u2192 --x"));
        assertEquals(0, meshgov("generate-man-page", "--help").exitCode(), "every command has --help");
        assertTrue(completion.out().contains("local LEVEL_option_args=(\"error\" \"warning\") # --fail-on values"),
                "completion offers what --fail-on accepts, not INFO");
    }

    @Test
    void junit_listsTheEvolutionRulesOnlyForComparedVersions() {
        Run check = meshgov("check", "--format", "junit", DESCRIPTORS + "settlements-1.4.0.odcs.yaml");
        Run diff = meshgov("diff", "--format", "junit", DESCRIPTORS + "settlements-1.4.0.odcs.yaml",
                DESCRIPTORS + "settlements-1.5.0-additive.odcs.yaml");

        assertFalse(check.out().contains("name=\"EVO-"), "a plain check runs no evolution rule: " + check.out());
        assertTrue(check.out().contains("name=\"META-001 "), check.out());
        assertTrue(diff.out().contains("name=\"EVO-001 "), diff.out());
    }
}
