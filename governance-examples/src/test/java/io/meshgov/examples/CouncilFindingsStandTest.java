package io.meshgov.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.batch.BatchEvaluator;
import io.meshgov.batch.BatchResult;
import io.meshgov.decision.Decision;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.read.PolicyReader;
import io.meshgov.rules.StandardRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Domain layers add to the council's decision and never take from it: on every example descriptor, each finding the
 * council's pack alone gives is in the decision under the federated policy — waived, overridden or advisory perhaps,
 * as the policy says, but there.
 */
class CouncilFindingsStandTest {

    private static Map<String, Set<String>> findingsBySource(BatchResult batch) {
        return batch.decisions().stream().collect(Collectors.toMap(Decision::source, decision -> decision.findings()
                .stream().map(finding -> finding.ruleId() + " " + finding.path()).collect(Collectors.toCollection(TreeSet::new)),
                (a, b) -> a, java.util.TreeMap::new));
    }

    @Test
    void everyCouncilFinding_standsUnderTheFederatedPolicy() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("descriptors"))) {
            files = walk.filter(file -> file.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList();
        }
        GovernanceEngine councilAlone = GovernanceEngine.builder().rulePack(StandardRules.pack()).build();
        GovernanceEngine federated = GovernanceEngine.builder()
                .policy(PolicyReader.read(Path.of("federated/governance.yaml"))).build();

        Map<String, Set<String>> alone = findingsBySource(BatchEvaluator.of(councilAlone).evaluateAll(files));
        Map<String, Set<String>> withDomains = findingsBySource(BatchEvaluator.of(federated).evaluateAll(files));

        assertEquals(alone.keySet(), withDomains.keySet());
        assertTrue(alone.values().stream().mapToInt(Set::size).sum() > 0, "the examples give the council work: " + alone);
        for (Map.Entry<String, Set<String>> source : alone.entrySet()) {
            Set<String> missing = new TreeSet<>(source.getValue());
            missing.removeAll(withDomains.get(source.getKey()));
            assertEquals(Set.of(), missing, source.getKey() + ": council findings a domain layer took away");
        }
        Function<Map<String, Set<String>>, Integer> count = map -> map.values().stream().mapToInt(Set::size).sum();
        assertTrue(count.apply(withDomains) >= count.apply(alone));
    }
}
