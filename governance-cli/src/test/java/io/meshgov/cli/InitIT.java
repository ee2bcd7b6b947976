package io.meshgov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code meshgov init} as a new user runs it: the starter passes {@code check} and {@code test} as written. */
class InitIT {

    @Test
    void theStarter_passesCheckAndTest_asWritten_andInitNeverOverwrites(@TempDir Path folder) throws Exception {
        ScratchRepository project = new ScratchRepository(folder);

        ScratchRepository.Run init = project.meshgov("init");
        assertEquals(0, init.exitCode(), init.both());
        for (String file : InitCommand.FILES) {
            assertTrue(Files.isRegularFile(folder.resolve(file)), file);
        }

        ScratchRepository.Run check = project.meshgov("check");
        assertEquals(0, check.exitCode(), check.both());
        assertTrue(check.out().contains("contracts/orders.odcs.yaml: APPROVED"), check.out());
        ScratchRepository.Run test = project.meshgov("test", "--require-coverage");
        assertEquals(0, test.exitCode(), test.both());
        assertTrue(test.out().endsWith("2 passed, 0 failed\n"), test.out());

        Path cases = folder.resolve("rules/council/tests/currency.cases.yaml");
        String written = Files.readString(cases);
        Files.writeString(cases, written.substring(0, written.indexOf("  - name: an amount without its currency")));
        ScratchRepository.Run uncovered = project.meshgov("test", "--require-coverage");
        assertEquals(1, uncovered.exitCode(), uncovered.both());
        assertTrue(uncovered.out().contains("rules no case triggers: ORG-001"), "the council's own rule, brought by the"
                + " cases' policy, counts for coverage: " + uncovered.out());
        Files.writeString(cases, written);

        String before = Files.readString(folder.resolve("meshgov.yaml"));
        Files.writeString(folder.resolve("meshgov.yaml"), before + "# mine\n");
        ScratchRepository.Run again = project.meshgov("init");
        assertEquals(2, again.exitCode(), again.both());
        assertTrue(again.err().contains("init writes nothing over existing files"), again.err());
        assertEquals(before + "# mine\n", Files.readString(folder.resolve("meshgov.yaml")));
    }
}
