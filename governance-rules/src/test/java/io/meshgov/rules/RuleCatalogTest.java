package io.meshgov.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.meshgov.policy.RuleDescription;
import io.meshgov.testkit.PolicyCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rule catalog, {@code governance-rules/RULES.md}, is generated from the rules' metadata and the case files;
 * this test fails when a rule changes without the catalog. Regenerate with {@code -Dmeshgov.updateCatalog=true}.
 */
class RuleCatalogTest {

    private static final Path CATALOG = Path.of("RULES.md");
    private static final Map<String, String> AREAS = new LinkedHashMap<>();

    static {
        AREAS.put("completeness", "Completeness");
        AREAS.put("sensitivity", "Sensitivity and access");
        AREAS.put("interoperability", "Interoperability");
        AREAS.put("quality", "Quality and service levels");
        AREAS.put("lifecycle", "Lifecycle");
        AREAS.put("evolution", "Contract evolution");
    }

    @Test
    void theCatalog_matchesTheRules() throws IOException {
        List<PolicyCase> cases = StandardPackCasesTest.allCases();
        List<RuleDescription> rules = StandardPackCasesTest.RUNNER.rules();
        String generated = render(rules, cases);
        if (Boolean.getBoolean("meshgov.updateCatalog")) {
            Files.writeString(CATALOG, generated);
        }
        assertEquals(generated, Files.readString(CATALOG),
                "RULES.md is out of date; regenerate it with -Dmeshgov.updateCatalog=true and commit it");
    }

    /** A rule attaches fixes exactly when its metadata says what they do ({@code @fix}), so the catalog is true. */
    @Test
    void everyRuleThatAttachesFixes_saysWhatTheyDo() throws IOException {
        Path standard = Path.of("src/main/resources/io/meshgov/rules/standard");
        Map<String, Boolean> attaches = new LinkedHashMap<>();
        try (var files = Files.walk(standard)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                for (String rule : Files.readString(file).split("\n(?=rule \")")) {
                    java.util.regex.Matcher id = java.util.regex.Pattern.compile("@id\\(\"([A-Z]+-[0-9]+)\"\\)").matcher(rule);
                    if (id.find()) {
                        attaches.put(id.group(1), rule.contains("Fix."));
                    }
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(attaches.containsValue(true), "no standard rule attaches a fix");
        for (RuleDescription rule : StandardPackCasesTest.RUNNER.rules()) {
            assertEquals(attaches.getOrDefault(rule.id(), false), rule.fixes(), rule.id()
                    + ": a rule that attaches a Fix says what it does in @fix, and only such a rule");
        }
    }

    static String render(List<RuleDescription> unordered, List<PolicyCase> cases) {
        List<String> areas = List.copyOf(AREAS.keySet());
        List<RuleDescription> rules = unordered.stream()
                .sorted(Comparator.comparing((RuleDescription rule) -> areas.indexOf(areaOf(rule)))
                        .thenComparing(RuleDescription::id))
                .toList();
        StringBuilder out = new StringBuilder();
        out.append("# The standard rule pack\n\n")
                .append("<!-- Generated from the rules' metadata and case files by RuleCatalogTest; do not edit. -->\n\n")
                .append(rules.size()).append(" rules. Severity `ERROR` rejects a descriptor, `WARNING` approves it with")
                .append(" warnings. The rules read the council's conventions (see the README): which roles are owners,")
                .append(" the classification scale, what marks personal data, naming, vocabularies and thresholds.\n\n")
                .append("A rule marked *fixes* attaches an exact edit to its findings; `meshgov fix` applies it where the")
                .append(" value is written, keeping the rest of the file as it is.\n\n")
                .append("| id | severity | title | fixes |\n|---|---|---|---|\n");
        for (RuleDescription rule : rules) {
            out.append("| [").append(rule.id()).append("](#").append(rule.id().toLowerCase()).append(") | ")
                    .append(rule.severity()).append(" | ").append(rule.title()).append(" | ")
                    .append(rule.fixes() ? "fixes" : "").append(" |\n");
        }
        for (Map.Entry<String, String> area : AREAS.entrySet()) {
            out.append("\n## ").append(area.getValue()).append("\n");
            for (RuleDescription rule : rules) {
                if (!areaOf(rule).equals(area.getKey())) {
                    continue;
                }
                out.append("\n### ").append(rule.id()).append("\n\n")
                        .append("**").append(rule.title()).append("** — ").append(rule.severity()).append("\n\n")
                        .append("- Why: ").append(rule.rationale()).append('\n')
                        .append("- Fix: ").append(rule.remediation()).append('\n')
                        .append(rule.fixes() ? "- `meshgov fix`: " + rule.fix() + "\n" : "")
                        .append("- Rule: `").append(rule.location().source().replaceFirst("^io/meshgov/rules/", ""))
                        .append(":").append(rule.location().line()).append("`\n");
                PolicyCase example = cases.stream()
                        .filter(c -> c.findings().stream().anyMatch(f -> f.startsWith(rule.id() + " ")))
                        .findFirst().orElse(null);
                if (example != null) {
                    String path = example.findings().stream().filter(f -> f.startsWith(rule.id() + " ")).findFirst()
                            .orElseThrow().substring(rule.id().length() + 1);
                    out.append("- Example: `").append(relative(example.descriptor())).append("` fails it at `")
                            .append(path).append("` (case \"").append(example.name()).append("\")\n");
                }
            }
        }
        return out.toString();
    }

    /** The area folder a rule's file sits in: {@code .../standard/<area>/file.drl}. */
    private static String areaOf(RuleDescription rule) {
        String[] folders = rule.location().source().split("/");
        return folders.length >= 2 ? folders[folders.length - 2] : "";
    }

    private static String relative(Path descriptor) {
        return StandardPackCasesTest.CASES.relativize(descriptor.normalize()).toString().replace('\\', '/');
    }
}
