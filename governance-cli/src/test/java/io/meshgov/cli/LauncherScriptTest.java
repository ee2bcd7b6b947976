package io.meshgov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The launcher writes its start-up archive in the background, in the user's working folder: a JVM that crashes there
 * (JDK 25.0.3 did, creating an ahead-of-time cache) would leave its {@code hs_err_pid*.log} beside the user's files,
 * where it gets committed. Every JVM the launcher starts in the background writes such a report into its cache.
 */
class LauncherScriptTest {

    @Test
    void everyJvmStartedInTheBackground_writesItsCrashReportIntoTheCache() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("src/main/launcher/meshgov"));
        int start = lines.indexOf("train() {");
        int end = lines.indexOf("if [ \"$major\" -ge 24 ] 2>/dev/null; then");
        assertTrue(start > 0 && end > start, "the launcher's train() and write_archive() were not found");
        List<String> jvms = lines.subList(start, end).stream().filter(line -> line.contains("\"$java\"")).toList();
        assertEquals(2, jvms.size(), "train() and the cache's creation: " + jvms);
        for (String jvm : jvms) {
            assertTrue(jvm.contains("\"-XX:ErrorFile=$cache/hs_err_pid%p.log\""), jvm);
        }
    }
}
