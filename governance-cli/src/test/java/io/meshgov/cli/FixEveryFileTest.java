package io.meshgov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.DescriptorException;
import io.meshgov.decision.Decision;
import io.meshgov.decision.Finding;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.model.Descriptor;
import io.meshgov.read.ReadLimits;
import io.meshgov.rules.StandardRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fixing every example and every published corpus file: findings never grow and no new rule appears, every line not
 * edited (comments and blank lines included) stays, edits change only values of the keys they name, and a second
 * run changes nothing.
 */
class FixEveryFileTest {

    private static final GovernanceEngine ENGINE = GovernanceEngine.builder().rulePack(StandardRules.pack())
            .clock(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC)).build();

    static List<Path> examplesAndCorpus() throws IOException {
        Path corpus = Path.of(System.getProperty("meshgov.corpus", "../../shared/corpus")).normalize();
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(Path.of("../governance-examples/descriptors"), Path.of("../governance-examples/mesh"),
                Path.of("src/test/resources/descriptors"), corpus.resolve("odcs/examples"),
                corpus.resolve("odcs/examples-v3.2.0"), corpus.resolve("odps/examples"),
                corpus.resolve("odps/examples-v1.1.0"))) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> walk = Files.walk(folder)) {
                    walk.filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".json"))
                            .sorted().forEach(files::add);
                }
            }
        }
        return files;
    }

    @Test
    void fixingEveryFile_neverAddsAFinding_keepsEveryOtherLine_andIsIdempotent(@TempDir Path folder) throws IOException {
        List<Path> files = examplesAndCorpus();
        assertTrue(files.size() > 40, "the examples and the corpus: " + files.size());
        FileFixer fixer = new FileFixer(ReadLimits.defaults());
        Function<Descriptor, Decision> judge = ENGINE::evaluate;
        int fixed = 0;
        int fixesMade = 0;
        int index = 0;
        for (Path original : files) {
            Path file = folder.resolve((index++) + "-" + original.getFileName());
            Files.copy(original, file);
            FileFixer.Outcome outcome;
            try {
                outcome = fixer.fix(file, judge, false);
            } catch (DescriptorException | IOException e) {
                continue;   // what cannot be read is not fixed; reading is tested elsewhere
            }
            String after = Files.readString(file);
            assertEquals(outcome.after(), after, original + ": written as fixed");
            if (outcome.applied().isEmpty()) {
                assertEquals(outcome.before(), after, original + ": untouched without fixes");
                continue;
            }
            fixed++;
            fixesMade += outcome.applied().size();
            Decision before = ENGINE.evaluate(io.meshgov.read.DescriptorReader.read(original));
            Decision now = ENGINE.evaluate(io.meshgov.read.DescriptorReader.read(file));
            assertTrue(now.findings().size() < before.findings().size(), original + ": fewer findings");
            Set<String> rulesBefore = before.findings().stream().map(Finding::ruleId).collect(Collectors.toSet());
            Set<String> newRules = new TreeSet<>(now.findings().stream().map(Finding::ruleId).toList());
            newRules.removeAll(rulesBefore);
            assertEquals(Set.of(), newRules, original + ": no new rule");
            String diff = FileFixer.unifiedDiff("x", outcome.before(), after);
            List<String> removed = diff.lines().filter(line -> line.startsWith("-") && !line.startsWith("---")).toList();
            List<String> added = diff.lines().filter(line -> line.startsWith("+") && !line.startsWith("+++")).toList();
            for (String line : removed) {
                String key = line.substring(1).split(":", 2)[0];
                assertTrue(added.stream().anyMatch(other -> other.substring(1).startsWith(key + ":")),
                        original + ": a changed line keeps its key: " + line + "\n" + diff);
            }
            for (String line : outcome.before().split("\n")) {
                if (line.strip().startsWith("#") || line.isBlank()) {
                    assertTrue(after.contains(line), original + ": comment or blank line kept: " + line);
                }
            }
            FileFixer.Outcome again = fixer.fix(file, judge, false);
            assertEquals(List.of(), again.applied(), original + ": a second run fixes nothing");
            assertEquals(after, Files.readString(file), original + ": a second run changes nothing");
        }
        assertTrue(fixed >= 1 && fixesMade >= 1, "some file had a fix: " + fixed);
    }
}
