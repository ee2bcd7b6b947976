package io.meshgov.cli;

import static io.meshgov.cli.CliTest.meshgov;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.cli.CliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's and the council's own files are read as descriptors are — YAML 1.2, duplicate keys refused, within
 * limits — and every mistake in them is a located usage error, never a crash, a hang or a silent default.
 */
class CouncilFilesCliTest {

    private static final String DESCRIPTORS = "src/test/resources/descriptors/";

    @TempDir
    Path folder;

    private Path config(String text) throws Exception {
        return Files.writeString(folder.resolve("meshgov.yaml"), text);
    }

    @Test
    void meshgovYaml_isYaml12_andADuplicateKeyIsRefusedWithBothLines() throws Exception {
        Run no = meshgov("check", "--config", config("standard: no\n").toString(), DESCRIPTORS + "approved.odcs.yaml");
        assertEquals(2, no.exitCode());
        assertEquals("meshgov: " + folder.resolve("meshgov.yaml") + ":1:1: standard: expected true or false\n", no.err(), "YAML 1.1 read 'no' as false; 1.2 reads it as text");

        Run twice = meshgov("check", "--config", config("failOn: warning\nfailOn: error\n").toString(),
                DESCRIPTORS + "approved.odcs.yaml");
        assertEquals(2, twice.exitCode());
        assertTrue(twice.err().startsWith("meshgov: " + folder.resolve("meshgov.yaml") + ":2:1: duplicate key \"failOn\": "
                + "first defined at line 1, again at line 2; keep one of them"), twice.err());
    }

    @Test
    void meshgovYaml_isReadWithinLimits_andALongUnknownKeyGetsNoHint() throws Exception {
        Path large = Files.writeString(folder.resolve("meshgov.yaml"), "paths: [a]\n# " + "x".repeat(8 * 1024 * 1024) + "\n");
        Run tooLarge = meshgov("check", "--config", large.toString(), DESCRIPTORS + "approved.odcs.yaml");
        assertEquals(2, tooLarge.exitCode());
        assertTrue(tooLarge.err().contains("the file is larger than 4 MiB"), tooLarge.err());

        String key = "k".repeat(1_000);   // YAML caps a plain key at 1,024 characters
        Run unknown = meshgov("check", "--config", config(key + ": 1\n").toString(), DESCRIPTORS + "approved.odcs.yaml");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("unknown setting"), unknown.err());
        assertFalse(unknown.err().contains("did you mean"), unknown.err());
    }

    @Test
    void aReport_isWrittenOnlyInsideTheProject_andNeverOverAnInput() throws Exception {
        Run outside = meshgov("check", "--config", config("format: [sarif=../../stolen.sarif]\n").toString(),
                DESCRIPTORS + "approved.odcs.yaml");
        assertEquals(2, outside.exitCode());
        assertTrue(outside.err().contains("would write a report outside the project's folder"), outside.err());

        Path contract = Files.copy(Path.of(DESCRIPTORS + "rejected.odcs.yaml"), folder.resolve("orders.odcs.yaml"));
        byte[] before = Files.readAllBytes(contract);
        Run over = meshgov("check", "--config", config("format: [text, sarif=orders.odcs.yaml]\n").toString(),
                contract.toString());
        assertEquals(2, over.exitCode());
        assertTrue(over.err().contains("would write the report over a descriptor it judges"), over.err());
        assertEquals(new String(before), Files.readString(contract), "input files are never modified");
    }

    @Test
    void aPolicyWhoseLayersNameNoPack_isALocatedError() throws Exception {
        Path policy = Files.writeString(folder.resolve("governance.yaml"),
                "policy: empty\nversion: 1\nlayers:\n  - name: council\n    trusted: true\n");

        Run run = meshgov("check", "--policy", policy.toString(), DESCRIPTORS + "approved.odcs.yaml");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("layers: no layer names a rule pack"), run.err());
        assertFalse(run.err().contains("defect") || run.err().contains("Exception"), run.err());
    }

    @Test
    void anEarlierScorecard_thatIsNotOne_isAUsageError_readWithinABound() throws Exception {
        Path partial = Files.writeString(folder.resolve("scorecard.json"), "{\"schemaVersion\":\"1.0\"}");
        Path wrongType = Files.writeString(folder.resolve("wrong.json"), "{\"schemaVersion\":\"1.0\",\"domains\":7}");
        String out = folder.resolve("out").toString();

        Run missing = meshgov("report", "--output", out, "--previous", partial.toString(), DESCRIPTORS + "approved.odcs.yaml");
        Run typed = meshgov("report", "--output", out, "--previous", wrongType.toString(), DESCRIPTORS + "approved.odcs.yaml");
        Run device = meshgov("report", "--output", out, "--previous", "/dev/zero", DESCRIPTORS + "approved.odcs.yaml");

        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("not a meshgov scorecard: overall is missing"), missing.err());
        assertEquals(2, typed.exitCode());
        assertTrue(typed.err().contains("not a meshgov scorecard: domains has the wrong type"), typed.err());
        assertFalse(typed.err().contains("io.meshgov") || typed.err().contains("deserialize"), typed.err());
        assertEquals(2, device.exitCode());
        assertTrue(device.err().contains("not a file"), device.err());
    }

    @Test
    void githubAnnotations_escapeControlCharacters() throws Exception {
        Path odd = Files.copy(Path.of(DESCRIPTORS + "rejected.odcs.yaml"), folder.resolve("orders\u001b[31m.odcs.yaml"));

        Run run = meshgov("check", "--format", "github", odd.toString());

        assertEquals(1, run.exitCode());
        assertFalse(run.out().contains("\u001b"), "no escape sequence reaches the log");
        assertTrue(run.out().contains("orders\\u001b[31m.odcs.yaml"), run.out());
    }
}
