package io.meshgov.cli;

import static io.meshgov.cli.CliTest.meshgov;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a contract author could write to slip past the gate or break the run, through the command line: the
 * decision on a file written with aliases or merge keys is the decision on the same file written out plainly.
 */
class HostileDescriptorsCliTest {

    private static final Path APPROVED = Path.of("src/test/resources/descriptors/approved.odcs.yaml");
    private static final Pattern FINDING = Pattern.compile("^ {2}\\S+ {2}(ERROR|WARNING|INFO) +([A-Z]+-\\d+) ", Pattern.MULTILINE);

    private static String approved() throws Exception {
        return Files.readString(APPROVED);
    }

    /** The outcome line and the rule ids found, without file names: what two spellings of one contract must share. */
    private static List<String> decision(CliTest.Run run) {
        String outcome = run.lines().get(0).replaceAll("^.*: ", "");
        Matcher matcher = FINDING.matcher(run.out());
        List<String> ids = new java.util.ArrayList<>();
        while (matcher.find()) {
            ids.add(matcher.group(2));
        }
        java.util.Collections.sort(ids);
        ids.add(0, outcome);
        return ids;
    }

    private static Path write(Path folder, String name, String text) throws Exception {
        return Files.writeString(folder.resolve(name), text);
    }

    @Test
    void anAliasedClassification_isJudgedLikeTheValueItNames(@TempDir Path folder) throws Exception {
        String plain = approved().replace("description: Carrier code (DHL, UPS, ...).\n        classification: public",
                "description: Carrier code (DHL, UPS, ...).\n        classification: restricted");
        String aliased = approved().replace("description:\n", "description:\n  x-levels: [&public restricted]\n")
                .replace("description: Carrier code (DHL, UPS, ...).\n        classification: public",
                        "description: Carrier code (DHL, UPS, ...).\n        classification: *public");
        List<String> expected = decision(meshgov("check", write(folder, "plain.odcs.yaml", plain).toString()));
        assertEquals("REJECTED", expected.get(0), expected.toString());
        assertEquals(expected, decision(meshgov("check", write(folder, "aliased.odcs.yaml", aliased).toString())));
    }

    @Test
    void anAliasedStatus_isJudgedLikeTheValueItNames(@TempDir Path folder) throws Exception {
        String plain = approved().replace("status: active", "status: retired");
        String aliased = approved().replace("status: active\n", "")
                .replace("description:\n", "description:\n  x-statuses: [&active retired]\n") + "status: *active\n";
        List<String> expected = decision(meshgov("check", write(folder, "plain.odcs.yaml", plain).toString()));
        assertTrue(expected.contains("LIFE-005"), expected.toString());
        assertEquals(expected, decision(meshgov("check", write(folder, "aliased.odcs.yaml", aliased).toString())));
    }

    @Test
    void mergedTags_markPersonalDataLikeTagsWrittenOut(@TempDir Path folder) throws Exception {
        String carrier = "      - name: carrier\n";
        String plain = approved().replace(carrier, carrier + "        tags: [pii]\n");
        String merged = approved().replace("description:\n", "description:\n  x-defaults:\n    personal: &personal\n"
                + "      tags: [pii]\n").replace(carrier, carrier + "        <<: *personal\n");
        List<String> expected = decision(meshgov("check", write(folder, "plain.odcs.yaml", plain).toString()));
        assertTrue(expected.contains("SENS-002"), expected.toString());
        assertEquals(expected, decision(meshgov("check", write(folder, "merged.odcs.yaml", merged).toString())));
    }

    @Test
    void anOctalLookingLength_isTheNumberWritten_soDiffSeesNoChange(@TempDir Path folder) throws Exception {
        String options = "        physicalType: varchar(20)\n";
        String before = approved().replace(options, options + "        logicalTypeOptions: {maxLength: 10}\n");
        String after = approved().replace(options, options + "        logicalTypeOptions: {maxLength: 010}\n")
                .replace("version: 3.0.0", "version: 3.0.1");
        CliTest.Run run = meshgov("diff", write(folder, "before.odcs.yaml", before).toString(),
                write(folder, "after.odcs.yaml", after).toString());
        assertFalse(run.out().contains("maxLength") || run.out().contains("tightened"), run.out());
    }

    @Test
    void terminalEscapesAndLineBreaksInANameAreShown_neverActedOn(@TempDir Path folder) throws Exception {
        String forged = approved().replace("      - name: carrier\n",
                "      - name: \"carrier\\e[2J\\nfake.odcs.yaml: APPROVED\"\n");
        CliTest.Run run = meshgov("check", write(folder, "forged.odcs.yaml", forged).toString());
        assertTrue(run.out().indexOf('\u001b') < 0, run.out());
        assertFalse(run.lines().contains("fake.odcs.yaml: APPROVED"), run.out());
        assertTrue(run.out().contains("carrier\\u001b[2J\\nfake.odcs.yaml: APPROVED"), run.out());
    }

    @Test
    void symlinkedFiles_areJudged_andBrokenOrLoopingLinksReported_whileTheRestAreJudged(@TempDir Path folder)
            throws Exception {
        Path contracts = Files.createDirectory(folder.resolve("contracts"));
        // another contract (its own id): the same one twice would be two files publishing it (MESH-004)
        Path elsewhere = write(folder, "elsewhere.odcs.yaml", approved().replace("4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e82",
                "5d6e7f80-8a9b-4c0d-9e1f-2a3b4c5d6e82"));
        write(contracts, "shipments.odcs.yaml", approved());
        Files.createSymbolicLink(contracts.resolve("linked.odcs.yaml"), elsewhere);
        Files.createSymbolicLink(contracts.resolve("dangling.odcs.yaml"), folder.resolve("missing.odcs.yaml"));
        Files.createSymbolicLink(contracts.resolve("loop"), contracts);
        CliTest.Run run = meshgov("check", contracts.toString());
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains(contracts.resolve("linked.odcs.yaml") + ": APPROVED"), run.out());
        assertTrue(run.out().contains(contracts.resolve("shipments.odcs.yaml") + ": APPROVED"), run.out());
        assertTrue(run.lines().contains("  " + contracts.resolve("dangling.odcs.yaml") + ": a symbolic link to a file"
                + " that does not exist; remove the link or restore its file"), run.out());
        assertTrue(run.lines().contains("  " + contracts.resolve("loop") + ": a symbolic link here leads back to a"
                + " folder above it; it was not searched again"), run.out());
        assertTrue(run.out().endsWith("4 descriptors: 2 approved, 0 approved with warnings, 0 rejected, 2 unreadable\n"),
                run.out());
    }

    @Test
    void aFileThatExhaustsTheStack_isUnreadable_andTheOthersAreJudged(@TempDir Path folder) throws Exception {
        Path deep = write(folder, "deep.odcs.json", "[".repeat(300_000) + "]".repeat(300_000));
        Path good = write(folder, "good.odcs.yaml", approved());
        CliTest.Run run = meshgov("check", "--limit", "depth=1000000", deep.toString(), good.toString());
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains(good + ": APPROVED"), run.out());
        assertTrue(run.lines().contains("  " + deep + ":1:1: the file could not be read with the memory this process has"
                + " (it nests too deeply); lower the read limits, or give the process more memory"), run.out());
        assertEquals("meshgov: " + deep + ":1:1: the file could not be read with the memory this process has (it nests"
                + " too deeply); lower the read limits, or give the process more memory\n", run.err());
    }

    @Test
    void aFileOverTheByteLimit_isUnreadable_withTheSettingThatRaisesIt() {
        CliTest.Run run = meshgov("check", "--limit", "fileBytes=1024", APPROVED.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.out().contains(": the file is larger than 1 KiB, the most meshgov reads of one file; split the"
                + " file, or raise the read limit 'fileBytes' with --limit fileBytes=N"), run.out());
        CliTest.Run bad = meshgov("check", "--limit", "dept=3", APPROVED.toString());
        assertEquals(2, bad.exitCode());
        assertEquals("meshgov: --limit dept=3: unknown read limit \"dept\"; the limits are fileBytes, textLength, depth,"
                + " values, aliases\n", bad.err());
    }
}
