package io.meshgov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diff --fix} sets the version a change needs where it is written, and changes nothing else of the file. */
class VersionFixTest {

    private static final String DESCRIPTORS = "src/test/resources/descriptors/";

    @Test
    void theValueIsReplaced_whereverAndHoweverItIsWritten_andNothingElse() {
        SourceLocation key = new SourceLocation("x.yaml", 2, 1);
        assertEquals(Optional.of("id: a\nversion: 2.0.0   # bumped by hand before\nstatus: active\n"),
                VersionFix.withVersion("id: a\nversion: 1.5.0   # bumped by hand before\nstatus: active\n", key, "2.0.0"));
        assertEquals(Optional.of("id: a\nversion: \"2.0.0\"\n"),
                VersionFix.withVersion("id: a\nversion: \"1.5.0\"\n", key, "2.0.0"));
        assertEquals(Optional.of("{\"id\": \"a\",\n  \"version\": '2.0.0', \"status\": \"active\"}"),
                VersionFix.withVersion("{\"id\": \"a\",\n  \"version\": '1.5.0', \"status\": \"active\"}",
                        new SourceLocation("x.json", 2, 3), "2.0.0"));
        assertEquals(Optional.empty(), VersionFix.withVersion("id: a\nversion:\n  1.5.0\n", key, "2.0.0"),
                "a value on a later line is left to a person");
        assertEquals(Optional.empty(), VersionFix.withVersion("id: a\nversion: *v\n", key, "2.0.0"), "an alias too");
    }

    @Test
    void diffFix_setsTheNextMajor_forABreakingChange_andTheFileThenPassesItsVersionCheck(@TempDir Path folder)
            throws Exception {
        Path proposed = Files.copy(Path.of(DESCRIPTORS + "settlements-1.5.0-breaking.odcs.yaml"),
                folder.resolve("settlements.odcs.yaml"));
        String before = Files.readString(proposed);

        CliTest.Run run = CliTest.meshgov("diff", "--fix", DESCRIPTORS + "settlements-1.4.0.odcs.yaml", proposed.toString());

        String after = Files.readString(proposed);
        assertEquals(before.replace("version: 1.5.0", "version: 2.0.0"), after, "only the version changed");
        assertTrue(run.err().contains("version 1.5.0 -> 2.0.0, the smallest this change needs"), run.err());
        assertTrue(!run.out().contains("EVO-001"), "the bump the change needed is made: " + run.out());
        CliTest.Run again = CliTest.meshgov("diff", "--fix", DESCRIPTORS + "settlements-1.4.0.odcs.yaml",
                proposed.toString());
        assertEquals(after, Files.readString(proposed), "a second run changes nothing");
        assertTrue(!again.err().contains("->"), again.err());
    }
}
