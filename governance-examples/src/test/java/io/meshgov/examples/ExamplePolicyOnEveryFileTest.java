package io.meshgov.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.batch.BatchEvaluator;
import io.meshgov.batch.BatchResult;
import io.meshgov.decision.Decision;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.read.PolicyReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The example policy judges every published example and every example descriptor: a layer scoped by domain
 * simply does not apply to a descriptor without a domain (18 of the 20 published ODCS examples have none), where
 * it used to throw out of {@code evaluate} and lose the whole batch.
 */
class ExamplePolicyOnEveryFileTest {

    private static List<Path> descriptorsUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList();
        }
    }

    @Test
    void everyCorpusFileAndExampleDescriptor_isJudgedWithoutAFailure() throws IOException {
        GovernanceEngine engine = GovernanceEngine.builder()
                .policy(PolicyReader.read(Path.of("federated/governance.yaml"))).build();
        Path corpus = Path.of(System.getProperty("meshgov.corpus", "../../shared/corpus"));
        List<Path> files = new ArrayList<>(descriptorsUnder(corpus.resolve("odcs/examples")));
        files.addAll(descriptorsUnder(corpus.resolve("odps/examples")));
        files.addAll(descriptorsUnder(Path.of("descriptors")));
        BatchResult batch = BatchEvaluator.of(engine).evaluateAll(files);
        for (Decision decision : batch.decisions()) {
            assertTrue(decision.findings().stream().noneMatch(finding -> finding.ruleId().equals("ENGINE-001")),
                    decision.source() + ": " + decision.findings());
        }
        assertEquals(files.size(), batch.decisions().size() + batch.unreadable().size());
        assertTrue(batch.decisions().size() >= 25, "judged " + batch.decisions().size() + " of " + files.size());
    }
}
