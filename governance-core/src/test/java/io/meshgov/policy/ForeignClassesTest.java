package io.meshgov.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.ConfigurationException;
import io.meshgov.Problem;
import io.meshgov.RuleCompilationException;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.read.PolicyReader;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class in meshgov's own package that comes from someone else's jar is not meshgov's: a pack jar may not hold one,
 * and a restricted layer may not use one, however its package is named. Trusted by where a class comes from, never
 * by its name.
 */
class ForeignClassesTest {

    /** Its static initializer is the attack: reading a final field runs it. */
    private static final String SHORTCUT = """
            package io.meshgov.model;
            public class Shortcut {
                public static final Boolean ON;
                static {
                    System.setProperty("meshgov.test.shortcut", "ran");
                    ON = Boolean.TRUE;
                }
            }
            """;

    @TempDir
    Path folder;

    /** Compiles the class and writes a jar holding it and the given text entries. */
    private Path jar(String name, String... entries) throws IOException {
        Path source = Files.createDirectories(folder.resolve("src/io/meshgov/model")).resolve("Shortcut.java");
        Files.writeString(source, SHORTCUT);
        Path classes = Files.createDirectories(folder.resolve("classes"));
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                source.toString()));
        Path jar = folder.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("io/meshgov/model/Shortcut.class"));
            out.write(Files.readAllBytes(classes.resolve("io/meshgov/model/Shortcut.class")));
            out.closeEntry();
            for (int i = 0; i + 1 < entries.length; i += 2) {
                out.putNextEntry(new JarEntry(entries[i]));
                out.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void aPackJarHoldingAClassOfMeshgovsPackage_isRefusedNamingIt() throws IOException {
        Path jar = jar("acme-rules.jar", "META-INF/kmodule.xml", """
                <kmodule xmlns="http://www.drools.org/xsd/kmodule">
                  <kbase name="acme-rules" packages="org.acme.rules"/>
                </kmodule>
                """, "org/acme/rules/rules.drl", "package org.acme.rules;\n");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            ConfigurationException e = assertThrows(ConfigurationException.class,
                    () -> RulePack.fromKieBase("acme-rules", "", loader));
            assertTrue(e.getMessage().contains("its jar holds io/meshgov/model/Shortcut.class, a class outside the kbase's"
                    + " packages [org.acme.rules]; a rule-pack jar may only hold classes of its own packages"), e.getMessage());
        }
    }

    @Test
    void aRestrictedLayer_mayNotUseAClassOfMeshgovsPackageFromAnotherJar() throws IOException {
        Path library = jar("helpers.jar");
        Path policy = RestrictedLayerFolder.write(folder, """
                package logistics;
                import io.meshgov.model.DataContract;
                import io.meshgov.model.Shortcut;
                global io.meshgov.decision.Findings findings;
                rule "LOG-001" @id("LOG-001") @severity("INFO")
                when $c : DataContract() eval( Shortcut.ON ) then findings.report($c, "id", "shortcut");
                end
                """);
        System.clearProperty("meshgov.test.shortcut");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {library.toUri().toURL()}, getClass().getClassLoader())) {
            RuleCompilationException e = assertThrows(RuleCompilationException.class,
                    () -> GovernanceEngine.builder().classLoader(loader).policy(PolicyReader.read(policy, loader)).build());
            List<String> problems = e.problems().stream().map(Problem::toString).toList();
            assertTrue(problems.stream().anyMatch(problem -> problem.contains("may not import io.meshgov.model.Shortcut:"
                    + " that class is in meshgov's package but not meshgov's: it comes from file:")), problems.toString());
        }
        assertNull(System.getProperty("meshgov.test.shortcut"), "its code never ran");
    }
}
