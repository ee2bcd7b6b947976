package io.meshgov.examples;

import io.meshgov.Problem;
import io.meshgov.batch.BatchEvaluator;
import io.meshgov.batch.BatchResult;
import io.meshgov.batch.UnreadableDescriptor;
import io.meshgov.decision.Decision;
import io.meshgov.decision.Finding;
import io.meshgov.decision.Outcome;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.rules.StandardRules;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A publish gate: the council's standard pack judges every data contract and data product in a folder, as a
 * catalog's publish endpoint or a deployment step would, and prints each decision with its remediation hints.
 *
 * <p>Run it with {@code ./mvnw -q -DskipTests package exec:java} from the repository root.
 */
public final class PublishGateExample {

    private PublishGateExample() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "governance-examples/descriptors");
        GovernanceEngine engine = GovernanceEngine.builder()
                .rulePack(StandardRules.pack())
                .build();
        print(BatchEvaluator.of(engine).evaluateAll(descriptorFiles(folder)), System.out);
    }

    /** The YAML and JSON files under a folder, in a stable order. */
    static List<Path> descriptorFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList();
        }
    }

    /** Prints each decision, linter style, and a summary line. */
    static void print(BatchResult result, PrintStream out) {
        for (Decision decision : result.decisions()) {
            out.println(decision.source() + ": " + decision.outcome());
            for (Finding finding : decision.findings()) {
                out.println("  " + (finding.location() == null ? "" : finding.location() + "  ")
                        + finding.severity() + "  " + finding.ruleId() + "  " + finding.message());
                out.println("      at  " + finding.path());
                out.println("      fix " + finding.remediation());
            }
        }
        for (UnreadableDescriptor unreadable : result.unreadable()) {
            out.println(unreadable.source() + ": UNREADABLE");
            for (Problem problem : unreadable.problems()) {
                out.println("  " + problem);
            }
        }
        out.printf("%d descriptors: %d approved, %d approved with warnings, %d rejected, %d unreadable%n",
                result.decisions().size() + result.unreadable().size(),
                count(result, Outcome.APPROVED), count(result, Outcome.APPROVED_WITH_WARNINGS),
                count(result, Outcome.REJECTED), result.unreadable().size());
    }

    private static long count(BatchResult result, Outcome outcome) {
        return result.decisions().stream().filter(decision -> decision.outcome() == outcome).count();
    }
}
