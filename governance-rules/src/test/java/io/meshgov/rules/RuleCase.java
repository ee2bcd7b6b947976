package io.meshgov.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.meshgov.engine.Decision;
import io.meshgov.engine.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One case of a {@code *.cases.yaml} file: a descriptor, the outcome and exactly the findings ("RULE-ID path")
 * the standard pack must give it. Council members add cases without writing Java.
 */
record RuleCase(Path file, String name, Path descriptor, Outcome outcome, Set<String> findings) {

    private static final Set<String> CASE_KEYS = Set.of("name", "descriptor", "outcome", "findings");

    static List<RuleCase> readAll(Path file) {
        Map<?, ?> document;
        try {
            document = new ObjectMapper(new YAMLFactory()).readValue(file.toFile(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": not a readable case file: " + e.getMessage(), e);
        }
        if (!(document.get("cases") instanceof List<?> cases) || cases.isEmpty()) {
            throw new IllegalArgumentException(file + ": expected a non-empty list under \"cases\"");
        }
        List<RuleCase> read = new ArrayList<>();
        for (Object entry : cases) {
            Map<?, ?> fields = (Map<?, ?>) entry;
            for (Object key : fields.keySet()) {
                if (!CASE_KEYS.contains(String.valueOf(key))) {
                    throw new IllegalArgumentException(file + ": case " + fields.get("name") + ": unknown key \"" + key
                            + "\"; expected " + CASE_KEYS);
                }
            }
            Set<String> findings = new TreeSet<>();
            ((List<?>) fields.get("findings")).forEach(finding -> findings.add(String.valueOf(finding)));
            read.add(new RuleCase(file, String.valueOf(fields.get("name")),
                    file.resolveSibling(String.valueOf(fields.get("descriptor"))),
                    Outcome.valueOf(String.valueOf(fields.get("outcome"))), findings));
        }
        return read;
    }

    /** What the decision shows, in the case file's own notation. */
    static Set<String> findingsOf(Decision decision) {
        Set<String> actual = new TreeSet<>();
        decision.findings().forEach(finding -> actual.add(finding.ruleId() + " " + finding.path()));
        return actual;
    }
}
