package io.meshgov.internal.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * A finding's fingerprint is what baselines recorded: the first 10 bytes, in hex, of the SHA-256 of
 * {@code rule \n descriptor id \n path} in UTF-8. Computing it without allocating must not change one.
 */
class FingerprintTest {

    @Test
    void aRecordedFingerprintStaysTheSame() throws Exception {
        assertEquals(reference("META-001", "settlements", "team"), PolicyEffects.fingerprint("META-001", "settlements",
                "team"));
        assertEquals(reference("SENS-002", "kundendaten-ß", "schema[kunden].properties[straße]"),
                PolicyEffects.fingerprint("SENS-002", "kundendaten-ß", "schema[kunden].properties[straße]"));
        assertEquals(reference("X", "", ""), PolicyEffects.fingerprint("X", "", ""));
        String longPath = "schema[orders]" + ".properties[a]".repeat(100);
        assertEquals(reference("IOP-001", "orders", longPath), PolicyEffects.fingerprint("IOP-001", "orders", longPath));
        String hugePath = "schema[orders]" + ".properties[ä]".repeat(6_000);
        assertEquals(reference("IOP-001", "orders", hugePath), PolicyEffects.fingerprint("IOP-001", "orders", hugePath));
        assertEquals(reference("META-001", "settlements", "team"), PolicyEffects.fingerprint("META-001", "settlements",
                "team"), "after a huge path, the next is hashed alone");
    }

    @Property(tries = 300)
    void equalsTheHashOfTheJoinedText(@ForAll String ruleId, @ForAll String descriptorId, @ForAll String path)
            throws Exception {
        assertEquals(reference(ruleId, descriptorId, path), PolicyEffects.fingerprint(ruleId, descriptorId, path));
    }

    private static String reference(String ruleId, String descriptorId, String path) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256")
                .digest((ruleId + "\n" + descriptorId + "\n" + path).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, 10);
    }
}
