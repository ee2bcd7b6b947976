package io.meshgov.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.meshgov.ClosestName;
import io.meshgov.ConfigurationException;
import io.meshgov.Problem.Code;
import io.meshgov.Problem;
import io.meshgov.SourceLocation;
import io.meshgov.DescriptorException;
import io.meshgov.decision.Outcome;
import io.meshgov.read.LocatedValue;
import io.meshgov.read.ReadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Reads {@code *.cases.yaml} files. A case file that cannot be used — an unknown key, a missing descriptor, an
 * outcome that does not exist — is a {@link ConfigurationException} naming the file and the case.
 */
@API(status = STABLE, since = "0.1.0")
public final class PolicyCases {

    /** Cases without a date are judged on this one, so that a suite does not change with the calendar. */
    public static final LocalDate DEFAULT_DATE = LocalDate.of(2026, 6, 1);

    private static final List<String> KEYS = List.of("name", "descriptor", "outcome", "findings", "date", "conventions",
            "policy", "known", "previous", "deleted", "catalog");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private PolicyCases() {
    }

    /** Every {@code *.cases.yaml} under a folder, in a stable order. */
    public static List<Path> find(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw problem(folder, "no such folder; name the folder that holds the *.cases.yaml files");
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(file -> file.getFileName().toString().endsWith(".cases.yaml")).sorted().toList();
        } catch (IOException e) {
            throw problem(folder, "cannot be read: " + e.getMessage());
        }
    }

    /** Every case of every case file under a folder. */
    public static List<PolicyCase> readAll(Path folder) {
        List<PolicyCase> cases = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : find(folder)) {
            try {
                cases.addAll(read(file));
            } catch (ConfigurationException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return cases;
    }

    /** The cases of one file. */
    public static List<PolicyCase> read(Path file) {
        // Read as descriptors are (YAML 1.2, duplicate keys refused, within the read limits), so that a descriptor
        // written inside a case means what the same descriptor means in a file.
        LocatedValue located;
        try {
            located = LocatedValue.read(file, ReadLimits.defaults());
        } catch (DescriptorException e) {
            throw new ConfigurationException(e.problems().stream().map(problem -> Problem.error(Code.CASE,
                    problem.location(), problem.subject(), "not a readable case file: " + problem.message())).toList());
        }
        JsonNode document = YAML.valueToTree(located.plain());
        JsonNode cases = document == null ? null : document.get("cases");
        if (cases == null || !cases.isArray() || cases.isEmpty()) {
            throw problem(file, "expected a non-empty list under \"cases:\"");
        }
        List<Integer> lines = located.asObject().map(map -> map.get("cases")).flatMap(LocatedValue::asList)
                .map(items -> items.stream().map(item -> item.location().line()).toList()).orElse(List.of());
        List<Problem> problems = new ArrayList<>();
        List<PolicyCase> read = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            JsonNode entry = cases.get(i);
            int line = i < lines.size() ? lines.get(i) : 0;
            String label = entry.hasNonNull("name") ? "case \"" + entry.get("name").asText() + "\"" : "case " + (i + 1);
            List<String> wrong = new ArrayList<>();
            for (Iterator<String> keys = entry.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                if (!KEYS.contains(key)) {
                    wrong.add("unknown key \"" + key + "\"" + ClosestName.hint(key, KEYS));
                }
            }
            for (String required : List.of("name", "descriptor", "outcome", "findings")) {
                if (!entry.has(required)) {
                    wrong.add("missing \"" + required + "\"");
                }
            }
            Outcome outcome = null;
            if (entry.hasNonNull("outcome")) {
                try {
                    outcome = Outcome.valueOf(entry.get("outcome").asText());
                } catch (IllegalArgumentException e) {
                    wrong.add("outcome \"" + entry.get("outcome").asText() + "\" is not one of APPROVED,"
                            + " APPROVED_WITH_WARNINGS, REJECTED");
                }
            }
            LocalDate date = DEFAULT_DATE;
            if (entry.hasNonNull("date")) {
                try {
                    date = LocalDate.parse(entry.get("date").asText());
                } catch (DateTimeParseException e) {
                    wrong.add("date \"" + entry.get("date").asText() + "\" is not an ISO date such as 2026-06-01");
                }
            }
            Path descriptor = null;
            if (entry.hasNonNull("descriptor") && entry.get("descriptor").isObject()) {
                descriptor = inline(file, i, entry.get("descriptor"));
            } else if (entry.hasNonNull("descriptor")) {
                descriptor = resolve(file, entry.get("descriptor").asText());
            }
            List<Path> known = paths(file, entry.get("known"));
            List<Path> previous = paths(file, entry.get("previous"));
            List<Path> catalog = paths(file, entry.get("catalog"));
            Path conventions = entry.hasNonNull("conventions") ? resolve(file, entry.get("conventions").asText()) : null;
            Path policy = entry.hasNonNull("policy") ? resolve(file, entry.get("policy").asText()) : null;
            if (policy != null && conventions != null) {
                wrong.add("give the conventions in the policy's layers, not as \"conventions\" beside \"policy\"");
            }
            List<Path> knownAndCatalog = new java.util.ArrayList<>(known);
            knownAndCatalog.addAll(catalog);
            for (Path referenced : referenced(descriptor, policy != null ? policy : conventions, knownAndCatalog,
                    previous)) {
                if (!Files.isRegularFile(referenced)) {
                    wrong.add("no such file " + referenced);
                }
            }
            boolean deleted = false;
            if (entry.has("deleted")) {
                if (!entry.get("deleted").isBoolean()) {
                    wrong.add("\"deleted\" must be true or false");
                } else {
                    deleted = entry.get("deleted").booleanValue();
                    if (deleted && !previous.isEmpty()) {
                        wrong.add("a \"deleted\" descriptor has no \"previous\" versions: it is judged as deleted");
                    }
                }
            }
            Set<String> findings = new TreeSet<>();
            if (entry.has("findings") && entry.get("findings").isArray()) {
                entry.get("findings").forEach(finding -> findings.add(finding.asText().strip()));
            } else if (entry.has("findings")) {
                wrong.add("\"findings\" must be a list of \"RULE-ID path\", or [] for none");
            }
            if (wrong.isEmpty()) {
                read.add(new PolicyCase(file, entry.get("name").asText(), descriptor, outcome, findings, date,
                        conventions, known, previous, policy, deleted, catalog));
            } else {
                wrong.forEach(message -> problems.add(Problem.error(Code.CASE, new SourceLocation(file.toString(), line, 0), label,
                        message)));
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return read;
    }

    /**
     * A descriptor written inside the case: saved beside nothing, in a temporary file named after the case file
     * and the case's position, so that messages and findings name it.
     */
    private static Path inline(Path file, int index, JsonNode descriptor) {
        try {
            Path folder = Files.createTempDirectory("meshgov-cases");
            folder.toFile().deleteOnExit();
            String base = file.getFileName().toString().replaceFirst("\\.cases\\.yaml$", "");
            Path written = folder.resolve(base + "-case-" + (index + 1) + ".yaml");
            Files.writeString(written, YAML.writeValueAsString(descriptor));
            written.toFile().deleteOnExit();
            return written;
        } catch (IOException e) {
            throw problem(file, "cannot hold the inline descriptor of case " + (index + 1) + ": " + e.getMessage());
        }
    }

    private static List<Path> referenced(Path descriptor, Path conventions, List<Path> known, List<Path> previous) {
        List<Path> all = new ArrayList<>();
        if (descriptor != null) {
            all.add(descriptor);
        }
        if (conventions != null) {
            all.add(conventions);
        }
        all.addAll(known);
        all.addAll(previous);
        return all;
    }

    private static List<Path> paths(Path file, JsonNode value) {
        List<Path> paths = new ArrayList<>();
        if (value == null || value.isNull()) {
            return paths;
        }
        if (value.isArray()) {
            value.forEach(item -> paths.add(resolve(file, item.asText())));
        } else {
            paths.add(resolve(file, value.asText()));
        }
        return paths;
    }

    private static Path resolve(Path file, String relative) {
        return file.resolveSibling(relative).normalize();
    }

    private static ConfigurationException problem(Path file, String message) {
        return new ConfigurationException(List.of(Problem.error(Code.CASE, new SourceLocation(file.toString(), 0, 0), "", message)));
    }
}
