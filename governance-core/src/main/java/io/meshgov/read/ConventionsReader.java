package io.meshgov.read;

import io.meshgov.ClosestName;
import io.meshgov.ConfigurationException;
import io.meshgov.Problem.Code;
import io.meshgov.Problem;
import io.meshgov.SourceLocation;
import io.meshgov.conventions.ClassificationLevel;
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
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a council's conventions file: each key present replaces that convention. Unknown keys, values of
 * the wrong type and invalid regular expressions are reported together, each at its line.
 */
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
        return read(file, Conventions.defaults().toBuilder()).build();
    }

    /**
     * As {@link #read(Path)}, from a stream; {@code source} names it in messages.
     *
     * @throws ConfigurationException listing every problem found, each at its line
     */
    public static Conventions read(InputStream in, String source) {
        return read(in, source, Conventions.defaults().toBuilder()).build();
    }

    static Conventions.Builder read(Path file, Conventions.Builder builder) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), builder);
        } catch (IOException e) {
            throw new ConfigurationException(List.of(Problem.error(Code.FILE, new SourceLocation(file.toString(), 0, 0), "",
                    "cannot be read: " + e.getMessage())));
        }
    }

    static Conventions.Builder read(InputStream in, String source, Conventions.Builder builder) {
        Node root;
        try {
            root = DocumentParser.parse(in, source, DescriptorFormat.YAML);
        } catch (io.meshgov.DescriptorException e) {
            throw new ConfigurationException(e.problems());
        }
        return read(root, source, builder);
    }

    static Conventions.Builder read(Node root, String source, Conventions.Builder builder) {
        if (!(root instanceof Node.Mapping mapping)) {
            throw new ConfigurationException(List.of(Problem.error(Code.CONTENT, root.location(), "",
                    "expected an object of conventions (ownerRoles, classifications, ...) but was " + root.describe())));
        }
        ReadContext context = new ReadContext(source);
        Section file = new Section(mapping, "", "", context);
        texts(file, "ownerRoles", builder::ownerRoles);
        texts(file, "backupOwnerRoles", builder::backupOwnerRoles);
        texts(file, "ownerProperties", builder::ownerProperties);
        if (file.has("ownerAlsoNamedBy")) {
            List<String> places = file.texts("ownerAlsoNamedBy");
            for (String place : places) {
                if (!Conventions.OWNER_PLACES.contains(place)) {
                    file.invalid("ownerAlsoNamedBy", "unknown place '" + Quoting.key(place) + "'"
                            + io.meshgov.ClosestName.hint(place, Conventions.OWNER_PLACES) + " (known: "
                            + String.join(", ", Conventions.OWNER_PLACES) + ")");
                }
            }
            builder.ownerAlsoNamedBy(places.stream().filter(Conventions.OWNER_PLACES::contains).toList());
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
            builder.classifications(levels);
        }
        text(file, "sensitiveFrom", builder::sensitiveFrom);
        text(file, "personalDataMinimum", builder::personalDataMinimum);
        texts(file, "personalDataTags", builder::personalDataTags);
        texts(file, "personalDataProperties", builder::personalDataProperties);
        if (file.has("personalDataNames")) {
            List<String> regexes = file.texts("personalDataNames");
            regexes.forEach(regex -> checkRegex(file, "personalDataNames", regex));
            builder.personalDataNames(regexes);
        }
        texts(file, "contractClassificationProperties", builder::contractClassificationProperties);
        naming(file, "propertyNaming", builder::propertyNaming);
        naming(file, "objectNaming", builder::objectNaming);
        texts(file, "tagVocabulary", builder::tagVocabulary);
        if (file.has("idPattern") && checkRegex(file, "idPattern", file.text("idPattern"))) {
            builder.idPattern(file.text("idPattern"));
        }
        texts(file, "statuses", builder::statuses);
        Integer notice = file.integer("deprecationNoticeDays");
        if (notice != null) {
            builder.deprecationNoticeDays(notice);
        }
        texts(file, "productionEnvironments", builder::productionEnvironments);
        texts(file, "freshnessProperties", builder::freshnessProperties);
        texts(file, "retentionProperties", builder::retentionProperties);
        texts(file, "exampleSafeDomains", builder::exampleSafeDomains);
        if (file.has("compatibility")) {
            CompatibilityMode mode = mode(file, "compatibility", file.text("compatibility"));
            if (mode != null) {
                builder.compatibility(mode);
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
            builder.domainCompatibility(modes);
        }
        if (file.has("requireDeprecationBeforeBreaking")) {
            builder.requireDeprecationBeforeBreaking(file.flag("requireDeprecationBeforeBreaking"));
        }
        if (file.has("statusStages")) {
            Section stages = file.section("statusStages");
            if (stages != null) {
                Map<String, List<String>> words = new java.util.LinkedHashMap<>();
                for (String stage : Conventions.STAGES) {
                    if (stages.has(stage)) {
                        words.put(stage, stages.texts(stage));
                    } else {
                        stages.missing(stage, "give the statuses that mean " + stage + ", e.g. " + stage + ": ["
                                + Conventions.defaults().statusStages().get(stage).get(0) + "]");
                    }
                }
                Section.unknownKeys(stages, Conventions.STAGES);
                builder.statusStages(words);
            }
        }
        for (String key : Conventions.SETTINGS) {
            if (mapping.members().containsKey(key) && !file.has(key)) {
                file.text(key); // asked for, so that it is not also called an unknown key
                file.invalid(key, "has no value; give one (a list may be empty: []), or remove the key to keep the"
                        + " default");
            }
        }
        unknownKeys(file, Conventions.SETTINGS);
        if (context.problems().isEmpty()) {
            try {
                builder.build();
            } catch (Conventions.InvalidSetting e) {
                file.invalid(e.setting(), e.reason());
            } catch (PatternSyntaxException e) {
                file.invalid("", "a regular expression does not compile: " + e.getDescription());
            }
        }
        if (!context.problems().isEmpty()) {
            List<Problem> sorted = new ArrayList<>(context.problems());
            sorted.sort(null);
            throw new ConfigurationException(sorted);
        }
        return builder;
    }

    private static CompatibilityMode mode(Section file, String key, String text) {
        CompatibilityMode mode = CompatibilityMode.ofName(text).orElse(null);
        if (mode == null) {
            List<String> modes = Arrays.stream(CompatibilityMode.values()).map(Enum::name).toList();
            file.invalid(key, "expected one of " + modes + " but was \"" + text + "\"" + ClosestName.hint(text, modes));
        }
        return mode;
    }

    private static void text(Section file, String key, Consumer<String> setter) {
        if (file.has(key)) {
            setter.accept(file.text(key));
        }
    }

    private static void texts(Section file, String key, Consumer<List<String>> setter) {
        if (file.has(key)) {
            setter.accept(file.texts(key));
        }
    }

    private static void naming(Section file, String key, Consumer<NamingConvention> setter) {
        if (file.has(key)) {
            String style = file.text(key);
            if (style != null && checkRegex(file, key, style)) {
                setter.accept(NamingConvention.of(style));
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
