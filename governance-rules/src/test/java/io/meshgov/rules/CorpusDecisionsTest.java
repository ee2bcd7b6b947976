package io.meshgov.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.meshgov.decision.Decision;
import io.meshgov.decision.Finding;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.model.Descriptor;
import io.meshgov.read.DescriptorReader;
import io.meshgov.testkit.PolicyCases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The standard pack's decisions on every published example in the shared corpus, evaluated together as one batch
 * on a fixed date, compared with a reviewed golden file. After a deliberate rule change, regenerate with {@code -Dmeshgov.updateGolden=true}, read the diff, and
 * explain anything surprising in {@code golden/README.md}.
 */
class CorpusDecisionsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/corpus-decisions.txt");

    @Test
    void corpusDecisions_matchTheReviewedGoldenFile() throws IOException {
        Path corpus = Path.of(System.getProperty("meshgov.corpus", "../../shared/corpus")).normalize();
        GovernanceEngine engine = GovernanceEngine.builder()
                .rulePack(StandardRules.pack())
                .clock(Clock.fixed(PolicyCases.DEFAULT_DATE.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
                .build();
        StringBuilder actual = new StringBuilder();
        try (Stream<Path> files = Stream.of("odcs/examples", "odcs/examples-v3.2.0", "odps/examples",
                "odps/examples-v1.1.0").map(corpus::resolve).flatMap(CorpusDecisionsTest::walk)) {
            List<Descriptor> batch = files.filter(f -> f.toString().endsWith(".yaml")).sorted()
                    .map(DescriptorReader::read).toList();
            for (Descriptor descriptor : batch) {
                Decision decision = engine.evaluate(descriptor, batch);
                Path file = Path.of(descriptor.origin().source());
                actual.append(corpus.relativize(file)).append(": ").append(decision.outcome()).append('\n');
                for (Finding finding : decision.findings()) {
                    actual.append("  ").append(finding.location() == null ? "" : finding.location().line() + ": ")
                            .append(finding.severity()).append(' ').append(finding.ruleId()).append(' ')
                            .append(finding.path()).append(": ").append(finding.message()).append('\n');
                }
            }
        }
        if (Boolean.getBoolean("meshgov.updateGolden")) {
            Files.writeString(GOLDEN, actual);
        }
        assertEquals(Files.readString(GOLDEN), actual.toString(),
                "the standard pack's decisions on the corpus changed; review, then rerun with -Dmeshgov.updateGolden=true");
    }

    private static Stream<Path> walk(Path folder) {
        try {
            return Files.walk(folder);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
