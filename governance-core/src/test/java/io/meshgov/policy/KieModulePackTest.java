package io.meshgov.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.meshgov.ConfigurationException;
import io.meshgov.Problem;
import io.meshgov.decision.Decision;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.read.PolicyReader;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule pack published as a jar — a KIE module with kmodule.xml — and pinned by version in a policy. */
class KieModulePackTest {

    private static final String KMODULE = """
            <kmodule xmlns="http://www.drools.org/xsd/kmodule">
              <kbase name="acme-rules" packages="org.acme.rules"/>
            </kmodule>
            """;

    @TempDir
    Path folder;

    /** Writes the jar a team would publish: kmodule.xml, its Maven descriptor, and its DRL. */
    private URLClassLoader jarOnClasspath(String version) throws IOException {
        Path jar = folder.resolve("acme-rules-" + version + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "META-INF/kmodule.xml", KMODULE);
            put(out, "META-INF/maven/com.acme/acme-rules/pom.properties",
                    "groupId=com.acme\nartifactId=acme-rules\nversion=" + version + "\n");
            put(out, "org/acme/rules/payments.drl", PolicyFixture.PAYMENTS_DRL.replace("package payments;",
                    "package org.acme.rules;"));
        }
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader());
    }

    private static void put(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream entry = out;
        entry.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    @Test
    void aKieBaseOnTheClasspath_isARulePackWithItsJarsVersion() throws IOException {
        try (URLClassLoader loader = jarOnClasspath("1.2.0")) {
            RulePack pack = RulePack.fromKieBase("acme-rules", "", loader);

            assertEquals("acme-rules", pack.name());
            assertEquals("1.2.0", pack.version());
            assertEquals(List.of("org/acme/rules/payments.drl"), pack.files().stream().map(file -> file.name()).toList());
        }
    }

    @Test
    void aPolicyPinningTheVersionOnTheClasspath_decidesWithIt_andTheDecisionSaysSo() throws IOException {
        Path policy = PolicyFixture.write(folder, """
                policy: p
                layers:
                  - name: acme
                    packs:
                      - kbase: acme-rules
                        artifact: com.acme:acme-rules
                        version: 1.2.0
                """);
        try (URLClassLoader loader = jarOnClasspath("1.2.0")) {
            GovernanceEngine engine = GovernanceEngine.builder().policy(PolicyReader.read(policy, loader)).build();

            Decision decision = engine.evaluate(PolicyFixture.descriptor(PolicyFixture.SETTLEMENTS, "s.yaml"));

            assertEquals(List.of("acme-rules 1.2.0"), decision.rulePacks());
            assertEquals("acme-rules 1.2.0", decision.findingsOf("PAY-101").get(0).provenance().pack());
        }
    }

    @Test
    void anotherVersionOnTheClasspath_failsWithThePinAndWhatIsThere() throws IOException {
        Path policy = PolicyFixture.write(folder, """
                policy: p
                layers:
                  - name: acme
                    packs:
                      - kbase: acme-rules
                        version: 1.2.0
                """);
        try (URLClassLoader loader = jarOnClasspath("1.1.0")) {
            ConfigurationException e = assertThrows(ConfigurationException.class,
                    () -> PolicyReader.read(policy, loader));

            assertEquals(List.of(policy + ":6:9: layers[0].packs[0].version: the policy pins acme-rules 1.2.0 but the "
                    + "classpath holds 1.1.0; depend on 1.2.0 or change the pin"),
                    e.problems().stream().map(Problem::toString).toList());
        }
    }

    @Test
    void anUnknownKieBase_namesTheOnesDeclared() throws IOException {
        try (URLClassLoader loader = jarOnClasspath("1.2.0")) {
            RuntimeException e = assertThrows(RuntimeException.class,
                    () -> RulePack.fromKieBase("acme-rule", "", loader));

            assertEquals("kbase acme-rule: no kmodule.xml on the classpath declares it; did you mean \"acme-rules\"? "
                    + "(declared: acme-rules)", e.getMessage().lines().findFirst().orElseThrow());
        }
    }
}
