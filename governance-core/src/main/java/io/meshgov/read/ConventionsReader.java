package io.meshgov.read;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.ClosestName;
import io.meshgov.ConfigurationException;
import io.meshgov.Problem.Code;
import io.meshgov.Problem;
import io.meshgov.SourceLocation;
import io.meshgov.conventions.ClassificationLevel;
import io.meshgov.conventions.ConventionSettings;
import io.meshgov.conventions.Conventions;
import io.meshgov.conventions.NamingConvention;
import io.meshgov.evolution.CompatibilityMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apiguardian.api.API;

/**
 * Reads a council's conventions file: each key present replaces that convention. Unknown keys, values of
 * the wrong type and invalid regular expressions are reported together, each at its line.
 */
@API(status = STABLE, since = "0.1.0")
public final class ConventionsReader {


    private ConventionsReader() {
    }

    /**
     * The shipped conventions ({@link Conventions#defaults()}) with a council's conventions file applied on top:
     * each key the file lists replaces the default.
     *
     * @throws ConfigurationException listing every unknown key, value of the wrong type and invalid regular
     *                                expression, each at its line, or naming a file that cannot be read
     */
    public static Conventions read(Path file) {
        return Conventions.of(read(file, ConventionSettings.defaults()));
    }

    /**
     * As {@link #read(Path)}, from a stream; {@code source} names it in messages.
     *
     * @throws ConfigurationException listing every problem found, each at its line
     */
    public static Conventions read(InputStream in, String source) {
        return Conventions.of(read(in, source, ConventionSettings.defaults()));
    }

    static ConventionSettings read(Path file, ConventionSettings base) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), base);
        } catch (IOException e) {
            throw new ConfigurationException(List.of(Problem.error(Code.FILE, new SourceLocation(file.toString(), 0, 0), "",
                    "cannot be read: " + e.getMessage())));
        }
    }

    static ConventionSettings read(InputStream in, String source, ConventionSettings base) {
        Node root;
        try {
            root = DocumentParser.parse(in, source, DescriptorFormat.YAML);
        } catch (io.meshgov.DescriptorException e) {
            throw new ConfigurationException(e.problems());
        }
        return read(root, source, base);
    }

    /** {@code base} with each setting the file names replaced; every problem of the file reported together. */
    static ConventionSettings read(Node root, String source, ConventionSettings base) {
        if (!(root instanceof Node.Mapping mapping)) {
            throw new ConfigurationException(List.of(Problem.error(Code.CONTENT, root.location(), "",
                    "expected an object of conventions (ownerRoles, classifications, ...) but was " + root.describe())));
        }
        ReadContext context = new ReadContext(source);
        Section file = new Section(mapping, "", "", context);
        Reading reading = new Reading(base);
        texts(file, "ownerRoles", reading, ConventionSettings::withOwnerRoles);
        texts(file, "backupOwnerRoles", reading, ConventionSettings::withBackupOwnerRoles);
        texts(file, "ownerProperties", reading, ConventionSettings::withOwnerProperties);
        if (file.has("ownerAlsoNamedBy")) {
            List<String> places = file.texts("ownerAlsoNamedBy");
            for (String place : places) {
                if (!ConventionSettings.OWNER_PLACES.contains(place)) {
                    file.invalid("ownerAlsoNamedBy", "unknown place '" + Quoting.key(place) + "'"
                            + io.meshgov.ClosestName.hint(place, ConventionSettings.OWNER_PLACES) + " (known: "
                            + String.join(", ", ConventionSettings.OWNER_PLACES) + ")");
                }
            }
            reading.set(ConventionSettings::withOwnerAlsoNamedBy,
                    places.stream().filter(ConventionSettings.OWNER_PLACES::contains).toList());
        }
        if (file.has("classifications")) {
            List<ClassificationLevel> levels = new ArrayList<>();
            for (Section level : file.sections("classifications", "name")) {
                String name = level.text("name");
                if (name == null) {
                    level.missing("name", "name the level, e.g. \"name: confidential\"");
                    continue;
                }
                levels.add(new ClassificationLevel(name, level.texts("synonyms")));
                unknownKeys(level, List.of("name", "synonyms"));
            }
            reading.set(ConventionSettings::withClassifications, levels);
        }
        text(file, "sensitiveFrom", reading, ConventionSettings::withSensitiveFrom);
        text(file, "personalDataMinimum", reading, ConventionSettings::withPersonalDataMinimum);
        texts(file, "personalDataTags", reading, ConventionSettings::withPersonalDataTags);
        texts(file, "personalDataProperties", reading, ConventionSettings::withPersonalDataProperties);
        if (file.has("personalDataNames")) {
            List<String> regexes = file.texts("personalDataNames");
            regexes.forEach(regex -> checkRegex(file, "personalDataNames", regex));
            reading.set(ConventionSettings::withPersonalDataNames, regexes);
        }
        texts(file, "contractClassificationProperties", reading,
                ConventionSettings::withContractClassificationProperties);
        naming(file, "propertyNaming", reading, ConventionSettings::withPropertyNaming);
        naming(file, "objectNaming", reading, ConventionSettings::withObjectNaming);
        texts(file, "tagVocabulary", reading, ConventionSettings::withTagVocabulary);
        if (file.has("idPattern") && checkRegex(file, "idPattern", file.text("idPattern"))) {
            reading.set(ConventionSettings::withIdPattern, file.text("idPattern"));
        }
        texts(file, "statuses", reading, ConventionSettings::withStatuses);
        Integer notice = file.integer("deprecationNoticeDays");
        if (notice != null) {
            reading.set(ConventionSettings::withDeprecationNoticeDays, notice);
        }
        texts(file, "productionEnvironments", reading, ConventionSettings::withProductionEnvironments);
        texts(file, "freshnessProperties", reading, ConventionSettings::withFreshnessProperties);
        texts(file, "retentionProperties", reading, ConventionSettings::withRetentionProperties);
        texts(file, "exampleSafeDomains", reading, ConventionSettings::withExampleSafeDomains);
        if (file.has("compatibility")) {
            CompatibilityMode mode = mode(file, "compatibility", file.text("compatibility"));
            if (mode != null) {
                reading.set(ConventionSettings::withCompatibility, mode);
            }
        }
        if (file.has("domainCompatibility")) {
            Map<String, CompatibilityMode> modes = new TreeMap<>();
            file.rawMap("domainCompatibility").forEach((domain, value) -> {
                CompatibilityMode mode = mode(file, "domainCompatibility", String.valueOf(value));
                if (mode != null) {
                    modes.put(domain, mode);
                }
            });
            reading.set(ConventionSettings::withDomainCompatibility, modes);
        }
        if (file.has("requireDeprecationBeforeBreaking")) {
            reading.set(ConventionSettings::withRequireDeprecationBeforeBreaking,
                    file.flag("requireDeprecationBeforeBreaking"));
        }
        if (file.has("statusStages")) {
            Section stages = file.section("statusStages");
            if (stages != null) {
                Map<String, List<String>> words = new java.util.LinkedHashMap<>();
                for (String stage : ConventionSettings.STAGES) {
                    if (stages.has(stage)) {
                        words.put(stage, stages.texts(stage));
                    } else {
                        stages.missing(stage, "give the statuses that mean " + stage + ", e.g. " + stage + ": ["
                                + ConventionSettings.defaults().statusStages().get(stage).get(0) + "]");
                    }
                }
                Section.unknownKeys(stages, ConventionSettings.STAGES);
                reading.set(ConventionSettings::withStatusStages, words);
            }
        }
        for (String key : ConventionSettings.NAMES) {
            if (mapping.members().containsKey(key) && !file.has(key)) {
                file.text(key); // asked for, so that it is not also called an unknown key
                file.invalid(key, "has no value; give one (a list may be empty: []), or remove the key to keep the"
                        + " default");
            }
        }
        unknownKeys(file, ConventionSettings.NAMES);
        if (context.problems().isEmpty()) {
            try {
                Conventions.of(reading.settings);
            } catch (Conventions.InvalidSetting e) {
                file.invalid(e.setting(), e.reason());
            }
        }
        if (!context.problems().isEmpty()) {
            List<Problem> sorted = new ArrayList<>(context.problems());
            sorted.sort(null);
            throw new ConfigurationException(sorted);
        }
        return reading.settings;
    }

    /** The settings read so far: each key the file names replaces one. */
    private static final class Reading {
        ConventionSettings settings;

        Reading(ConventionSettings base) {
            settings = base;
        }

        <T> void set(BiFunction<ConventionSettings, T, ConventionSettings> change, T value) {
            settings = change.apply(settings, value);
        }
    }

    private static CompatibilityMode mode(Section file, String key, String text) {
        CompatibilityMode mode = CompatibilityMode.ofName(text).orElse(null);
        if (mode == null) {
            List<String> modes = Arrays.stream(CompatibilityMode.values()).map(Enum::name).toList();
            file.invalid(key, "expected one of " + modes + " but was \"" + text + "\"" + ClosestName.hint(text, modes));
        }
        return mode;
    }

    private static void text(Section file, String key, Reading reading,
                             BiFunction<ConventionSettings, String, ConventionSettings> change) {
        String text = file.has(key) ? file.text(key) : null;
        if (text != null) {
            reading.set(change, text);
        }
    }

    private static void texts(Section file, String key, Reading reading,
                              BiFunction<ConventionSettings, List<String>, ConventionSettings> change) {
        if (file.has(key)) {
            reading.set(change, file.texts(key));
        }
    }

    private static void naming(Section file, String key, Reading reading,
                               BiFunction<ConventionSettings, NamingConvention, ConventionSettings> change) {
        if (file.has(key)) {
            String style = file.text(key);
            if (style != null && checkRegex(file, key, style)) {
                reading.set(change, NamingConvention.of(style));
            }
        }
    }

    private static boolean checkRegex(Section file, String key, String regex) {
        try {
            Pattern.compile(regex);
            return true;
        } catch (PatternSyntaxException e) {
            file.invalid(key, "not a valid regular expression: " + e.getDescription() + " in \"" + regex + "\"");
            return false;
        }
    }

    private static void unknownKeys(Section section, List<String> known) {
        Section.unknownKeys(section, known);
    }
}
