package io.meshgov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A scratch repository in a temporary folder, and the packaged command line run in it as a CI job would: its own
 * cache beside the folder, no colour, no system or user git configuration.
 */
final class ScratchRepository {

    static final Path JAR = Path.of("target/meshgov.jar").toAbsolutePath();

    /** What a process said, and how it ended. */
    record Run(int exitCode, String out, String err) {
        String both() {
            return out + err;
        }
    }

    private final Path folder;

    ScratchRepository(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    /** Runs {@code command} in {@code directory}, with {@code environment} on top of the scratch one. */
    Run run(Path directory, Map<String, String> environment, List<String> command) throws IOException,
            InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().put("NO_COLOR", "1");
        builder.environment().put("MESHGOV_CACHE", folder.resolveSibling(folder.getFileName() + "-cache").toString());
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("HOME", folder.toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES));
        return new Run(process.exitValue(), out, err);
    }

    /** {@code java -jar meshgov.jar ARGUMENTS} in {@code directory}. */
    Run meshgovIn(Path directory, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString()));
        command.addAll(List.of(arguments));
        return run(directory, Map.of(), command);
    }

    /** {@code java -jar meshgov.jar ARGUMENTS} in the repository. */
    Run meshgov(String... arguments) throws IOException, InterruptedException {
        return meshgovIn(folder, arguments);
    }

    /** A git command in the repository, which must succeed. */
    void git(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=CI", "-c", "user.email=ci@example.com"));
        command.addAll(List.of(arguments));
        Run git = run(folder, Map.of(), command);
        assertEquals(0, git.exitCode(), String.join(" ", command) + ": " + git.err());
    }

    void write(String path, byte[] content) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    void write(String path, String text) throws IOException {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
