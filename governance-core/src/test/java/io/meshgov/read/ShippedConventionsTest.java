package io.meshgov.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.meshgov.conventions.Conventions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped conventions are set in code; {@code default-conventions.yaml} is their documented copy, which
 * councils start from. The two must not drift apart.
 */
class ShippedConventionsTest {

    private static final String DOCUMENTED = "/io/meshgov/conventions/default-conventions.yaml";

    @Test
    void theDocumentedDefaults_nameEveryConvention_andReadAsTheShippedOnes() throws IOException {
        String yaml;
        try (InputStream in = ShippedConventionsTest.class.getResourceAsStream(DOCUMENTED)) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> missing = io.meshgov.conventions.ConventionSettings.NAMES.stream()
                .filter(key -> !yaml.lines().anyMatch(line -> line.startsWith(key + ":"))).toList();
        assertEquals(List.of(), missing, "conventions the documented defaults do not set");
        try (InputStream in = ShippedConventionsTest.class.getResourceAsStream(DOCUMENTED)) {
            // every key is present, so each replaces the shipped value: equal only if every value is the same
            assertEquals(Conventions.defaults().toString(), ConventionsReader.read(in, DOCUMENTED).toString());
        }
    }
}
