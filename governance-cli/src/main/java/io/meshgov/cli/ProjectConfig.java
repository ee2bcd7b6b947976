package io.meshgov.cli;

import io.meshgov.ClosestName;
import io.meshgov.DescriptorException;
import io.meshgov.decision.Severity;
import io.meshgov.read.LocatedValue;
import io.meshgov.read.ReadLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 * catalog: [.]                         # as --catalog: the mesh the descriptors are judged in
 * packJars: [lib/council-rules.jar]    # as --pack-jar: rule-pack jars whose kbases the policy names
 * </pre>
 *
 * @param file the file read, or {@code null} when there is none
 */
record ProjectConfig(Path file, List<String> paths, List<String> exclude, Path policy, List<Path> rules, Boolean standard,
                     Path conventions, Path baseline, List<String> formats, Severity failOn,
                     Boolean strictDiscovery, List<String> catalog, List<Path> packJars) {

    static final String FILE = "meshgov.yaml";
    static final String HIDDEN_FILE = ".meshgov.yaml";
    private static final List<String> KEYS = List.of("paths", "exclude", "policy", "rules", "standard", "conventions",
            "baseline", "format", "failOn", "strictDiscovery", "catalog", "packJars");

    static final ProjectConfig NONE = new ProjectConfig(null, List.of(), List.of(), null, List.of(), null, null, null,
            List.of(), null, null, List.of(), List.of());

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

    /**
     * Reads a config file as every meshgov file is read (YAML 1.2, duplicate keys refused, within the read limits);
     * a mistake is a usage error at its line.
     */
    static ProjectConfig read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException(TextReport.safe(file.toString()) + ": no such file; name the project's " + FILE);
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
        List<String> catalog = List.of();
        List<Path> packJars = List.of();
        LocatedValue document;
        try {
            document = LocatedValue.read(file, ReadLimits.defaults());
        } catch (DescriptorException e) {
            throw new UsageException(TextReport.safe(e.problems().get(0).toString()));
        }
        if (document.value() == null) {
            return new ProjectConfig(file, paths, exclude, policy, rules, standard, conventions, baseline, formats, failOn,
                    strictDiscovery, catalog, packJars);
        }
        Map<String, LocatedValue> settings = document.asObject()
                .orElseThrow(() -> problem(document, "expected settings (key: value), one a line"));
        for (Map.Entry<String, LocatedValue> setting : settings.entrySet()) {
            String key = setting.getKey();
            LocatedValue value = setting.getValue();
            switch (key) {
                case "paths" -> paths = strings(key, value);
                case "catalog" -> catalog = strings(key, value);
                case "packJars" -> packJars = strings(key, value).stream().map(base::resolve).toList();
                case "exclude" -> exclude = strings(key, value);
                case "policy" -> policy = base.resolve(string(key, value));
                case "rules" -> rules = strings(key, value).stream().map(base::resolve).toList();
                case "standard" -> standard = value.asBoolean()
                        .orElseThrow(() -> problem(value, "standard: expected true or false"));
                case "strictDiscovery" -> strictDiscovery = value.asBoolean()
                        .orElseThrow(() -> problem(value, "strictDiscovery: expected true or false"));
                case "conventions" -> conventions = base.resolve(string(key, value));
                case "baseline" -> baseline = base.resolve(string(key, value));
                case "format" -> {
                    List<String> specs = strings(key, value);
                    formats = specs.stream().map(spec -> relativeFile(base, spec)).toList();
                    for (String spec : specs) {
                        int equals = spec.indexOf('=');
                        if (equals >= 0 && !base.resolve(spec.substring(equals + 1)).normalize().startsWith(base.normalize())) {
                            throw problem(value, "format: " + TextReport.safe(spec) + " would write a report outside the"
                                    + " project's folder; name a file inside it, e.g. reports/meshgov.sarif");
                        }
                    }
                }
                case "failOn" -> {
                    failOn = OutputOptions.FailOnConverter.level(string(key, value));
                    if (failOn == null) {
                        throw problem(value, "failOn: expected error or warning");
                    }
                }
                default -> throw problem(value, "unknown setting '" + TextReport.safe(key) + "'" + ClosestName.hint(key, KEYS)
                        + " (settings: " + String.join(", ", KEYS) + ")");
            }
        }
        return new ProjectConfig(file, paths, exclude, policy, rules, standard, conventions, baseline, formats, failOn,
                strictDiscovery, catalog, packJars);
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
        return fromHere(paths);
    }

    /** The mesh the descriptors are judged in ({@code catalog:}), relative to the current folder. */
    List<String> catalogFromHere() {
        return fromHere(catalog);
    }

    private List<String> fromHere(List<String> paths) {
        Path base = file == null ? Path.of("") : file.toAbsolutePath().getParent();
        List<String> shown = new ArrayList<>();
        for (String path : paths) {
            String relative = shown(base.resolve(path));
            shown.add(relative.isEmpty() ? "." : relative);
        }
        return shown;
    }

    private static String string(String key, LocatedValue value) {
        return value.asText().filter(text -> !text.isBlank())
                .orElseThrow(() -> problem(value, key + ": expected a file name"));
    }

    private static List<String> strings(String key, LocatedValue value) {
        if (value.asText().isPresent()) {
            return List.of(value.asText().get());
        }
        List<LocatedValue> items = value.asList()
                .orElseThrow(() -> problem(value, key + ": expected a list, e.g. " + key + ": [a, b]"));
        List<String> values = new ArrayList<>();
        for (LocatedValue item : items) {
            values.add(item.asText().orElseThrow(() -> problem(item, key + ": every entry must be text")));
        }
        return values;
    }

    private static UsageException problem(LocatedValue at, String message) {
        return new UsageException(TextReport.safe(at.location().toString()) + ": " + message);
    }
}
