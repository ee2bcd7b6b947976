package io.meshgov.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every mode said in a consumer's words, with the name a schema registry gives the same check. */
class ModeWordsTest {

    private static String promise(CompatibilityMode mode) {
        return new VersionChange("1.4.0", "1.5.0", VersionBump.MINOR, mode, "active", true).promise();
    }

    @Test
    void meshgovsBackward_isARegistrysForward_andTheFindingSaysSo() {
        assertEquals("BACKWARD (consumers of 1.4.0 keep reading what 1.5.0 writes; a schema registry calls this"
                + " FORWARD)", promise(CompatibilityMode.BACKWARD));
        assertEquals("FORWARD_TRANSITIVE (consumers of 1.5.0 can read what every version up to 1.4.0 wrote; a schema"
                + " registry calls this BACKWARD_TRANSITIVE)", promise(CompatibilityMode.FORWARD_TRANSITIVE));
        assertEquals("FULL (consumers of 1.4.0 keep reading what 1.5.0 writes, and consumers of 1.5.0 can read what"
                + " 1.4.0 wrote)", promise(CompatibilityMode.FULL));
        assertEquals("NONE (no consumer is promised anything)", promise(CompatibilityMode.NONE));
    }

    @Test
    void theRegistryNames_areMeshgovsTurnedRound() {
        assertEquals(List.of("FORWARD", "FORWARD_TRANSITIVE", "BACKWARD", "BACKWARD_TRANSITIVE", "FULL",
                "FULL_TRANSITIVE", "NONE"), java.util.Arrays.stream(CompatibilityMode.values())
                .map(CompatibilityMode::registryName).toList());
    }
}
