package io.meshgov.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.meshgov.ConfigurationException;
import io.meshgov.Problem;
import io.meshgov.policy.RuleFile;
import io.meshgov.policy.RulePack;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule pack on the classpath reads the same from a folder (tests, IDEs) as from a jar (as shipped). */
class ClasspathPackTest {

    private static final Map<String, String> PACK = new LinkedHashMap<>();

    static {
        PACK.put("team/rules/b/second.drl", "package team.rules.b;\n");
        PACK.put("team/rules/a.drl", "package team.rules;\n");
        PACK.put("team/rules/" + RulePack.RETIRED_IDS, "# deleted rules\nTEAM-001\n\nTEAM-002  # merged into TEAM-003\n");
        PACK.put("team/rules/notes.txt", "not a rule file\n");
        PACK.put("team/other/c.drl", "package team.other;\n");
    }

    @TempDir
    Path folder;

    @Test
    void aPackInAJar_hasTheFilesOrderAndRetiredIdsOfTheSameFolderOnDisk() throws IOException {
        Path directory = folder.resolve("classes");
        for (Map.Entry<String, String> file : PACK.entrySet()) {
            Path path = directory.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        Path jar = folder.resolve("team-rules.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String directoryEntry : List.of("team/", "team/rules/", "team/rules/b/", "team/other/")) {
                out.putNextEntry(new JarEntry(directoryEntry)); // as Maven writes them: the folder is then a resource
                out.closeEntry();
            }
            for (Map.Entry<String, String> file : PACK.entrySet()) {
                out.putNextEntry(new JarEntry(file.getKey()));
                out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        RulePack fromFolder;
        RulePack fromJar;
        try (URLClassLoader folderLoader = new URLClassLoader(new URL[] {directory.toUri().toURL()}, null);
             URLClassLoader jarLoader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            fromFolder = RulePack.fromClasspath("team", "1.0.0", "team/rules", folderLoader);
            fromJar = RulePack.fromClasspath("team", "1.0.0", "team/rules", jarLoader);
        }

        assertEquals(List.of("team/rules/a.drl", "team/rules/b/second.drl"),
                fromJar.files().stream().map(RuleFile::name).toList());
        assertEquals(List.of("TEAM-001", "TEAM-002"), fromJar.retiredIds());
        assertEquals(fromFolder, fromJar);
    }

    @Test
    void aJarFolderWithoutRuleFiles_isAnError_notAnEmptyPack() throws IOException {
        Path jar = folder.resolve("empty.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("team/rules/"));
            out.closeEntry();
            out.putNextEntry(new JarEntry("team/rules/readme.txt"));
            out.write("no rules yet".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            ConfigurationException e = assertThrows(ConfigurationException.class,
                    () -> RulePack.fromClasspath("team", "1.0.0", "team/rules", loader));
            assertEquals(List.of("team/rules: holds no .drl rule files"),
                    e.problems().stream().map(Problem::toString).toList());
        }
    }
}
