package io.meshgov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.decision.Decision;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.read.DescriptorFormat;
import io.meshgov.read.DescriptorReader;
import io.meshgov.read.ReadLimits;
import io.meshgov.read.StandardUpgrade;
import io.meshgov.rules.StandardRules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every older file of the corpus and the examples upgraded to the newest version of its standard: it reads at the
 * new version with no warning or error the old one did not get, every comment line kept, and upgrading again changes
 * nothing.
 */
class UpgradeEveryFileTest {

    private static final GovernanceEngine ENGINE = GovernanceEngine.builder().rulePack(StandardRules.pack())
            .clock(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC)).build();

    @Test
    void everyOlderFile_readsCleanAtTheNewestVersion(@TempDir Path folder) throws Exception {
        int upgraded = 0;
        for (Path file : FixEveryFileTest.examplesAndCorpus()) {
            String text;
            try {
                text = FileFixer.textOf(Files.readAllBytes(file));
                DescriptorReader.read(file);
            } catch (io.meshgov.DescriptorException | java.io.IOException e) {
                continue;
            }
            DescriptorFormat format = DescriptorFormat.ofFileName(file.toString()).orElse(DescriptorFormat.YAML);
            StandardUpgrade.Result result;
            try {
                result = StandardUpgrade.upgrade(text, file.toString(), format, null, ReadLimits.defaults());
            } catch (IllegalArgumentException e) {
                continue;   // not a version meshgov upgrades from (ODCS v2, a foreign format)
            }
            if (!result.changed()) {
                continue;
            }
            upgraded++;
            Decision before = ENGINE.evaluate(DescriptorReader.read(text, file.toString(), format));
            Decision after = ENGINE.evaluate(DescriptorReader.read(result.text(), file.toString(), format));
            Set<String> added = new TreeSet<>(FileFixer.places(after));
            added.removeAll(FileFixer.places(before));
            assertEquals(Set.of(), added, file + " upgraded " + result.steps());
            assertTrue(result.to().equals(StandardUpgrade.LATEST_ODCS) || result.to().equals(StandardUpgrade.LATEST_ODPS),
                    file + ": " + result.to());
            List<String> comments = text.lines().filter(line -> line.strip().startsWith("#")).toList();
            assertEquals(comments, result.text().lines().filter(line -> line.strip().startsWith("#")).toList(), file.toString());
            StandardUpgrade.Result again = StandardUpgrade.upgrade(result.text(), file.toString(), format, null,
                    ReadLimits.defaults());
            assertTrue(!again.changed(), file + ": a second upgrade changes nothing");
            Path written = folder.resolve(upgraded + "-" + file.getFileName());
            Files.writeString(written, result.text(), StandardCharsets.UTF_8);
            assertEquals(result.to(), DescriptorReader.read(written).apiVersion(), file.toString());
        }
        assertTrue(upgraded >= 15, "older files upgraded: " + upgraded);
    }

    @Test
    void theUnifiedDiff_ofAFewEditsInALongFile_showsOnlyThem() {
        StringBuilder before = new StringBuilder();
        for (int i = 0; i < 6000; i++) {
            before.append("line ").append(i).append('\n');
        }
        String after = before.toString().replace("line 10\n", "line ten\n").replace("line 5000\n", "")
                .replace("line 5999\n", "line 5999\nline 6000\n");
        String diff = FileFixer.unifiedDiff("x", before.toString(), after);
        assertEquals("--- a/x\n+++ b/x\n"
                + "@@ -8,7 +8,7 @@\n line 7\n line 8\n line 9\n-line 10\n+line ten\n line 11\n line 12\n line 13\n"
                + "@@ -4998,7 +4998,6 @@\n line 4997\n line 4998\n line 4999\n-line 5000\n line 5001\n line 5002\n line 5003\n"
                + "@@ -5998,3 +5997,4 @@\n line 5997\n line 5998\n line 5999\n+line 6000\n", diff);
    }
}
