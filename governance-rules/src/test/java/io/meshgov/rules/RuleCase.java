package io.meshgov.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.meshgov.engine.Decision;
import io.meshgov.engine.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One case of a {@code *.cases.yaml} file: a descriptor, the outcome and exactly the findings ("RULE-ID path")
 * the standard pack must give it — optionally on a given date, under a council's conventions file, knowing
 * other descriptors (the contracts a data product references), or as a new version of {@code previous} ones
 * (oldest first), which is judged with {@code evaluateChange}. Paths are relative to the case file. Council
 * members add cases without writing Java.
 */
record RuleCase(Path file, String name, Path descriptor, Outcome outcome, Set<String> findings, LocalDate date,
                Path conventions, List<Path> known, List<Path> previous) {

    /** Cases without a date are judged on this one, so that the suite does not change with the calendar. */
    static final LocalDate DEFAULT_DATE = LocalDate.of(2026, 6, 1);
    private static final Set<String> CASE_KEYS =
            Set.of("name", "descriptor", "outcome", "findings", "date", "conventions", "known", "previous");

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
                            + "\"; expected " + new TreeSet<>(CASE_KEYS));
                }
            }
            Set<String> findings = new TreeSet<>();
            ((List<?>) fields.get("findings")).forEach(finding -> findings.add(String.valueOf(finding)));
            List<Path> known = paths(file, fields.get("known"));
            List<Path> previous = paths(file, fields.get("previous"));
            read.add(new RuleCase(file, String.valueOf(fields.get("name")),
                    file.resolveSibling(String.valueOf(fields.get("descriptor"))),
                    Outcome.valueOf(String.valueOf(fields.get("outcome"))), findings,
                    fields.containsKey("date") ? LocalDate.parse(String.valueOf(fields.get("date"))) : DEFAULT_DATE,
                    fields.containsKey("conventions") ? file.resolveSibling(String.valueOf(fields.get("conventions")))
                            : null,
                    known, previous));
        }
        return read;
    }

    /** One path or a list of them, relative to the case file. */
    private static List<Path> paths(Path file, Object value) {
        List<Path> paths = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> paths.add(file.resolveSibling(String.valueOf(item)).normalize()));
        } else if (value != null) {
            paths.add(file.resolveSibling(String.valueOf(value)).normalize());
        }
        return paths;
    }

    /** What the decision shows, in the case file's own notation. */
    static Set<String> findingsOf(Decision decision) {
        Set<String> actual = new TreeSet<>();
        decision.findings().forEach(finding -> actual.add(finding.ruleId() + " " + finding.path()));
        return actual;
    }
}
