package io.meshgov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.JarFile;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged command line against a domain's rule-pack jar that carries a class into meshgov's own package, as
 * the attack was made: {@code java -cp meshgov.jar:domain.jar}. The jar is refused, naming the class, and the
 * council's rejection stands; meshgov.jar seals its packages.
 */
class WallsIT {

    private static final Path JAR = Path.of("target/meshgov.jar").toAbsolutePath();
    private static final Path DESCRIPTORS = Path.of("src/test/resources/descriptors").toAbsolutePath();

    @TempDir
    Path folder;

    @Test
    void meshgovJar_sealsItsPackages() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertEquals("true", jar.getManifest().getMainAttributes().getValue("Sealed"));
        }
    }

    @Test
    void aDomainJarCarryingAClassIntoMeshgovsPackage_isRefused_andTheCouncilsRejectionStands() throws Exception {
        Path source = Files.createDirectories(folder.resolve("src/io/meshgov/model")).resolve("Shortcut.java");
        Files.writeString(source, "package io.meshgov.model;\npublic class Shortcut {\n"
                + "    public static final Boolean ON = Boolean.TRUE;\n}\n");
        Path classes = Files.createDirectories(folder.resolve("classes"));
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                source.toString()));
        Path domainJar = folder.resolve("payments-rules.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(domainJar))) {
            put(out, "META-INF/kmodule.xml", """
                    <kmodule xmlns="http://www.drools.org/xsd/kmodule">
                      <kbase name="payments" packages="org.acme.payments"/>
                    </kmodule>
                    """.getBytes(StandardCharsets.UTF_8));
            put(out, "org/acme/payments/rules.drl", """
                    package org.acme.payments;
                    import io.meshgov.model.DataContract;
                    global io.meshgov.decision.Findings findings;
                    rule "PAY-100" @id("PAY-100") @severity("INFO")
                    when $c : DataContract() then findings.report($c, "id", "seen");
                    end
                    """.getBytes(StandardCharsets.UTF_8));
            put(out, "io/meshgov/model/Shortcut.class", Files.readAllBytes(classes.resolve("io/meshgov/model/Shortcut.class")));
        }
        Path policy = Files.writeString(folder.resolve("governance.yaml"), """
                policy: p
                layers:
                  - name: council
                    trusted: true
                    packs: [{kbase: standard}]
                  - name: payments
                    extends: council
                    domain: payments
                    packs: [{kbase: payments}]
                """);
        Files.copy(DESCRIPTORS.resolve("rejected.odcs.yaml"), folder.resolve("cards.odcs.yaml"));

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", JAR + java.io.File.pathSeparator + domainJar, "io.meshgov.cli.Meshgov", "check", "--policy",
                policy.toString(), "cards.odcs.yaml"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().put("MESHGOV_CACHE", folder.resolve("cache").toString());
        builder.environment().put("HOME", folder.toString());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES));

        assertEquals(2, process.exitValue(), out + err);
        assertTrue(err.contains("its jar holds io/meshgov/model/Shortcut.class, a class outside the kbase's packages"
                + " [org.acme.payments]"), err);
        assertFalse(out.contains("APPROVED"), out);
    }

    @Test
    void theLauncher_throughASymlink_loadsACouncilsPublishedPackJar_namedByPackJar() throws Exception {
        Path councilJar = folder.resolve("acme-council-rules-1.0.0.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(councilJar))) {
            put(out, "META-INF/kmodule.xml", """
                    <kmodule xmlns="http://www.drools.org/xsd/kmodule">
                      <kbase name="acme-council" packages="org.acme.council"/>
                    </kmodule>
                    """.getBytes(StandardCharsets.UTF_8));
            put(out, "org/acme/council/domains.drl", """
                    package org.acme.council;
                    import io.meshgov.model.DataContract;
                    global io.meshgov.decision.Findings findings;
                    rule "ACME-001 a contract names a domain of the council's list"
                        @id("ACME-001") @severity("ERROR") @title("The domain is one of the council's")
                    when $c : DataContract( domain not in ("payments", "logistics") )
                    then findings.report($c, "domain", "'" + $c.domain() + "' is not a domain of the council's list");
                    end
                    """.getBytes(StandardCharsets.UTF_8));
        }
        Path policy = Files.writeString(folder.resolve("governance.yaml"), """
                policy: acme
                layers:
                  - name: council
                    trusted: true
                    packs: [{kbase: standard}, {kbase: acme-council}]
                """);
        Files.writeString(folder.resolve("orders.odcs.yaml"), Files.readString(DESCRIPTORS.resolve("approved.odcs.yaml"))
                .replaceFirst("(?m)^domain: .*$", "domain: marketing"));
        Path bin = Files.createDirectories(folder.resolve("bin"));
        Path linked = Files.createSymbolicLink(bin.resolve("meshgov"), JAR.resolveSibling("meshgov"));

        List<String> withJar = List.of("sh", linked.toString(), "check", "--pack-jar", councilJar.toString(), "--policy",
                policy.toString(), "orders.odcs.yaml");
        List<String> withoutJar = List.of("sh", linked.toString(), "check", "--policy", policy.toString(),
                "orders.odcs.yaml");
        String[] judged = run(withJar);
        String[] refused = run(withoutJar);
        Files.writeString(folder.resolve("meshgov.yaml"), "packJars: [acme-council-rules-1.0.0.jar]\npolicy: governance.yaml\n");
        String[] configured = run(List.of("sh", linked.toString(), "check", "orders.odcs.yaml"));

        assertEquals("1", judged[0], judged[1] + judged[2]);
        assertTrue(judged[1].contains("ACME-001  'marketing' is not a domain of the council's list"), judged[1]);
        assertEquals("2", refused[0], refused[1] + refused[2]);
        assertTrue(refused[2].contains("kbase acme-council"), refused[2]);
        assertEquals("1", configured[0], configured[1] + configured[2]);
        assertTrue(configured[1].contains("ACME-001"), configured[1]);

        Files.delete(folder.resolve("meshgov.yaml"));
        Path tests = Files.createDirectories(folder.resolve("tests"));
        Files.writeString(tests.resolve("acme.cases.yaml"), """
                cases:
                  - name: a domain outside the council's list is rejected
                    policy: ../governance.yaml
                    descriptor: ../orders.odcs.yaml
                    outcome: REJECTED
                    findings: [ACME-001]
                """);
        String[] tested = run(List.of("sh", linked.toString(), "test", "--pack-jar", councilJar.toString(), "tests"));
        assertEquals("0", tested[0], tested[1] + tested[2]);
        assertTrue(tested[1].contains("1 passed, 0 failed"), "meshgov test finds the policy's kbase in the jar too: "
                + tested[1]);
    }

    /** Exit code, standard output and error of a command run in the test's folder. */
    private String[] run(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().put("MESHGOV_CACHE", folder.resolve("cache").toString());
        builder.environment().put("HOME", folder.toString());
        builder.environment().put("NO_COLOR", "1");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES));
        return new String[] {String.valueOf(process.exitValue()), out, err};
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }
}
