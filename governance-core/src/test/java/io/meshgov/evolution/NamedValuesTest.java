package io.meshgov.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.meshgov.decision.Enforcement;
import io.meshgov.read.DescriptorFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Names written in files are read one way: an answer, empty when the text names nothing, never an exception. */
class NamedValuesTest {

    @Test
    void compatibilityModes_areReadIgnoringCase_withDashesAndSpacesAsUnderscores() {
        assertEquals(Optional.of(CompatibilityMode.FULL_TRANSITIVE), CompatibilityMode.ofName("full-transitive"));
        assertEquals(Optional.of(CompatibilityMode.BACKWARD), CompatibilityMode.ofName(" Backward "));
        assertEquals(Optional.of(CompatibilityMode.FORWARD_TRANSITIVE), CompatibilityMode.ofName("forward transitive"));
        assertEquals(Optional.empty(), CompatibilityMode.ofName("sideways"));
        assertEquals(Optional.empty(), CompatibilityMode.ofName(null));
    }

    @Test
    void enforcementLevelsAndFormats_answerEmptyForAnUnknownName() {
        assertEquals(Optional.of(Enforcement.SOFT_MANDATORY), Enforcement.ofLabel("soft-mandatory"));
        assertEquals(Optional.empty(), Enforcement.ofLabel("mandatory"));
        assertEquals(Optional.of(DescriptorFormat.YAML), DescriptorFormat.ofFileName("orders.odcs.YML"));
        assertEquals(Optional.empty(), DescriptorFormat.ofFileName("orders.xml"));
    }
}
