package io.meshgov.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.meshgov.ClosestName;
import io.meshgov.decision.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A repository's meshgov settings, {@value #FILE} (or {@value #HIDDEN_FILE}) in the folder meshgov runs from, so that a
 * CI step is just {@code meshgov check}. Paths in it are relative to its folder. Every key is optional; an option
 * given on the command line wins over the file's.
 *
 * <pre>
 * paths: [contracts/, products/]       # what 'meshgov check' judges when no PATH is given
 * exclude: [contracts/drafts/]         # .gitignore syntax, as --exclude
 * policy: governance.yaml              # or: rules: [rules/payments] and standard: false
 * conventions: council.yaml
 * baseline: meshgov-baseline.yaml
 * format: [text, sarif=meshgov.sarif]  # as --format
 * failOn: warning                      # as --fail-on
 * strictDiscovery: true                # as --strict-discovery
 * </pre>
 *
 * @param file the file read, or {@code null} when there is none
 */
record ProjectConfig(Path file, List<String> paths, List<String> exclude, Path policy, List<Path> rules, Boolean standard,
                     Path conventions, Path baseline, List<String> formats, Severity failOn,
                     Boolean strictDiscovery) {

    static final String FILE = "meshgov.yaml";
    static final String HIDDEN_FILE = ".meshgov.yaml";
    private static final List<String> KEYS = List.of("paths", "exclude", "policy", "rules", "standard", "conventions",
            "baseline", "format", "failOn", "strictDiscovery");

    static final ProjectConfig NONE = new ProjectConfig(null, List.of(), List.of(), null, List.of(), null, null, null,
            List.of(), null, null);

    /** The config in the current folder, or {@link #NONE}. */
    static ProjectConfig find() {
        for (String name : List.of(FILE, HIDDEN_FILE)) {
            Path file = Path.of(name);
            if (Files.isRegularFile(file)) {
                return read(file);
            }
        }
        return NONE;
    }

    /** Reads a config file; a mistake is a usage error at its line. */
    static ProjectConfig read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException(file + ": no such file; name the project's " + FILE);
        }
        Path base = file.toAbsolutePath().getParent();
        List<String> paths = List.of();
        List<String> exclude = List.of();
        Path policy = null;
        List<Path> rules = List.of();
        Boolean standard = null;
        Path conventions = null;
        Path baseline = null;
        List<String> formats = List.of();
        Severity failOn = null;
        Boolean strictDiscovery = null;
        YAMLMapper mapper = new YAMLMapper();
        try (JsonParser parser = new YAMLFactory().createParser(file.toFile())) {
            parser.setCodec(mapper);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new ProjectConfig(file, paths, exclude, policy, rules, standard, conventions, baseline, formats, failOn,
                        strictDiscovery);
            }
            if (first != JsonToken.START_OBJECT) {
                throw problem(file, parser.currentTokenLocation(), "expected settings (key: value), one a line");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonLocation at = parser.currentTokenLocation();
                parser.nextToken();
                JsonNode value = parser.readValueAsTree();
                switch (key) {
                    case "paths" -> paths = strings(file, at, key, value);
                    case "exclude" -> exclude = strings(file, at, key, value);
                    case "policy" -> policy = base.resolve(string(file, at, key, value));
                    case "rules" -> rules = strings(file, at, key, value).stream().map(base::resolve).toList();
                    case "standard" -> {
                        if (!value.isBoolean()) {
                            throw problem(file, at, "standard: expected true or false");
                        }
                        standard = value.booleanValue();
                    }
                    case "strictDiscovery" -> {
                        if (!value.isBoolean()) {
                            throw problem(file, at, "strictDiscovery: expected true or false");
                        }
                        strictDiscovery = value.booleanValue();
                    }
                    case "conventions" -> conventions = base.resolve(string(file, at, key, value));
                    case "baseline" -> baseline = base.resolve(string(file, at, key, value));
                    case "format" -> formats = strings(file, at, key, value).stream().map(spec -> relativeFile(base, spec))
                            .toList();
                    case "failOn" -> {
                        failOn = OutputOptions.FailOnConverter.level(string(file, at, key, value));
                        if (failOn == null) {
                            throw problem(file, at, "failOn: expected error or warning");
                        }
                    }
                    default -> throw problem(file, at, "unknown setting '" + key + "'" + ClosestName.hint(key, KEYS)
                            + " (settings: " + String.join(", ", KEYS) + ")");
                }
            }
        } catch (IOException e) {
            throw new UsageException(file + ": cannot be read as YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        return new ProjectConfig(file, paths, exclude, policy, rules, standard, conventions, baseline, formats, failOn,
                        strictDiscovery);
    }

    /** {@code sarif=reports/x.sarif} with the file relative to the config's folder. */
    private static String relativeFile(Path base, String spec) {
        int equals = spec.indexOf('=');
        return equals < 0 ? spec : spec.substring(0, equals + 1) + shown(base.resolve(spec.substring(equals + 1)));
    }

    /** A path as the user would write it from the current folder. */
    static String shown(Path path) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }

    /** The paths to judge, relative to the current folder. */
    List<String> pathsFromHere() {
        Path base = file == null ? Path.of("") : file.toAbsolutePath().getParent();
        List<String> shown = new ArrayList<>();
        for (String path : paths) {
            String relative = shown(base.resolve(path));
            shown.add(relative.isEmpty() ? "." : relative);
        }
        return shown;
    }

    private static String string(Path file, JsonLocation at, String key, JsonNode value) {
        if (!value.isTextual() || value.textValue().isBlank()) {
            throw problem(file, at, key + ": expected a file name");
        }
        return value.textValue();
    }

    private static List<String> strings(Path file, JsonLocation at, String key, JsonNode value) {
        if (value.isTextual()) {
            return List.of(value.textValue());
        }
        List<String> values = new ArrayList<>();
        if (!value.isArray()) {
            throw problem(file, at, key + ": expected a list, e.g. " + key + ": [a, b]");
        }
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw problem(file, at, key + ": every entry must be text");
            }
            values.add(item.textValue());
        }
        return values;
    }

    private static UsageException problem(Path file, JsonLocation at, String message) {
        return new UsageException(file + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": " + message);
    }
}
