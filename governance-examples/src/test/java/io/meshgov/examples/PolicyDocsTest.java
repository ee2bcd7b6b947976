package io.meshgov.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.meshgov.engine.GovernanceEngine;
import io.meshgov.read.PolicyReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy the README shows is a policy the engine builds, with the layers it describes. */
class PolicyDocsTest {

    @TempDir
    Path folder;

    @Test
    void theReadmesPolicy_buildsAnEngine() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        int start = readme.indexOf("# governance.yaml\npolicy: acme-governance");
        String policy = readme.substring(start, readme.indexOf("```", start));
        Files.createDirectories(folder.resolve("rules/payments"));
        try (Stream<Path> drl = Files.list(Path.of("rules/payments"))) {
            for (Path file : drl.toList()) {
                Files.copy(file, folder.resolve("rules/payments").resolve(file.getFileName()));
            }
        }
        Files.writeString(folder.resolve("governance.yaml"), policy);

        GovernanceEngine engine = GovernanceEngine.builder()
                .policy(PolicyReader.read(folder.resolve("governance.yaml"))).build();

        assertEquals(List.of("council", "payments", "logistics"),
                engine.policy().layers().stream().map(layer -> layer.name()).toList());
    }
}
