package io.meshgov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code meshgov fix} and {@code diff --fix}: the fixes the rules attach, made where each value is written, nothing else
 * of the file changed, and nothing the second time.
 */
class FixCommandTest {

    private static final String DESCRIPTORS = "src/test/resources/descriptors/";

    @Test
    void diffFix_setsTheNextMajor_forABreakingChange_andTheFileThenPassesItsVersionCheck(@TempDir Path folder)
            throws Exception {
        Path proposed = Files.copy(Path.of(DESCRIPTORS + "settlements-1.5.0-breaking.odcs.yaml"),
                folder.resolve("settlements.odcs.yaml"));
        String before = Files.readString(proposed);

        CliTest.Run run = CliTest.meshgov("diff", "--fix", DESCRIPTORS + "settlements-1.4.0.odcs.yaml", proposed.toString());

        String after = Files.readString(proposed);
        assertEquals(before.replace("version: 1.5.0", "version: 2.0.0"), after, "only the version changed");
        assertTrue(run.err().contains("fixed " + proposed + ": set version to '2.0.0'"), run.err());
        assertTrue(!run.out().contains("EVO-001"), "the bump the change needed is made: " + run.out());
        CliTest.Run again = CliTest.meshgov("diff", "--fix", DESCRIPTORS + "settlements-1.4.0.odcs.yaml",
                proposed.toString());
        assertEquals(after, Files.readString(proposed), "a second run changes nothing");
        assertTrue(again.err().contains("made 0 fixes"), again.err());
        assertTrue(run.err().contains("--fix changed 1 file in place: the decisions above judge it as fixed, not as"
                + " committed"), run.err());
        assertTrue(!again.err().contains("--fix changed"), again.err());
    }

    /**
     * A gate that runs {@code check --fix} judges the fixed files, not the committed ones: it must not pass a
     * descriptor whose committed text needed a fix, or that text would be published unjudged.
     */
    @Test
    void checkFix_neverApprovesARunThatChangedAFile(@TempDir Path folder) throws Exception {
        Path proposed = Files.copy(Path.of(DESCRIPTORS + "settlements-1.5.0-breaking.odcs.yaml"),
                folder.resolve("settlements.odcs.yaml"));
        Files.writeString(proposed, Files.readString(proposed).replace("version: 1.5.0", "version: \"1.5\""));

        CliTest.Run fixing = CliTest.meshgov("check", "--fix", proposed.toString());
        CliTest.Run committed = CliTest.meshgov("check", proposed.toString());

        assertTrue(fixing.err().contains("fixed " + proposed + ": set version to '1.5.0'"), fixing.err());
        assertEquals(1, fixing.exitCode(), fixing.err() + fixing.out());
        assertTrue(fixing.err().contains("review the changes and commit them"), fixing.err());
        assertEquals(0, committed.exitCode(), "once fixed, the same file passes: " + committed.err() + committed.out());
    }

    @Test
    void fix_lowersTheFindingsOfTheExamples_keepsTheirComments_andChangesNothingTheSecondTime(@TempDir Path folder)
            throws Exception {
        Path examples = folder.resolve("descriptors");
        copy(Path.of("../governance-examples/descriptors"), examples);
        Path card = examples.resolve("payments/card-payments.odcs.yaml");
        String before = Files.readString(card);
        CliTest.Run judgedBefore = CliTest.meshgov("check", "--format", "json", examples.toString());

        CliTest.Run run = CliTest.meshgov("fix", examples.toString());

        assertEquals(1, run.exitCode(), "findings a person must fix are left: " + run.out());
        assertTrue(run.out().contains("fixed " + card + ": set classification to 'confidential'"), run.out());
        assertTrue(run.out().contains("made 1 fix in 1 of 7 descriptors"), run.out());
        String after = Files.readString(card);
        assertEquals(before.replace("        description: Primary account number, tokenised.\n",
                "        description: Primary account number, tokenised.\n        classification: confidential\n"), after);
        CliTest.Run judgedAfter = CliTest.meshgov("check", "--format", "json", examples.toString());
        assertTrue(count(judgedAfter.out(), "\"ruleId\"") < count(judgedBefore.out(), "\"ruleId\""),
                "fewer findings after the fix");
        CliTest.Run again = CliTest.meshgov("fix", examples.toString());
        assertTrue(again.out().contains("made 0 fixes in 0 of 7 descriptors"), again.out());
        assertEquals(after, Files.readString(card), "a second run changes nothing");
    }

    @Test
    void dryRun_printsAUnifiedDiff_andWritesNothing(@TempDir Path folder) throws Exception {
        Path card = Files.copy(Path.of("../governance-examples/descriptors/payments/card-payments.odcs.yaml"),
                folder.resolve("card-payments.odcs.yaml"));
        String before = Files.readString(card);

        CliTest.Run run = CliTest.meshgov("fix", "--dry-run", card.toString());

        assertEquals(before, Files.readString(card));
        String name = card.toString().replace('\\', '/');
        assertTrue(run.out().startsWith("--- a/" + name + "\n+++ b/" + name + "\n@@ -52,6 +52,7 @@\n"), run.out());
        assertTrue(run.out().contains("\n+        classification: confidential\n"), run.out());
        assertTrue(run.out().contains("would make 1 fix in 1 of 1 descriptor"), run.out());
    }

    @Test
    void aFileInUtf16_isFixedAndStaysUtf16(@TempDir Path folder) throws Exception {
        String text = Files.readString(Path.of("../governance-examples/descriptors/payments/card-payments.odcs.yaml"));
        Path card = folder.resolve("card-payments.odcs.yaml");
        Files.write(card, ("\uFEFF" + text).getBytes(java.nio.charset.StandardCharsets.UTF_16LE));

        CliTest.Run run = CliTest.meshgov("fix", card.toString());

        assertTrue(run.out().contains("made 1 fix"), run.out() + run.err());
        byte[] bytes = Files.readAllBytes(card);
        assertEquals(0xFF, bytes[0] & 0xFF);
        assertEquals(0xFE, bytes[1] & 0xFF);
        assertTrue(new String(bytes, java.nio.charset.StandardCharsets.UTF_16LE).contains("classification: confidential"));
    }

    @Test
    void aFileReachedThroughALink_isFixedInPlace_andTheLinkStaysALink(@TempDir Path folder) throws Exception {
        Path card = Files.copy(Path.of("../governance-examples/descriptors/payments/card-payments.odcs.yaml"),
                Files.createDirectories(folder.resolve("real")).resolve("card-payments.odcs.yaml"));
        Path link = Files.createSymbolicLink(folder.resolve("linked.odcs.yaml"), card);

        CliTest.Run run = CliTest.meshgov("fix", link.toString());

        assertTrue(run.out().contains("made 1 fix"), run.out() + run.err());
        assertTrue(Files.isSymbolicLink(link), "the link is not replaced by a copy");
        assertTrue(Files.readString(card).contains("classification: confidential"), "the file it names is fixed");
    }

    @Test
    void standardInput_cannotBeFixed() {
        CliTest.Run run = CliTest.meshgov("fix", "-");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("standard input ('-') has no file to edit"), run.err());
    }

    @Test
    void reports_carryTheFixes_sarifAsReplacements_markdownAsSuggestions_jsonAsEdits(@TempDir Path folder)
            throws Exception {
        Path card = Files.copy(Path.of("../governance-examples/descriptors/payments/card-payments.odcs.yaml"),
                folder.resolve("card-payments.odcs.yaml"));

        var sarif = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                CliTest.meshgov("check", "--format", "sarif", card.toString()).out());
        var fixed = new java.util.ArrayList<com.fasterxml.jackson.databind.JsonNode>();
        sarif.at("/runs/0/results").forEach(result -> {
            if (result.has("fixes")) {
                fixed.add(result);
            }
        });
        assertEquals(1, fixed.size(), sarif.toPrettyString());
        assertEquals("META-003", fixed.get(0).path("ruleId").asText());
        var replacement = fixed.get(0).at("/fixes/0/artifactChanges/0/replacements/0");
        assertEquals("set classification to 'confidential'", fixed.get(0).at("/fixes/0/description/text").asText());
        assertEquals(54, replacement.at("/deletedRegion/startLine").asInt());
        assertEquals(replacement.at("/deletedRegion/startColumn").asInt(), replacement.at("/deletedRegion/endColumn").asInt());
        assertEquals("\n        classification: confidential", replacement.at("/insertedContent/text").asText());

        String markdown = CliTest.meshgov("check", "--format", "markdown", card.toString()).out();
        assertTrue(markdown.contains("### Fixes"), markdown);
        assertTrue(markdown.contains("line 54 (META-003): set classification to 'confidential'\n\n  ```suggestion\n"
                + "          description: Primary account number, tokenised.\n          classification: confidential\n  ```\n"),
                markdown);

        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                CliTest.meshgov("check", "--format", "json", card.toString()).out());
        var edits = new java.util.ArrayList<String>();
        json.at("/decisions/0/findings").forEach(finding -> finding.at("/fix/edits").forEach(edit ->
                edits.add(edit.path("path").asText() + "=" + edit.path("value").asText())));
        assertEquals(List.of("schema[card_payments].properties[card_number].classification=confidential"), edits);
    }

    @Test
    void upgrade_movesAnOlderContractToTheNewestVersion_inPlace_andThenSaysItIsCurrent(@TempDir Path folder)
            throws Exception {
        Path contract = folder.resolve("orders.odcs.yaml");
        Files.writeString(contract, "# orders, as written in 2024\napiVersion: v3.0.2\nkind: DataContract\n"
                + "id: 53581432-6c55-4ba2-a65f-72344a91553a\nversion: 1.0.0\nstatus: active\n"
                + "team:\n  - username: jane   # owner since May\n    role: owner\n");

        CliTest.Run run = CliTest.meshgov("upgrade", contract.toString());

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("upgraded " + contract + ": team: the list of members is now team.members"),
                run.out());
        assertEquals("# orders, as written in 2024\napiVersion: v3.2.0\nkind: DataContract\n"
                + "id: 53581432-6c55-4ba2-a65f-72344a91553a\nversion: 1.0.0\nstatus: active\n"
                + "team:\n  members:\n    - username: jane   # owner since May\n      role: owner\n",
                Files.readString(contract));
        CliTest.Run again = CliTest.meshgov("upgrade", contract.toString());
        assertTrue(again.out().contains(contract + ": already v3.2.0"), again.out());
        CliTest.Run wrong = CliTest.meshgov("upgrade", "--to", "v9", contract.toString());
        assertEquals(2, wrong.exitCode());
        assertTrue(wrong.err().contains("not upgraded: --to v9: meshgov upgrades ODCS to v3.1.0, v3.2.0"), wrong.err());
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static void copy(Path from, Path to) throws java.io.IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(from)) {
            for (Path each : walk.toList()) {
                Path target = to.resolve(from.relativize(each).toString());
                if (Files.isDirectory(each)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(each, target);
                }
            }
        }
    }
}
