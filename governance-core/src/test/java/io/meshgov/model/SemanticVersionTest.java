package io.meshgov.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.evolution.Impact;
import io.meshgov.evolution.VersionBump;
import io.meshgov.evolution.VersionChange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Versions by Semantic Versioning 2.0.0: what is one, how they are ordered, how a proposal moved. */
class SemanticVersionTest {

    private static SemanticVersion version(String text) {
        return SemanticVersion.parse(text).orElseThrow();
    }

    @Test
    void precedence_isTheSpecificationsExample() {
        List<String> ordered = List.of("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
                "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.2.0", "1.10.0", "2.0.0");
        List<String> shuffled = new ArrayList<>(ordered);
        Collections.shuffle(shuffled, new Random(7));
        assertEquals(ordered, shuffled.stream().map(SemanticVersionTest::version).sorted()
                .map(SemanticVersion::toString).toList());
        assertEquals(0, version("1.0.0+build.1").compareTo(version("1.0.0+build.2")));
    }

    @Test
    void leadingZerosAndALeadingV_areNotSemanticVersions() {
        for (String notOne : List.of("01.2.3", "1.02.3", "1.2.03", "1.2.3-rc.01", "v1.2.3", "1.2", "1.2.3-", "1.2.3+",
                "1.2.3-rc..1", " 1.2.3", "1.2.3 ")) {
            assertFalse(SemanticVersion.isValid(notOne), notOne);
            assertTrue(SemanticVersion.parse(notOne).isEmpty(), notOne);
        }
        for (String one : List.of("0.0.0", "1.2.3-0", "1.2.3-rc.1+build.007", "1.2.3-alpha-1.x", "10.20.30+b")) {
            assertTrue(SemanticVersion.isValid(one), one);
            assertEquals(one, version(one).toString());
        }
    }

    @Test
    void numbersOfAnySize_areComparedExactly_notADefect() {
        assertEquals(VersionBump.MAJOR, VersionBump.between("99999999999999999999999.0.0", "100000000000000000000000.0.0"));
        assertEquals(VersionBump.DECREASE, VersionBump.between("2.0.0", "1.99999999999999999999.0"));
        assertEquals("100000000000000000000000.0.0", new VersionChange("99999999999999999999999.4.1", "x",
                VersionBump.UNREADABLE, io.meshgov.evolution.CompatibilityMode.BACKWARD, "active", true)
                .nextVersionFor(Impact.BREAKING));
    }

    @Test
    void aReleaseAfterItsPreRelease_isAnIncrease_thatAnyChangeMayFollow() {
        assertEquals(VersionBump.PRERELEASE, VersionBump.between("2.0.0-rc.1", "2.0.0"));
        assertEquals(VersionBump.PRERELEASE, VersionBump.between("2.0.0-rc.1", "2.0.0-rc.2"));
        assertEquals(VersionBump.DECREASE, VersionBump.between("2.0.0", "2.0.0-rc.1"));
        assertEquals(VersionBump.NONE, VersionBump.between("2.0.0+a", "2.0.0+b"));
        assertEquals(VersionBump.MAJOR, VersionBump.between("1.9.0", "2.0.0-rc.1"));
        assertEquals(VersionBump.UNREADABLE, VersionBump.between("v1.2.3", "1.2.4"));
        assertTrue(VersionBump.PRERELEASE.covers(Impact.BREAKING));
        assertEquals("2.0.0", new VersionChange("2.0.0-rc.1", "2.0.0", VersionBump.PRERELEASE,
                io.meshgov.evolution.CompatibilityMode.BACKWARD, "draft", true).nextVersionFor(Impact.BREAKING));
    }
}
