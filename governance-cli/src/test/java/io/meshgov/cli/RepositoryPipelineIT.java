package io.meshgov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged command line in an ordinary repository, as a CI step runs it: CI workflows, a package.json and a
 * compose file beside the contracts, and a meshgov.yaml — plain {@code meshgov check} judges exactly the contracts;
 * on a branch that changes one, {@code meshgov check --against main} judges that change as the contract's next
 * version.
 */
class RepositoryPipelineIT {

    private static final Path DESCRIPTORS = Path.of("src/test/resources/descriptors").toAbsolutePath();

    @TempDir
    Path repository;

    private ScratchRepository.Run run(Path folder, String... command) throws Exception {
        return new ScratchRepository(repository).run(folder, java.util.Map.of(), List.of(command));
    }

    private ScratchRepository.Run meshgov(Path folder, String... arguments) throws Exception {
        return new ScratchRepository(repository).meshgovIn(folder, arguments);
    }

    private void git(String... arguments) throws Exception {
        new ScratchRepository(repository).git(arguments);
    }

    private void write(String path, String text) throws IOException {
        new ScratchRepository(repository).write(path, text);
    }

    @BeforeEach
    void anOrdinaryRepository() throws Exception {
        write(".github/workflows/ci.yml", "name: ci\non: [push]\njobs:\n  check:\n    runs-on: ubuntu-latest\n    steps:\n"
                + "      - run: meshgov check\n");
        write("package.json", "{\"name\": \"catalog\", \"private\": true}\n");
        write("docker-compose.yml", "services:\n  db:\n    image: postgres:16\n");
        write("contracts/settlements.odcs.yaml", Files.readString(DESCRIPTORS.resolve("settlements-1.4.0.odcs.yaml")));
        write("contracts/cards.yaml", Files.readString(DESCRIPTORS.resolve("approved.odcs.yaml")));
        write("meshgov.yaml", "paths: [.]\nformat: [text, sarif=reports/meshgov.sarif]\n");
        write(".meshgovignore", "reports/\n");
        git("init", "-q", "-b", "main");
        git("add", "-A");
        git("commit", "-q", "-m", "catalog");
    }

    @Test
    void plainCheck_judgesExactlyTheContracts_andWritesEveryReportTheConfigAsks() throws Exception {
        ScratchRepository.Run check = meshgov(repository, "check");

        assertEquals(0, check.exitCode(), check.out() + check.err());
        assertTrue(check.out().contains("contracts/cards.yaml: APPROVED"), check.out());
        assertTrue(check.out().contains("contracts/settlements.odcs.yaml: APPROVED"), check.out());
        assertTrue(check.out().endsWith("2 descriptors: 2 approved, 0 approved with warnings, 0 rejected, 0 unreadable\n"),
                check.out());
        assertFalse(check.out().contains("ci.yml") || check.out().contains("package.json"), check.out());
        assertTrue(Files.readString(repository.resolve("reports/meshgov.sarif")).contains("\"version\" : \"2.1.0\""));

        ScratchRepository.Run verbose = meshgov(repository, "check", "--verbose");
        assertTrue(verbose.err().contains("meshgov: skipped .github/workflows/ci.yml: not a data contract or data product"),
                verbose.err());
    }

    @Test
    void againstMain_judgesTheChangedContractAsItsNextVersion() throws Exception {
        git("checkout", "-q", "-b", "widen-latency");
        Files.writeString(repository.resolve("contracts/settlements.odcs.yaml"),
                Files.readString(DESCRIPTORS.resolve("settlements-1.5.0-breaking.odcs.yaml")));
        git("mv", "contracts/cards.yaml", "contracts/card-payments.yaml");
        git("commit", "-q", "-am", "widen the latency");

        ScratchRepository.Run plain = meshgov(repository, "check", "--no-config", "contracts/");
        ScratchRepository.Run against = meshgov(repository, "check", "--no-config", "--against", "main", "contracts/");

        assertFalse(plain.out().contains("EVO-"), "without --against, nothing is compared: " + plain.out());
        assertEquals(1, against.exitCode(), against.out() + against.err());
        assertTrue(against.out().contains("EVO-001  SLA 'latency' weakened (latency) from 1 d to 3 d breaks consumers"
                + " under BACKWARD"), against.out());
        assertTrue(against.out().contains("contracts/card-payments.yaml: APPROVED"),
                "a renamed, unchanged contract is its own next version: " + against.out());
    }

    @Test
    void againstOutsideARepository_isAClearUsageError(@TempDir Path elsewhere) throws Exception {
        Files.writeString(elsewhere.resolve("orders.odcs.yaml"), Files.readString(DESCRIPTORS.resolve("approved.odcs.yaml")));

        ScratchRepository.Run run = meshgov(elsewhere, "check", "--against", "main", "orders.odcs.yaml");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("meshgov: --against main: the current folder is not in a git repository"), run.err());
        ScratchRepository.Run unknownRef = meshgov(repository, "check", "--against", "no-such-branch");
        assertEquals(2, unknownRef.exitCode());
        assertTrue(unknownRef.err().contains("no such branch, tag or commit in this repository"), unknownRef.err());
    }
}
