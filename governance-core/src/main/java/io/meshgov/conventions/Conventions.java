package io.meshgov.conventions;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.evolution.CompatibilityMode;
import io.meshgov.model.CustomProperty;
import io.meshgov.model.DataContract;
import io.meshgov.model.Descriptor;
import io.meshgov.model.SchemaProperty;
import java.util.List;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The questions the standard rules ask of a council's conventions: is this role an owner, how strict is this
 * classification, does this name hold personal data, what does this status mean. The answers come from
 * {@link ConventionSettings}, what the council wrote; {@link #of} checks that the settings fit together.
 *
 * <p>Rules match the single {@code Conventions} fact of each evaluation: {@code Conventions( isSensitive($contract) )}.
 * Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class Conventions {

    private static final List<String> DURATION_PROPERTIES = List.of("latency", "frequency", "retention", "freshness",
            "timeToDetect", "timeToNotify", "timeToRepair");
    private static final Conventions DEFAULT = of(ConventionSettings.defaults());

    private final ConventionSettings settings;
    private final ClassificationScale scale;
    private final int sensitiveFrom;
    private final int personalDataMinimum;
    private final PersonalDataMarks personalData;
    private final Pattern idPattern;
    private final OwnerPlaces owners;
    private final RememberedVerdicts propertyNames;
    private final RememberedVerdicts objectNames;

    private Conventions(ConventionSettings settings) {
        this.settings = settings;
        SettingsChecks.check(settings);
        scale = new ClassificationScale(settings.classifications());
        sensitiveFrom = scale.requiredLevel("sensitiveFrom", settings.sensitiveFrom());
        personalDataMinimum = scale.requiredLevel("personalDataMinimum", settings.personalDataMinimum());
        personalData = new PersonalDataMarks(settings);
        owners = new OwnerPlaces(settings);
        idPattern = SettingsChecks.compile("idPattern", settings.idPattern(), 0);
        propertyNames = new RememberedVerdicts(settings.propertyNaming()::matches);
        objectNames = new RememberedVerdicts(settings.objectNaming()::matches);
    }

    /**
     * The questions answered from {@code settings}.
     *
     * @throws InvalidSetting naming the first setting that does not fit: a level not on the scale, a regular
     *                        expression that does not compile, a stage given a status that is not one of the statuses
     */
    public static Conventions of(ConventionSettings settings) {
        return new Conventions(settings);
    }

    /** The conventions meshgov ships, which the standard pack's cases and the corpus golden decisions assume. */
    public static Conventions defaults() {
        return DEFAULT;
    }

    /** What the council wrote. */
    public ConventionSettings settings() {
        return settings;
    }

    // ---- Roles

    /** Whether a team role counts as owner ({@code ownerRoles}). */
    public boolean isOwner(String role) {
        return role != null && settings.ownerRoles().contains(Words.normalize(role));
    }

    /** Whether a team role counts as backup owner ({@code backupOwnerRoles}). */
    public boolean isBackupOwner(String role) {
        return role != null && settings.backupOwnerRoles().contains(Words.normalize(role));
    }

    // ---- Classification

    /** The position of a classification on the scale (0 = least strict), or -1 when unknown or absent. */
    public int levelOf(String classification) {
        return scale.levelOf(classification);
    }

    /** Whether a classification is on the scale, by a level's name or a synonym (case and spacing ignored). */
    public boolean isKnownClassification(String classification) {
        return levelOf(classification) >= 0;
    }

    /** The scale's name for a level ({@code confidential}), or {@code "none"} for -1. */
    public String levelName(int level) {
        return scale.levelName(level);
    }

    /** The canonical names of the scale, least strict first. */
    public List<String> classificationNames() {
        return scale.names();
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

    /** Whether the contract's own classification is less strict than its most sensitive property's. */
    public boolean isClassifiedBelowItsMostSensitiveProperty(DataContract contract) {
        int declared = declaredLevel(contract);
        return declared >= 0 && declared < highestPropertyLevel(contract);
    }

    /** Whether a property holds personal data: it is marked so, or its name in snake_case matches a pattern. */
    public boolean isPersonalData(SchemaProperty property) {
        return personalData.isPersonalData(property);
    }

    /** Whether a tag ({@code personalDataTags}) or a flag ({@code personalDataProperties}) marks it personal data. */
    public boolean isMarkedPersonalData(SchemaProperty property) {
        return personalData.isMarked(property);
    }

    /** Whether a tag marks personal data ({@code personalDataTags}, case and separators ignored). */
    public boolean isPersonalDataTag(String tag) {
        return personalData.isTag(tag);
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
    public boolean ownerNamedOutsideTheMembers(Descriptor descriptor) {
        return owners.namedOutsideTheMembers(descriptor);
    }

    /**
     * What the descriptor does name about its owner when no team member has an owner role, for META-001's message:
     * {@code "; team 'checkout' is named, but not who in it is accountable"}, or the same for a top-level custom
     * property such as {@code owner} (its value is not quoted: it may be a person's address); {@code ""} otherwise.
     */
    public String ownerNamedElsewhere(Descriptor descriptor) {
        return owners.namedElsewhere(descriptor);
    }

    /** A property classified {@code sensitiveFrom} or stricter, or holding personal data. */
    public boolean isSensitive(SchemaProperty property) {
        return levelOf(property.classification()) >= sensitiveFrom || isPersonalData(property);
    }

    /** The contract's own classification, from the first of {@code contractClassificationProperties} it has. */
    public String declaredClassification(DataContract contract) {
        CustomProperty declared = declaration(contract);
        return declared == null ? null : declared.text();
    }

    /** The level of the contract's own classification, or -1 when it declares none on the scale. */
    public int declaredLevel(DataContract contract) {
        return levelOf(declaredClassification(contract));
    }

    /** The most strictly classified property of the contract, or {@code null} when none is classified. */
    public SchemaProperty mostSensitiveProperty(DataContract contract) {
        return scale.mostSensitiveProperty(contract);
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
        CustomProperty declared = declaration(contract);
        return declared == null ? null : declared.property();
    }

    private CustomProperty declaration(DataContract contract) {
        for (String name : settings.contractClassificationProperties()) {
            for (CustomProperty property : contract.customProperties()) {
                if (property.property().equalsIgnoreCase(name) && property.text() != null) {
                    return property;
                }
            }
        }
        return null;
    }

    /** The name of the contract classification property the remediation should suggest. */
    public String contractClassificationProperty() {
        List<String> names = settings.contractClassificationProperties();
        return names.isEmpty() ? "dataClassification" : names.get(0);
    }

    // ---- Naming and vocabularies

    /** Whether a property name follows the council's style ({@code propertyNaming}). */
    public boolean followsPropertyNaming(String name) {
        return name != null && propertyNames.test(name);
    }

    /** Whether a schema object name follows the council's style ({@code objectNaming}). */
    public boolean followsObjectNaming(String name) {
        return name != null && objectNames.test(name);
    }

    /** The style property names follow ({@code propertyNaming}). */
    public NamingConvention propertyNaming() {
        return settings.propertyNaming();
    }

    /** The style schema object names follow ({@code objectNaming}). */
    public NamingConvention objectNaming() {
        return settings.objectNaming();
    }

    /** Whether a tag is in the council's vocabulary; any tag is when the vocabulary is empty. */
    public boolean isAllowedTag(String tag) {
        return settings.tagVocabulary().isEmpty() || settings.tagVocabulary().contains(tag);
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

    /** Whether an id has the form the council asks for ({@code idPattern}: a UUID or a lower-case slug by default). */
    public boolean isWellFormedId(String id) {
        return id != null && idPattern.matcher(id).matches();
    }

    // ---- Lifecycle

    /** Whether a lifecycle status is one of the council's ({@code statuses}), ignoring case. */
    public boolean isKnownStatus(String status) {
        return status != null && settings.statuses().contains(Words.normalize(status));
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

    /** Whether a lifecycle status, such as a consumed contract's, means {@code deprecated} ({@code statusStages}). */
    public boolean meansDeprecated(String status) {
        return isAtStage("deprecated", status);
    }

    /** Whether a lifecycle status means {@code retired} ({@code statusStages}). */
    public boolean meansRetired(String status) {
        return isAtStage("retired", status);
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

    private boolean isAtStage(String stage, String status) {
        return status != null && settings.statusStages().get(stage).contains(Words.normalize(status));
    }

    /** The lifecycle statuses descriptors may have ({@code statuses}). */
    public List<String> statuses() {
        return settings.statuses();
    }

    /** How many days ahead a deprecation must announce the retirement ({@code deprecationNoticeDays}). */
    public int deprecationNoticeDays() {
        return settings.deprecationNoticeDays();
    }

    /** Whether a server environment is a production one ({@code productionEnvironments}), ignoring case. */
    public boolean isProductionEnvironment(String environment) {
        return environment != null && settings.productionEnvironments().contains(Words.normalize(environment));
    }

    // ---- Service levels

    /** Whether an SLA property states freshness ({@code freshnessProperties}: latency, frequency...), ignoring case. */
    public boolean isFreshnessProperty(String property) {
        return Words.containsIgnoringCase(settings.freshnessProperties(), property);
    }

    /** Whether an SLA property states retention ({@code retentionProperties}), ignoring case. */
    public boolean isRetentionProperty(String property) {
        return Words.containsIgnoringCase(settings.retentionProperties(), property);
    }

    /** The SLA properties that state freshness ({@code freshnessProperties}). */
    public List<String> freshnessProperties() {
        return settings.freshnessProperties();
    }

    /** Whether an SLA property measures a duration and so needs a unit (latency, retention, time to repair...). */
    public boolean needsUnit(String property) {
        return isFreshnessProperty(property) || isRetentionProperty(property)
                || Words.containsIgnoringCase(DURATION_PROPERTIES, property);
    }

    /** Whether a physical type plainly contradicts the logical type: {@code integer} stored as {@code varchar}. */
    public boolean physicalTypeContradicts(String logicalType, String physicalType) {
        return TypeFamilies.contradicts(logicalType, physicalType, null);
    }

    /** As {@link #physicalTypeContradicts(String, String)}, in the ODCS version a contract declares (v3.0 has no time). */
    public boolean physicalTypeContradicts(String logicalType, String physicalType, String apiVersion) {
        return TypeFamilies.contradicts(logicalType, physicalType, apiVersion);
    }

    /**
     * The compatibility mode a descriptor's new versions are judged under: its own custom property
     * {@code compatibility}, else its domain's ({@code domainCompatibility}), else the default.
     */
    public CompatibilityMode compatibilityOf(Descriptor descriptor) {
        // an unknown mode of its own is reported by the evolution rules; judged by the council's choice meanwhile
        CompatibilityMode byCouncil = descriptor.domain() == null ? settings.compatibility()
                : settings.domainCompatibility().getOrDefault(descriptor.domain(), settings.compatibility());
        return CompatibilityMode.ofName(descriptor.customProperty("compatibility")).orElse(byCouncil);
    }

    /** Whether an example looks like real data (an e-mail address outside {@code exampleSafeDomains}, a card...). */
    public boolean looksReal(String example) {
        return RealValueDetector.looksReal(example, settings.exampleSafeDomains());
    }

    /** Two conventions are equal when their settings are. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Conventions conventions && conventions.settings.equals(settings);
    }

    @Override
    public int hashCode() {
        return settings.hashCode();
    }

    /** Every setting, in a stable order: what the engine's fingerprint records of them. */
    @Override
    public String toString() {
        return settings.toString();
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

    /**
     * The logical type ODCS v3.1 gives what v3.0 wrote as {@code date} stored as {@code physicalType}: {@code time}
     * ({@code time}, {@code timetz}), {@code timestamp} ({@code timestamp}, {@code datetime}, ...), or {@code null}
     * when it stays a date (used by {@code meshgov upgrade}).
     */
    public static String logicalTypeOfV30Date(String physicalType) {
        return TypeFamilies.temporalFamilyOf(physicalType);
    }
}
