package io.meshgov.cli;

import io.meshgov.SourceLocation;
import io.meshgov.model.Descriptor;
import io.meshgov.read.DescriptorReader;
import io.meshgov.rules.StandardRules;
import io.meshgov.testkit.PolicyCase;
import io.meshgov.testkit.PolicyCases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Examples of a rule failing and passing, taken from the standard pack's own test cases (shipped in its jar):
 * the failing descriptor's lines around the finding, and the name of a descriptor that passes.
 */
final class RuleExamples {

    private RuleExamples() {
    }

    /** The text explain prints under "Examples", or nothing when the pack's cases do not cover the rule. */
    static Optional<String> of(String ruleId) {
        return Optional.ofNullable(StandardRules.withCases(root -> render(ruleId, root)));
    }

    private static String render(String ruleId, Path root) {
        List<PolicyCase> cases = PolicyCases.readAll(root);
        PolicyCase failing = cases.stream().filter(c -> expectedPath(c, ruleId) != null).findFirst().orElse(null);
        if (failing == null) {
            return null;
        }
        String path = expectedPath(failing, ruleId);
        Descriptor descriptor = DescriptorReader.read(failing.descriptor());
        SourceLocation location = descriptor.origin().locate(path);
        StringBuilder out = new StringBuilder();
        out.append("Fails, for example at ").append(path.isEmpty() ? "the descriptor" : path).append(" in ")
                .append(root.relativize(failing.descriptor())).append(" (case \"").append(failing.name()).append("\"):\n");
        out.append(excerpt(failing.descriptor(), location == null ? 1 : location.line()));
        cases.stream().filter(c -> expectedPath(c, ruleId) == null)
                .filter(c -> c.previous().isEmpty() == failing.previous().isEmpty())
                .sorted((a, b) -> Boolean.compare(!a.file().toString().contains("compliant"),
                        !b.file().toString().contains("compliant")))
                .findFirst()
                .ifPresent(passing -> out.append("Passes, for example: ").append(root.relativize(passing.descriptor()))
                        .append(" (case \"").append(passing.name()).append("\")\n"));
        return out.toString();
    }

    /** The path at which a case expects the rule to fire, or {@code null} when it does not expect it. */
    private static String expectedPath(PolicyCase policyCase, String ruleId) {
        for (String finding : policyCase.findings()) {
            if (finding.equals(ruleId) || finding.startsWith(ruleId + " ")) {
                return finding.substring(ruleId.length()).strip();
            }
        }
        return null;
    }

    private static String excerpt(Path file, int line) {
        try {
            List<String> lines = Files.readAllLines(file);
            List<String> shown = new ArrayList<>();
            for (int number = Math.max(1, line - 2); number <= Math.min(lines.size(), line + 2); number++) {
                shown.add(String.format("  %s %4d | %s", number == line ? ">" : " ", number, lines.get(number - 1)));
            }
            return String.join("\n", shown) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
