package io.meshgov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * META-INF/THIRD-PARTY.txt names exactly the libraries meshgov.jar bundles, at their versions, each with a licence
 * whose text is in the file or is meshgov's own (Apache-2.0): adding or upgrading a dependency without its notice
 * fails the build.
 */
class ThirdPartyNoticesTest {

    @Test
    void theNotices_listEveryBundledLibrary_atItsVersion_withItsLicenceText() throws Exception {
        Set<String> bundled = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("target/bundled-artifacts.txt"))) {
            String plain = line.replaceAll("\u001B\\[[0-9;]*m", "").strip();
            String[] parts = plain.split(" ")[0].split(":");
            if (parts.length >= 4 && parts[2].equals("jar")) {
                bundled.add(parts[0] + ":" + parts[1] + " " + parts[3]);
            }
        }
        assertTrue(bundled.size() > 30, "the build's list: " + bundled);
        String notices = Files.readString(Path.of("src/main/resources/META-INF/THIRD-PARTY.txt"));
        Set<String> listed = new TreeSet<>();
        for (String line : notices.lines().toList()) {
            if (line.startsWith("  ") && line.contains(" — ")) {
                listed.add(line.strip().split(" — ")[0]);
                String licence = line.split(" — ")[1];
                java.util.regex.Matcher see = java.util.regex.Pattern.compile("\\(see (.*?)(?: below)?\\)").matcher(licence);
                String heading = see.find() && !see.group(1).equals("below") ? see.group(1) : licence.replaceAll(" \\(.*", "");
                assertTrue(licence.startsWith("Apache-2.0") || notices.contains("\n" + "=".repeat(100) + "\n" + heading),
                        "the text of " + licence + " is in the file, under " + heading + ": " + line);
            }
        }
        assertEquals(bundled, listed, "META-INF/THIRD-PARTY.txt lists what meshgov.jar bundles");
        for (String licence : List.of("Permission is hereby granted, free  of charge", "Redistribution and use in source",
                "Eclipse Public License - v 2.0", "Indiana University Extreme! Lab Software License")) {
            assertTrue(notices.contains(licence), licence);
        }
    }
}
