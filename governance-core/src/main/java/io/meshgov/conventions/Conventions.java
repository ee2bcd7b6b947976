package io.meshgov.conventions;

import io.meshgov.evolution.CompatibilityMode;
import io.meshgov.model.CustomProperty;
import io.meshgov.model.DataContract;
import io.meshgov.model.Descriptor;
import io.meshgov.model.SchemaObject;
import io.meshgov.model.SchemaProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The council's conventions, which the standard rules read: which team roles count as owner and backup owner,
 * the classification scale and its synonyms, what marks personal data, naming styles, vocabularies and
 * thresholds. ODCS and ODPS leave these loosely typed; here the mapping is explicit.
 *
 * <p>{@link #defaults()} are the shipped conventions (documented in {@code default-conventions.yaml});
 * {@code ConventionsReader.read} applies a council's own file on top of them. Rules match the single {@code Conventions}
 * fact of each evaluation: {@code Conventions( isSensitive($contract) )}. Immutable and thread-safe.
 */
public final class Conventions {

    private static final List<String> DURATION_PROPERTIES = List.of("latency", "frequency", "retention", "freshness",
            "timeToDetect", "timeToNotify", "timeToRepair");
    private static final NamingConvention SNAKE_CASE = NamingConvention.of("snake_case");
    /** Where, besides a team member with an owner role, a council may accept a descriptor naming its owner. */
    public static final List<String> OWNER_PLACES = List.of("teamName", "ownerProperty");
    /** Every convention, by its key in a conventions file. */
    public static final List<String> SETTINGS = List.of("ownerRoles", "backupOwnerRoles", "ownerProperties",
            "ownerAlsoNamedBy", "classifications", "sensitiveFrom", "personalDataMinimum", "personalDataTags",
            "personalDataProperties", "personalDataNames", "contractClassificationProperties", "propertyNaming",
            "objectNaming", "tagVocabulary", "idPattern", "statuses", "deprecationNoticeDays",
            "productionEnvironments", "freshnessProperties", "retentionProperties", "exampleSafeDomains",
            "compatibility", "domainCompatibility", "requireDeprecationBeforeBreaking", "statusStages");
    /** The lifecycle stages rules ask about; {@code statusStages} says which statuses mean each. */
    public static final List<String> STAGES = List.of("inDevelopment", "active", "deprecated", "retired");
    private static final Conventions DEFAULT = shipped();

    private final List<String> ownerRoles;
    private final List<String> backupOwnerRoles;
    private final List<String> ownerProperties;
    private final List<String> ownerAlsoNamedBy;
    private final List<ClassificationLevel> classifications;
    /** Every name and synonym of the scale, normalised, to its level: rules ask for levels on every property. */
    private final Map<String, Integer> levels = new java.util.HashMap<>();
    private final int sensitiveFrom;
    private final int personalDataMinimum;
    private final List<String> personalDataTags;
    private final List<String> personalDataProperties;
    private final List<Pattern> personalDataNames;
    private final RememberedVerdicts personalNames = new RememberedVerdicts(this::namesPersonalData);
    private final RememberedVerdicts propertyNames = new RememberedVerdicts(this::matchesPropertyNaming);
    private final RememberedVerdicts objectNames = new RememberedVerdicts(this::matchesObjectNaming);
    private final List<String> contractClassificationProperties;
    private final NamingConvention propertyNaming;
    private final NamingConvention objectNaming;
    private final List<String> tagVocabulary;
    private final Pattern idPattern;
    private final List<String> statuses;
    private final int deprecationNoticeDays;
    private final List<String> productionEnvironments;
    private final List<String> freshnessProperties;
    private final List<String> retentionProperties;
    private final List<String> exampleSafeDomains;
    private final CompatibilityMode compatibility;
    private final Map<String, CompatibilityMode> domainCompatibility;
    private final boolean requireDeprecationBeforeBreaking;
    private final Map<String, List<String>> statusStages;

    private Conventions(Builder builder) {
        ownerRoles = normalized(builder.ownerRoles);
        backupOwnerRoles = normalized(builder.backupOwnerRoles);
        ownerProperties = List.copyOf(builder.ownerProperties);
        ownerAlsoNamedBy = List.copyOf(builder.ownerAlsoNamedBy);
        for (String place : ownerAlsoNamedBy) {
            if (!OWNER_PLACES.contains(place)) {
                throw new InvalidSetting("ownerAlsoNamedBy", "takes " + OWNER_PLACES + " but was given '" + place + "'");
            }
        }
        classifications = List.copyOf(builder.classifications);
        for (int level = classifications.size() - 1; level >= 0; level--) {
            for (String name : classifications.get(level).names()) {
                levels.put(name, level);
            }
        }
        if (classifications.isEmpty()) {
            throw new InvalidSetting("classifications", "the classification scale needs at least one level");
        }
        sensitiveFrom = requiredLevel("sensitiveFrom", builder.sensitiveFrom);
        personalDataMinimum = requiredLevel("personalDataMinimum", builder.personalDataMinimum);
        personalDataTags = normalized(builder.personalDataTags);
        personalDataProperties = normalized(builder.personalDataProperties);
        personalDataNames = builder.personalDataNames.stream()
                .map(regex -> Pattern.compile(regex, Pattern.CASE_INSENSITIVE)).toList();
        contractClassificationProperties = List.copyOf(builder.contractClassificationProperties);
        propertyNaming = Objects.requireNonNull(builder.propertyNaming, "propertyNaming");
        objectNaming = Objects.requireNonNull(builder.objectNaming, "objectNaming");
        tagVocabulary = List.copyOf(builder.tagVocabulary);
        idPattern = Pattern.compile(builder.idPattern);
        statuses = normalized(builder.statuses);
        if (builder.deprecationNoticeDays < 0) {
            throw new InvalidSetting("deprecationNoticeDays", "must be 0 or more but was "
                    + builder.deprecationNoticeDays);
        }
        deprecationNoticeDays = builder.deprecationNoticeDays;
        productionEnvironments = normalized(builder.productionEnvironments);
        freshnessProperties = List.copyOf(builder.freshnessProperties);
        retentionProperties = List.copyOf(builder.retentionProperties);
        exampleSafeDomains = normalized(builder.exampleSafeDomains);
        compatibility = Objects.requireNonNull(builder.compatibility, "compatibility");
        domainCompatibility = Map.copyOf(builder.domainCompatibility);
        requireDeprecationBeforeBreaking = builder.requireDeprecationBeforeBreaking;
        statusStages = stagesOf(builder.statusStages, statuses);
    }

    /** The conventions meshgov ships, which the standard pack's cases and the corpus golden decisions assume. */
    public static Conventions defaults() {
        return DEFAULT;
    }

    /**
     * A setting's value in a form that compares by meaning: lists of names, patterns as their text, a scale as its
     * levels' names. For telling what a layer's conventions change.
     */
    Object settingValue(String setting) {
        return switch (setting) {
            case "ownerRoles" -> ownerRoles;
            case "backupOwnerRoles" -> backupOwnerRoles;
            case "ownerProperties" -> ownerProperties;
            case "ownerAlsoNamedBy" -> ownerAlsoNamedBy;
            case "classifications" -> String.valueOf(classifications);
            case "sensitiveFrom" -> sensitiveFrom;
            case "personalDataMinimum" -> personalDataMinimum;
            case "personalDataTags" -> personalDataTags;
            case "personalDataProperties" -> personalDataProperties;
            case "personalDataNames" -> personalDataNames.stream().map(Pattern::pattern).toList();
            case "contractClassificationProperties" -> contractClassificationProperties;
            case "propertyNaming" -> String.valueOf(propertyNaming);
            case "objectNaming" -> String.valueOf(objectNaming);
            case "tagVocabulary" -> tagVocabulary;
            case "idPattern" -> idPattern == null ? "" : idPattern.pattern();
            case "statuses" -> statuses;
            case "deprecationNoticeDays" -> deprecationNoticeDays;
            case "productionEnvironments" -> productionEnvironments;
            case "freshnessProperties" -> freshnessProperties;
            case "retentionProperties" -> retentionProperties;
            case "exampleSafeDomains" -> exampleSafeDomains;
            case "compatibility" -> compatibility;
            case "domainCompatibility" -> domainCompatibility;
            case "requireDeprecationBeforeBreaking" -> requireDeprecationBeforeBreaking;
            case "statusStages" -> String.valueOf(statusStages);
            default -> throw new IllegalArgumentException("no convention " + setting);
        };
    }

    /** A builder holding these conventions, to change some of them. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.ownerRoles = new ArrayList<>(ownerRoles);
        builder.backupOwnerRoles = new ArrayList<>(backupOwnerRoles);
        builder.ownerProperties = new ArrayList<>(ownerProperties);
        builder.ownerAlsoNamedBy = new ArrayList<>(ownerAlsoNamedBy);
        builder.classifications = new ArrayList<>(classifications);
        builder.sensitiveFrom = classifications.get(sensitiveFrom).name();
        builder.personalDataMinimum = classifications.get(personalDataMinimum).name();
        builder.personalDataTags = new ArrayList<>(personalDataTags);
        builder.personalDataProperties = new ArrayList<>(personalDataProperties);
        builder.personalDataNames = new ArrayList<>(personalDataNames.stream().map(Pattern::pattern).toList());
        builder.contractClassificationProperties = new ArrayList<>(contractClassificationProperties);
        builder.propertyNaming = propertyNaming;
        builder.objectNaming = objectNaming;
        builder.tagVocabulary = new ArrayList<>(tagVocabulary);
        builder.idPattern = idPattern.pattern();
        builder.statuses = new ArrayList<>(statuses);
        builder.deprecationNoticeDays = deprecationNoticeDays;
        builder.productionEnvironments = new ArrayList<>(productionEnvironments);
        builder.freshnessProperties = new ArrayList<>(freshnessProperties);
        builder.retentionProperties = new ArrayList<>(retentionProperties);
        builder.exampleSafeDomains = new ArrayList<>(exampleSafeDomains);
        builder.compatibility = compatibility;
        builder.domainCompatibility = new TreeMap<>(domainCompatibility);
        builder.requireDeprecationBeforeBreaking = requireDeprecationBeforeBreaking;
        builder.statusStages = new java.util.LinkedHashMap<>(statusStages);
        return builder;
    }

    // ---- Roles

    /** Whether a team role counts as owner ({@code ownerRoles}). */
    public boolean isOwner(String role) {
        return role != null && ownerRoles.contains(normalize(role));
    }

    /** Whether a team role counts as backup owner ({@code backupOwnerRoles}). */
    public boolean isBackupOwner(String role) {
        return role != null && backupOwnerRoles.contains(normalize(role));
    }

    // ---- Classification

    /** The position of a classification on the scale (0 = least strict), or -1 when unknown or absent. */
    public int levelOf(String classification) {
        if (classification == null) {
            return -1;
        }
        Integer level = levels.get(classification); // as written, most values are already a normalized name
        return level != null ? level : levels.getOrDefault(normalize(classification), -1);
    }

    /** Whether a classification is on the scale, by a level's name or a synonym (case and spacing ignored). */
    public boolean isKnownClassification(String classification) {
        return levelOf(classification) >= 0;
    }

    /** The scale's name for a level ({@code confidential}), or {@code "none"} for -1. */
    public String levelName(int level) {
        return level < 0 || level >= classifications.size() ? "none" : classifications.get(level).name();
    }

    /** The canonical names of the scale, least strict first. */
    public List<String> classificationNames() {
        return classifications.stream().map(ClassificationLevel::name).toList();
    }

    /** The level from which data counts as sensitive ({@code sensitiveFrom}), 0 being the least strict. */
    public int sensitiveLevel() {
        return sensitiveFrom;
    }

    /** The least strict level personal data may have ({@code personalDataMinimum}). */
    public int personalDataMinimumLevel() {
        return personalDataMinimum;
    }

    /**
     * Whether the property's classification is on the scale but below the personal-data minimum
     * ({@code personalDataMinimum}): {@code internal} where personal data must be at least {@code confidential}.
     */
    public boolean isClassifiedBelowPersonalDataMinimum(SchemaProperty property) {
        int level = levelOf(property.classification());
        return level >= 0 && level < personalDataMinimum;
    }

    /** Whether some property of the contract is classified at the sensitive level ({@code sensitiveFrom}) or above. */
    public boolean holdsSensitiveProperties(DataContract contract) {
        return highestPropertyLevel(contract) >= sensitiveFrom;
    }

    /** Whether the contract names a classification of its own ({@code contractClassificationProperties}). */
    public boolean declaresClassification(DataContract contract) {
        return declaredClassification(contract) != null;
    }

    /**
     * Whether the contract's own classification is on the scale and less strict than its most sensitive property's:
     * {@code internal} for a contract with a {@code restricted} column.
     */
    public boolean isClassifiedBelowItsMostSensitiveProperty(DataContract contract) {
        int declared = declaredLevel(contract);
        return declared >= 0 && declared < highestPropertyLevel(contract);
    }

    /**
     * Whether a property holds personal data: a personal-data tag, or a name that matches a personal pattern
     * when read in snake_case ({@code customerEmail} as {@code customer_email}).
     */
    public boolean isPersonalData(SchemaProperty property) {
        if (isMarkedPersonalData(property)) {
            return true;
        }
        if (property.name() == null) {
            return false;
        }
        return personalNames.test(property.name());
    }

    /**
     * Whether the contract itself marks the property as personal data — a tag of {@code personalDataTags} or a
     * custom property of {@code personalDataProperties} — rather than its name suggesting it.
     */
    public boolean isMarkedPersonalData(SchemaProperty property) {
        for (String tag : property.tags()) {
            if (personalDataTags.contains(normalize(tag))) {
                return true;
            }
        }
        return !personalDataProperties.isEmpty() && flaggedPersonal(property);
    }

    /** Whether a classification names a level at or above {@code sensitiveFrom}. */
    public boolean isSensitiveClassification(String classification) {
        return levelOf(classification) >= sensitiveFrom;
    }

    /**
     * Whether the descriptor names its owner in a place the council accepts besides a team member with an owner role
     * ({@code ownerAlsoNamedBy}): the team's name ({@code teamName}), or a top-level custom property named in
     * {@code ownerProperties} ({@code ownerProperty}). By default it accepts neither: ODCS and ODPS name owners as
     * team members with a role.
     */
    public boolean ownerNamedOutsideTheMembers(io.meshgov.model.Descriptor descriptor) {
        return ownerAlsoNamedBy.contains("teamName") && namedTeam(descriptor) != null
                || ownerAlsoNamedBy.contains("ownerProperty") && ownerProperty(descriptor) != null;
    }

    /**
     * What the descriptor does name about its owner when no team member has an owner role, for META-001's message:
     * {@code "; team 'checkout' is named, but not who in it is accountable"}, or the same for a top-level custom
     * property such as {@code owner} (its value is not quoted: it may be a person's address); {@code ""} otherwise.
     */
    public String ownerNamedElsewhere(io.meshgov.model.Descriptor descriptor) {
        String team = namedTeam(descriptor);
        if (team != null) {
            return "; team '" + (team.length() <= 60 ? team : team.substring(0, 57) + "...")
                    + "' is named, but not who in it is accountable";
        }
        String property = ownerProperty(descriptor);
        if (property != null) {
            return "; the custom property '" + property + "' names an owner, but ODCS and ODPS name owners as team"
                    + " members with an owner role";
        }
        return "";
    }

    private static String namedTeam(io.meshgov.model.Descriptor descriptor) {
        return descriptor.team() != null && descriptor.team().name() != null && !descriptor.team().name().isBlank()
                ? descriptor.team().name().strip() : null;
    }

    private String ownerProperty(io.meshgov.model.Descriptor descriptor) {
        for (String property : ownerProperties) {
            Object value = descriptor.customProperty(property);
            if (value != null && !String.valueOf(value).isBlank()) {
                return property;
            }
        }
        return null;
    }

    /**
     * Whether a custom property named in {@code personalDataProperties} is true ({@code customProperties: [{property:
     * pii, value: true}]}, as datacontract-cli writes it), or the property carries such a key itself ({@code pii:
     * true}, which ODCS keeps as an extension).
     */
    private boolean flaggedPersonal(SchemaProperty property) {
        for (io.meshgov.model.CustomProperty custom : property.customProperties()) {
            if (isTrue(custom.value()) && personalDataProperties.contains(normalize(custom.property()))) {
                return true;
            }
        }
        for (Map.Entry<String, Object> extension : property.extensions().entrySet()) {
            if (isTrue(extension.getValue()) && personalDataProperties.contains(normalize(extension.getKey()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTrue(Object value) {
        return Boolean.TRUE.equals(value) || value instanceof String text && text.strip().equalsIgnoreCase("true");
    }

    private boolean namesPersonalData(String name) {
        String words = SNAKE_CASE.suggest(name);
        return personalDataNames.stream().anyMatch(pattern -> pattern.matcher(words).matches());
    }

    /** A property classified {@code sensitiveFrom} or stricter, or holding personal data. */
    public boolean isSensitive(SchemaProperty property) {
        return levelOf(property.classification()) >= sensitiveFrom || isPersonalData(property);
    }

    /** The contract's own classification, from the first of {@code contractClassificationProperties} it has. */
    public String declaredClassification(DataContract contract) {
        for (String name : contractClassificationProperties) {
            for (CustomProperty property : contract.customProperties()) {
                if (property.property().equalsIgnoreCase(name) && property.text() != null) {
                    return property.text();
                }
            }
        }
        return null;
    }

    /** The level of the contract's own classification, or -1 when it declares none on the scale. */
    public int declaredLevel(DataContract contract) {
        return levelOf(declaredClassification(contract));
    }

    /** The most strictly classified property of the contract, or {@code null} when none is classified. */
    public SchemaProperty mostSensitiveProperty(DataContract contract) {
        // Several rules ask this of every contract: walk the schema in place rather than copy its properties.
        SchemaProperty most = null;
        for (SchemaObject object : contract.schema()) {
            for (SchemaProperty property : object.properties()) {
                most = moreSensitive(most, property);
            }
        }
        return most;
    }

    /** {@code most}, or the first property strictly more sensitive in {@code property}'s tree (document order). */
    private SchemaProperty moreSensitive(SchemaProperty most, SchemaProperty property) {
        if (levelOf(property.classification()) > (most == null ? -1 : levelOf(most.classification()))) {
            most = property;
        }
        if (property.items() != null) {
            most = moreSensitive(most, property.items());
        }
        for (SchemaProperty nested : property.properties()) {
            most = moreSensitive(most, nested);
        }
        return most;
    }

    /** The level of the contract's most sensitive property, or -1 when no property is classified on the scale. */
    public int highestPropertyLevel(DataContract contract) {
        SchemaProperty most = mostSensitiveProperty(contract);
        return most == null ? -1 : levelOf(most.classification());
    }

    /** The strictest of the contract's declared classification and its properties'. */
    public int effectiveLevel(DataContract contract) {
        return Math.max(declaredLevel(contract), highestPropertyLevel(contract));
    }

    /** Whether the contract holds data at {@code sensitiveFrom} or stricter. */
    public boolean isSensitive(DataContract contract) {
        return effectiveLevel(contract) >= sensitiveFrom;
    }

    /** Which of {@code contractClassificationProperties} the contract uses, or {@code null}. */
    public String declaredClassificationProperty(DataContract contract) {
        for (String name : contractClassificationProperties) {
            for (CustomProperty property : contract.customProperties()) {
                if (property.property().equalsIgnoreCase(name) && property.text() != null) {
                    return property.property();
                }
            }
        }
        return null;
    }

    /** The name of the contract classification property the remediation should suggest. */
    public String contractClassificationProperty() {
        return contractClassificationProperties.isEmpty() ? "dataClassification" : contractClassificationProperties.get(0);
    }

    // ---- Naming and vocabularies

    /** Whether a property name follows the council's style ({@code propertyNaming}). */
    public boolean followsPropertyNaming(String name) {
        return name != null && propertyNames.test(name);
    }

    private boolean matchesPropertyNaming(String name) {
        return propertyNaming.matches(name);
    }

    /** Whether a schema object name follows the council's style ({@code objectNaming}). */
    public boolean followsObjectNaming(String name) {
        return name != null && objectNames.test(name);
    }

    private boolean matchesObjectNaming(String name) {
        return objectNaming.matches(name);
    }

    /** The style property names follow ({@code propertyNaming}). */
    public NamingConvention propertyNaming() {
        return propertyNaming;
    }

    /** The style schema object names follow ({@code objectNaming}). */
    public NamingConvention objectNaming() {
        return objectNaming;
    }

    /** Whether a tag is in the council's vocabulary; any tag is when the vocabulary is empty. */
    public boolean isAllowedTag(String tag) {
        return tagVocabulary.isEmpty() || tagVocabulary.contains(tag);
    }

    /** Whether every one of the tags is in the council's vocabulary (any tag is, when the council sets none). */
    public boolean allowsEveryTag(List<String> tags) {
        for (int i = 0; i < tags.size(); i++) {
            if (!isAllowedTag(tags.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The tags descriptors may use ({@code tagVocabulary}); empty when any tag is allowed. */
    public List<String> tagVocabulary() {
        return tagVocabulary;
    }

    /** Whether an id has the form the council asks for ({@code idPattern}: a UUID or a lower-case slug by default). */
    public boolean isWellFormedId(String id) {
        return id != null && idPattern.matcher(id).matches();
    }

    // ---- Lifecycle

    /** Whether a lifecycle status is one of the council's ({@code statuses}), ignoring case. */
    public boolean isKnownStatus(String status) {
        return status != null && statuses.contains(normalize(status));
    }

    /**
     * Whether the descriptor is still being written: its status means {@code inDevelopment} ({@code statusStages};
     * {@code proposed} or {@code draft} by default).
     */
    public boolean isInDevelopment(Descriptor descriptor) {
        return isAtStage("inDevelopment", descriptor.status());
    }

    /** Whether the descriptor is in use: its status means {@code active} ({@code statusStages}). */
    public boolean isActive(Descriptor descriptor) {
        return isAtStage("active", descriptor.status());
    }

    /** Whether a lifecycle status, such as an earlier version's, means {@code active} ({@code statusStages}). */
    public boolean meansActive(String status) {
        return isAtStage("active", status);
    }

    /** Whether a lifecycle status means {@code inDevelopment} ({@code statusStages}). */
    public boolean meansInDevelopment(String status) {
        return isAtStage("inDevelopment", status);
    }

    /**
     * Whether a lifecycle status means the descriptor was released to consumers: {@code active},
     * {@code deprecated} or {@code retired} ({@code statusStages}).
     */
    public boolean meansReleased(String status) {
        return isAtStage("active", status) || isAtStage("deprecated", status) || isAtStage("retired", status);
    }

    /** Whether the descriptor is on its way out: its status means {@code deprecated} ({@code statusStages}). */
    public boolean isDeprecated(Descriptor descriptor) {
        return isAtStage("deprecated", descriptor.status());
    }

    /** Whether the descriptor is no longer served: its status means {@code retired} ({@code statusStages}). */
    public boolean isRetired(Descriptor descriptor) {
        return isAtStage("retired", descriptor.status());
    }

    /** The statuses that mean each lifecycle stage rules ask about ({@code statusStages}), in {@link #STAGES} order. */
    public Map<String, List<String>> statusStages() {
        return statusStages;
    }

    private boolean isAtStage(String stage, String status) {
        return status != null && statusStages.get(stage).contains(normalize(status));
    }

    private static Map<String, List<String>> stagesOf(Map<String, List<String>> given, List<String> statuses) {
        List<String> missing = STAGES.stream().filter(stage -> !given.containsKey(stage)).toList();
        List<String> unknown = given.keySet().stream().filter(stage -> !STAGES.contains(stage)).toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new InvalidSetting("statusStages", "names the stages " + STAGES + (missing.isEmpty() ? ""
                    : "; missing: " + missing) + (unknown.isEmpty() ? "" : "; unknown: " + unknown));
        }
        Map<String, List<String>> stages = new java.util.LinkedHashMap<>();
        for (String stage : STAGES) {
            List<String> words = normalized(given.get(stage));
            for (String word : words) {
                if (!statuses.contains(word)) {
                    throw new InvalidSetting("statusStages", "gives " + stage + " the status '" + word
                            + "', which is not one of the statuses " + statuses + "; add it to statuses or remove it");
                }
            }
            stages.put(stage, words);
        }
        return java.util.Collections.unmodifiableMap(stages);
    }

    /** The lifecycle statuses descriptors may have ({@code statuses}). */
    public List<String> statuses() {
        return statuses;
    }

    /** How many days ahead a deprecation must announce the retirement ({@code deprecationNoticeDays}). */
    public int deprecationNoticeDays() {
        return deprecationNoticeDays;
    }

    /** Whether a server environment is a production one ({@code productionEnvironments}), ignoring case. */
    public boolean isProductionEnvironment(String environment) {
        return environment != null && productionEnvironments.contains(normalize(environment));
    }

    // ---- Service levels

    /** Whether an SLA property states freshness ({@code freshnessProperties}: latency, frequency...), ignoring case. */
    public boolean isFreshnessProperty(String property) {
        return containsIgnoringCase(freshnessProperties, property);
    }

    /** Whether an SLA property states retention ({@code retentionProperties}), ignoring case. */
    public boolean isRetentionProperty(String property) {
        return containsIgnoringCase(retentionProperties, property);
    }

    /** The SLA properties that state freshness ({@code freshnessProperties}). */
    public List<String> freshnessProperties() {
        return freshnessProperties;
    }

    /** Whether an SLA property measures a duration and so needs a unit (latency, retention, time to repair...). */
    public boolean needsUnit(String property) {
        return isFreshnessProperty(property) || isRetentionProperty(property)
                || containsIgnoringCase(DURATION_PROPERTIES, property);
    }

    /** A loop, not a stream: rules ask this of every SLA property, several times each. */
    private static boolean containsIgnoringCase(List<String> names, String name) {
        if (name == null) {
            return false;
        }
        for (String candidate : names) {
            if (candidate.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    // ---- Types

    /**
     * Whether a physical type plainly contradicts the logical type ({@code integer} stored as {@code varchar},
     * {@code date} as {@code boolean}); physical types meshgov does not recognise never contradict.
     */
    public boolean physicalTypeContradicts(String logicalType, String physicalType) {
        return TypeFamilies.contradicts(logicalType, physicalType, null);
    }

    /**
     * As {@link #physicalTypeContradicts(String, String)}, in the ODCS version a contract declares: ODCS v3.0 has no
     * {@code time} or {@code timestamp} logical type, so there a {@code date} may be stored as a time or a timestamp.
     */
    public boolean physicalTypeContradicts(String logicalType, String physicalType, String apiVersion) {
        return TypeFamilies.contradicts(logicalType, physicalType, apiVersion);
    }

    // ---- Evolution

    /**
     * The compatibility mode a descriptor's new versions are judged under: its own custom property
     * {@code compatibility}, else its domain's ({@code domainCompatibility}), else the default.
     */
    public CompatibilityMode compatibilityOf(Descriptor descriptor) {
        // an unknown mode of its own is reported by the evolution rules; judged by the council's choice meanwhile
        CompatibilityMode own = CompatibilityMode.ofName(descriptor.customProperty("compatibility")).orElse(null);
        if (own != null) {
            return own;
        }
        CompatibilityMode byDomain = descriptor.domain() == null ? null : domainCompatibility.get(descriptor.domain());
        return byDomain != null ? byDomain : compatibility;
    }

    /**
     * Whether a breaking change to an active contract needs an earlier deprecation ({@code
     * requireDeprecationBeforeBreaking}).
     */
    public boolean requireDeprecationBeforeBreaking() {
        return requireDeprecationBeforeBreaking;
    }

    // ---- Examples

    /**
     * Whether an example value looks like real data rather than a placeholder: an e-mail address outside the
     * safe domains, a payment card number (Luhn-valid), an IBAN, a US social security number, a phone number, a
     * public IPv4 address. Masked values ({@code ****}, {@code xxx}, {@code ###}) are placeholders.
     */
    public boolean looksReal(String example) {
        return RealValueDetector.looksReal(example, exampleSafeDomains);
    }

    /** Every convention, in a stable order: what the engine's fingerprint records of them. */
    @Override
    public String toString() {
        return "ownerRoles=" + ownerRoles + "; backupOwnerRoles=" + backupOwnerRoles + "; ownerProperties="
                + ownerProperties + "; ownerAlsoNamedBy=" + ownerAlsoNamedBy + "; classifications="
                + classifications + "; sensitiveFrom=" + levelName(sensitiveFrom) + "; personalDataMinimum="
                + levelName(personalDataMinimum) + "; personalDataTags=" + personalDataTags + "; personalDataProperties="
                + personalDataProperties + "; personalDataNames="
                + personalDataNames.stream().map(Pattern::pattern).toList() + "; contractClassificationProperties="
                + contractClassificationProperties + "; propertyNaming=" + propertyNaming.pattern().pattern()
                + "; objectNaming=" + objectNaming.pattern().pattern() + "; tagVocabulary=" + tagVocabulary
                + "; idPattern=" + idPattern.pattern() + "; statuses=" + statuses + "; deprecationNoticeDays="
                + deprecationNoticeDays + "; productionEnvironments=" + productionEnvironments
                + "; freshnessProperties=" + freshnessProperties + "; retentionProperties=" + retentionProperties
                + "; exampleSafeDomains=" + exampleSafeDomains + "; compatibility=" + compatibility
                + "; domainCompatibility=" + new TreeMap<>(domainCompatibility) + "; requireDeprecationBeforeBreaking="
                + requireDeprecationBeforeBreaking + "; statusStages=" + statusStages;
    }

    /** Lower case, with {@code _}, {@code -} and runs of white space read as one space: {@code Backup_Owner} → {@code backup owner}. */
    static String normalize(String text) {
        String stripped = text.strip();
        for (int i = 0; i < stripped.length(); i++) {
            if (stripped.charAt(i) > 127) { // beyond ASCII, let the JDK's case rules decide
                return stripped.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ");
            }
        }
        StringBuilder out = null;
        boolean space = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            char normal = c == '_' || c == '-' || Character.isWhitespace(c) ? ' ' : Character.toLowerCase(c);
            boolean repeatedSpace = normal == ' ' && space;
            if (out == null && (normal != c || repeatedSpace)) {
                out = new StringBuilder(stripped.length()).append(stripped, 0, i);
            }
            if (out != null && !repeatedSpace) {
                out.append(normal);
            }
            space = normal == ' ';
        }
        return out == null ? stripped : out.toString();
    }

    private static List<String> normalized(List<String> texts) {
        return texts.stream().map(Conventions::normalize).toList();
    }

    private int requiredLevel(String key, String name) {
        int level = levelOf(name);
        if (level < 0) {
            throw new InvalidSetting(key, "must name a classification of the scale " + classificationNames()
                    + " but was \"" + name + "\"");
        }
        return level;
    }

    /**
     * The shipped conventions, as {@code default-conventions.yaml} beside this class documents them (a test keeps
     * the two equal).
     */
    private static Conventions shipped() {
        return new Builder()
                .ownerRoles(List.of("owner", "data owner", "data product owner", "product owner", "dataset owner"))
                .backupOwnerRoles(List.of("backup owner", "deputy owner", "co-owner", "secondary owner",
                        "data steward", "steward"))
                .ownerProperties(List.of("owner", "dataOwner", "productOwner", "dataProductOwner"))
                .ownerAlsoNamedBy(List.of())
                .classifications(List.of(
                        new ClassificationLevel("public", List.of("open")),
                        new ClassificationLevel("internal", List.of("private", "company", "internal use",
                                "internal only")),
                        new ClassificationLevel("confidential", List.of("sensitive", "pii", "personal",
                                "personal data")),
                        new ClassificationLevel("restricted", List.of("highly confidential", "strictly confidential",
                                "secret", "sensitive personal data", "spi"))))
                .sensitiveFrom("confidential")
                .personalDataMinimum("confidential")
                .personalDataTags(List.of("pii", "personal", "personal-data", "personal_data", "gdpr", "sensitive"))
                .personalDataProperties(List.of("pii", "isPii", "containsPii", "personalData", "personal_data", "gdpr"))
                .personalDataNames(List.of(
                        "(.*_)?e_?mail[a-z]*(_.*)?",
                        "(.*_)?(phone|mobile|fax)[a-z]*(_.*)?",
                        "(.*_)?(first|last|middle|full|given|family|sur)_?name(_.*)?",
                        "(.*_)?(birth|birthdate|birthday|dob)(_.*)?",
                        "(.*_)?(date_of_birth|ssn|social_security(_number)?)(_.*)?",
                        "(.*_)?(national_?id|passport|tax_?id|iban)[a-z]*(_.*)?",
                        "(.*_)?(card_?number|credit_?card|pan)(_.*)?",
                        "(.*_)?ip_?address(_.*)?",
                        "(.*_)?(address_?line_?[0-9]*|street)(_.*)?"))
                .contractClassificationProperties(List.of("dataClassification", "classification", "confidentiality"))
                .propertyNaming(SNAKE_CASE)
                .objectNaming(SNAKE_CASE)
                .tagVocabulary(List.of())
                .idPattern("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
                        + "|[a-z0-9][a-z0-9._-]*")
                .statuses(List.of("proposed", "draft", "active", "deprecated", "retired"))
                .deprecationNoticeDays(90)
                .productionEnvironments(List.of("prod", "production", "prd", "live"))
                .freshnessProperties(List.of("latency", "frequency", "freshness"))
                .retentionProperties(List.of("retention"))
                .exampleSafeDomains(List.of("example.com", "example.org", "example.net", "example.invalid", "test",
                        "invalid"))
                .compatibility(CompatibilityMode.BACKWARD)
                .domainCompatibility(Map.of())
                .requireDeprecationBeforeBreaking(true)
                .statusStages(Map.of("inDevelopment", List.of("proposed", "draft"), "active", List.of("active"),
                        "deprecated", List.of("deprecated"), "retired", List.of("retired")))
                .build();
    }


    /** A setting the conventions cannot take, named by its key in a conventions file. */
    public static final class InvalidSetting extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final String setting;
        private final String reason;

        InvalidSetting(String setting, String reason) {
            super(setting + " " + reason);
            this.setting = setting;
            this.reason = reason;
        }

        /** The setting's key, as a conventions file writes it: {@code sensitiveFrom}. */
        public String setting() {
            return setting;
        }

        /** What is wrong with its value, and how to fix it. */
        public String reason() {
            return reason;
        }
    }

    /** Collects conventions; each setter replaces that convention entirely. */
    public static final class Builder {
        List<String> ownerRoles = new ArrayList<>();
        List<String> backupOwnerRoles = new ArrayList<>();
        List<String> ownerProperties = new ArrayList<>();
        List<String> ownerAlsoNamedBy = new ArrayList<>();
        List<ClassificationLevel> classifications = new ArrayList<>();
        String sensitiveFrom;
        String personalDataMinimum;
        List<String> personalDataTags = new ArrayList<>();
        List<String> personalDataProperties = new ArrayList<>();
        List<String> personalDataNames = new ArrayList<>();
        List<String> contractClassificationProperties = new ArrayList<>();
        NamingConvention propertyNaming = NamingConvention.of("snake_case");
        NamingConvention objectNaming = NamingConvention.of("snake_case");
        List<String> tagVocabulary = new ArrayList<>();
        String idPattern = ".+";
        List<String> statuses = new ArrayList<>();
        int deprecationNoticeDays;
        List<String> productionEnvironments = new ArrayList<>();
        List<String> freshnessProperties = new ArrayList<>();
        List<String> retentionProperties = new ArrayList<>();
        List<String> exampleSafeDomains = new ArrayList<>();
        CompatibilityMode compatibility = CompatibilityMode.BACKWARD;
        Map<String, CompatibilityMode> domainCompatibility = new TreeMap<>();
        boolean requireDeprecationBeforeBreaking;
        Map<String, List<String>> statusStages = new java.util.LinkedHashMap<>();

        Builder() {
        }

        /** The compatibility mode new versions are judged under unless a domain or contract says otherwise. */
        public Builder compatibility(CompatibilityMode mode) {
            compatibility = mode;
            return this;
        }

        /** Each domain's own compatibility mode, by domain name. */
        public Builder domainCompatibility(Map<String, CompatibilityMode> modes) {
            domainCompatibility = new TreeMap<>(modes);
            return this;
        }

        /**
         * The statuses that mean each lifecycle stage rules ask about: every one of {@link #STAGES}, each with
         * statuses from {@code statuses}.
         */
        public Builder statusStages(Map<String, List<String>> stages) {
            statusStages = new java.util.LinkedHashMap<>(stages);
            return this;
        }

        /** Whether a breaking change to an active contract needs an earlier deprecation. */
        public Builder requireDeprecationBeforeBreaking(boolean required) {
            requireDeprecationBeforeBreaking = required;
            return this;
        }

        /** The team roles that count as owner. */
        public Builder ownerRoles(List<String> roles) {
            ownerRoles = new ArrayList<>(roles);
            return this;
        }

        /** The team roles that count as backup owner. */
        public Builder backupOwnerRoles(List<String> roles) {
            backupOwnerRoles = new ArrayList<>(roles);
            return this;
        }

        /** Top-level custom properties that name an owner ({@code owner}, {@code dataOwner}...). */
        public Builder ownerProperties(List<String> names) {
            ownerProperties = new ArrayList<>(names);
            return this;
        }

        /** Where else an owner may be named: {@code teamName}, {@code ownerProperty} ({@link #OWNER_PLACES}). */
        public Builder ownerAlsoNamedBy(List<String> places) {
            ownerAlsoNamedBy = new ArrayList<>(places);
            return this;
        }

        /** The classification scale, least strict first, with each level's synonyms. */
        public Builder classifications(List<ClassificationLevel> levels) {
            classifications = new ArrayList<>(levels);
            return this;
        }

        /** The level (a name on the scale) from which data counts as sensitive. */
        public Builder sensitiveFrom(String level) {
            sensitiveFrom = level;
            return this;
        }

        /** The least strict level (a name on the scale) personal data may have. */
        public Builder personalDataMinimum(String level) {
            personalDataMinimum = level;
            return this;
        }

        /** The tags that mark a property as personal data. */
        public Builder personalDataTags(List<String> tags) {
            personalDataTags = new ArrayList<>(tags);
            return this;
        }

        /** Custom properties (or property keys) whose value {@code true} marks personal data ({@code pii}). */
        public Builder personalDataProperties(List<String> names) {
            personalDataProperties = new ArrayList<>(names);
            return this;
        }

        /** The regular expressions a property name (in snake_case) matches when it names personal data. */
        public Builder personalDataNames(List<String> regexes) {
            personalDataNames = new ArrayList<>(regexes);
            return this;
        }

        /** The top-level custom properties that hold a contract's own classification, first found first. */
        public Builder contractClassificationProperties(List<String> names) {
            contractClassificationProperties = new ArrayList<>(names);
            return this;
        }

        /** The style property names follow. */
        public Builder propertyNaming(NamingConvention naming) {
            propertyNaming = naming;
            return this;
        }

        /** The style schema object names follow. */
        public Builder objectNaming(NamingConvention naming) {
            objectNaming = naming;
            return this;
        }

        /** The tags descriptors may use; empty for any tag. */
        public Builder tagVocabulary(List<String> tags) {
            tagVocabulary = new ArrayList<>(tags);
            return this;
        }

        /** The regular expression a well-formed id matches, whole. */
        public Builder idPattern(String regex) {
            idPattern = regex;
            return this;
        }

        /** The lifecycle statuses descriptors may have. */
        public Builder statuses(List<String> values) {
            statuses = new ArrayList<>(values);
            return this;
        }

        /** How many days ahead a deprecation must announce the retirement; 0 or more. */
        public Builder deprecationNoticeDays(int days) {
            deprecationNoticeDays = days;
            return this;
        }

        /** The server environments that count as production. */
        public Builder productionEnvironments(List<String> environments) {
            productionEnvironments = new ArrayList<>(environments);
            return this;
        }

        /** The SLA properties that state freshness. */
        public Builder freshnessProperties(List<String> properties) {
            freshnessProperties = new ArrayList<>(properties);
            return this;
        }

        /** The SLA properties that state retention. */
        public Builder retentionProperties(List<String> properties) {
            retentionProperties = new ArrayList<>(properties);
            return this;
        }

        /** The e-mail domains whose example values are placeholders, not leaks. */
        public Builder exampleSafeDomains(List<String> domains) {
            exampleSafeDomains = new ArrayList<>(domains);
            return this;
        }

        /** Takes one setting ({@link #SETTINGS}) from {@code from}, as a policy layer's conventions do. */
        void copy(String setting, Conventions from) {
            Builder source = from.toBuilder();
            switch (setting) {
                case "ownerRoles" -> ownerRoles = source.ownerRoles;
                case "backupOwnerRoles" -> backupOwnerRoles = source.backupOwnerRoles;
                case "ownerProperties" -> ownerProperties = source.ownerProperties;
                case "ownerAlsoNamedBy" -> ownerAlsoNamedBy = source.ownerAlsoNamedBy;
                case "classifications" -> classifications = source.classifications;
                case "sensitiveFrom" -> sensitiveFrom = source.sensitiveFrom;
                case "personalDataMinimum" -> personalDataMinimum = source.personalDataMinimum;
                case "personalDataTags" -> personalDataTags = source.personalDataTags;
                case "personalDataProperties" -> personalDataProperties = source.personalDataProperties;
                case "personalDataNames" -> personalDataNames = source.personalDataNames;
                case "contractClassificationProperties" ->
                        contractClassificationProperties = source.contractClassificationProperties;
                case "propertyNaming" -> propertyNaming = source.propertyNaming;
                case "objectNaming" -> objectNaming = source.objectNaming;
                case "tagVocabulary" -> tagVocabulary = source.tagVocabulary;
                case "idPattern" -> idPattern = source.idPattern;
                case "statuses" -> statuses = source.statuses;
                case "deprecationNoticeDays" -> deprecationNoticeDays = source.deprecationNoticeDays;
                case "productionEnvironments" -> productionEnvironments = source.productionEnvironments;
                case "freshnessProperties" -> freshnessProperties = source.freshnessProperties;
                case "retentionProperties" -> retentionProperties = source.retentionProperties;
                case "exampleSafeDomains" -> exampleSafeDomains = source.exampleSafeDomains;
                case "compatibility" -> compatibility = source.compatibility;
                case "domainCompatibility" -> domainCompatibility = source.domainCompatibility;
                case "requireDeprecationBeforeBreaking" ->
                        requireDeprecationBeforeBreaking = source.requireDeprecationBeforeBreaking;
                case "statusStages" -> statusStages = source.statusStages;
                default -> throw new IllegalArgumentException("no convention " + setting);
            }
        }

        /**
         * The conventions.
         *
         * @throws InvalidSetting naming the first setting that is invalid
         */
        public Conventions build() {
            return new Conventions(this);
        }
    }
}
