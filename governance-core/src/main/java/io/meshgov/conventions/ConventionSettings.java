package io.meshgov.conventions;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.meshgov.evolution.CompatibilityMode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * What a council writes in its conventions file, one component per setting, named by its key in that file. A plain
 * immutable value: names the rules compare ignoring case and spacing are kept in that form ({@code Data_Owner} as
 * {@code data owner}); whether the settings fit together is checked by {@link Conventions#of}, which turns them into
 * the questions rules ask. Change settings with the {@code with...} methods:
 * {@code Conventions.of(ConventionSettings.defaults().withDeprecationNoticeDays(30))}.
 *
 * <p>Adding a setting touches this record, {@code ConventionsReader} and {@code default-conventions.yaml}.
 *
 * @param ownerRoles                       the team roles that count as owner
 * @param backupOwnerRoles                 the team roles that count as backup owner
 * @param ownerProperties                  top-level custom properties that name an owner ({@code owner}...)
 * @param ownerAlsoNamedBy                 where else an owner may be named: {@link #OWNER_PLACES}
 * @param classifications                  the classification scale, least strict first, with each level's synonyms
 * @param sensitiveFrom                    the level (a name on the scale) from which data counts as sensitive
 * @param personalDataMinimum              the least strict level (a name on the scale) personal data may have
 * @param personalDataTags                 the tags that mark a property as personal data
 * @param personalDataProperties           custom properties (or property keys) whose value {@code true} marks
 *                                         personal data ({@code pii})
 * @param personalDataNames                regular expressions a property name, read in snake_case, matches when it
 *                                         names personal data
 * @param contractClassificationProperties the top-level custom properties that hold a contract's own
 *                                         classification, first found first
 * @param propertyNaming                   the style property names follow
 * @param objectNaming                     the style schema object names follow
 * @param tagVocabulary                    the tags descriptors may use; empty for any tag
 * @param idPattern                        the regular expression a well-formed id matches, whole
 * @param statuses                         the lifecycle statuses descriptors may have
 * @param deprecationNoticeDays            how many days ahead a deprecation must announce the retirement
 * @param productionEnvironments           the server environments that count as production
 * @param freshnessProperties              the SLA properties that state freshness
 * @param retentionProperties              the SLA properties that state retention
 * @param exampleSafeDomains               the e-mail domains whose example values are placeholders, not leaks
 * @param compatibility                    the compatibility mode new versions are judged under by default
 * @param domainCompatibility              each domain's own compatibility mode, by domain name
 * @param requireDeprecationBeforeBreaking whether a breaking change to an active contract needs an earlier
 *                                         deprecation
 * @param statusStages                     the statuses that mean each lifecycle stage of {@link #STAGES}
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record ConventionSettings(
        List<String> ownerRoles,
        List<String> backupOwnerRoles,
        List<String> ownerProperties,
        List<String> ownerAlsoNamedBy,
        List<ClassificationLevel> classifications,
        String sensitiveFrom,
        String personalDataMinimum,
        List<String> personalDataTags,
        List<String> personalDataProperties,
        List<String> personalDataNames,
        List<String> contractClassificationProperties,
        NamingConvention propertyNaming,
        NamingConvention objectNaming,
        List<String> tagVocabulary,
        String idPattern,
        List<String> statuses,
        int deprecationNoticeDays,
        List<String> productionEnvironments,
        List<String> freshnessProperties,
        List<String> retentionProperties,
        List<String> exampleSafeDomains,
        CompatibilityMode compatibility,
        Map<String, CompatibilityMode> domainCompatibility,
        boolean requireDeprecationBeforeBreaking,
        Map<String, List<String>> statusStages) {

    /** Every setting, by its key in a conventions file, in the order of the record. */
    public static final List<String> NAMES = Arrays.stream(ConventionSettings.class.getRecordComponents())
            .map(RecordComponent::getName).toList();
    /** Where, besides a team member with an owner role, a council may accept a descriptor naming its owner. */
    public static final List<String> OWNER_PLACES = List.of("teamName", "ownerProperty");
    /** The lifecycle stages rules ask about; {@code statusStages} says which statuses mean each. */
    public static final List<String> STAGES = List.of("inDevelopment", "active", "deprecated", "retired");

    public ConventionSettings {
        ownerRoles = Words.normalized(ownerRoles);
        backupOwnerRoles = Words.normalized(backupOwnerRoles);
        ownerProperties = List.copyOf(ownerProperties);
        ownerAlsoNamedBy = List.copyOf(ownerAlsoNamedBy);
        classifications = List.copyOf(classifications);
        Objects.requireNonNull(sensitiveFrom, "sensitiveFrom");
        Objects.requireNonNull(personalDataMinimum, "personalDataMinimum");
        personalDataTags = Words.normalized(personalDataTags);
        personalDataProperties = Words.normalized(personalDataProperties);
        personalDataNames = List.copyOf(personalDataNames);
        contractClassificationProperties = List.copyOf(contractClassificationProperties);
        Objects.requireNonNull(propertyNaming, "propertyNaming");
        Objects.requireNonNull(objectNaming, "objectNaming");
        tagVocabulary = List.copyOf(tagVocabulary);
        Objects.requireNonNull(idPattern, "idPattern");
        statuses = Words.normalized(statuses);
        productionEnvironments = Words.normalized(productionEnvironments);
        freshnessProperties = List.copyOf(freshnessProperties);
        retentionProperties = List.copyOf(retentionProperties);
        exampleSafeDomains = Words.normalized(exampleSafeDomains);
        Objects.requireNonNull(compatibility, "compatibility");
        domainCompatibility = Collections.unmodifiableMap(new TreeMap<>(domainCompatibility));
        Map<String, List<String>> stages = new LinkedHashMap<>();
        statusStages.forEach((stage, words) -> stages.put(stage, Words.normalized(words)));
        statusStages = Collections.unmodifiableMap(stages);
    }

    /** The shipped settings, as {@code default-conventions.yaml} beside this class documents them (a test keeps the two equal). */
    public static ConventionSettings defaults() {
        return Shipped.SETTINGS;
    }

    /** With {@link #ownerRoles()} replaced. */
    public ConventionSettings withOwnerRoles(List<String> roles) {
        return with("ownerRoles", roles);
    }

    /** With {@link #backupOwnerRoles()} replaced. */
    public ConventionSettings withBackupOwnerRoles(List<String> roles) {
        return with("backupOwnerRoles", roles);
    }

    /** With {@link #ownerProperties()} replaced. */
    public ConventionSettings withOwnerProperties(List<String> names) {
        return with("ownerProperties", names);
    }

    /** With {@link #ownerAlsoNamedBy()} replaced. */
    public ConventionSettings withOwnerAlsoNamedBy(List<String> places) {
        return with("ownerAlsoNamedBy", places);
    }

    /** With {@link #classifications()} replaced. */
    public ConventionSettings withClassifications(List<ClassificationLevel> levels) {
        return with("classifications", levels);
    }

    /** With {@link #sensitiveFrom()} replaced. */
    public ConventionSettings withSensitiveFrom(String level) {
        return with("sensitiveFrom", level);
    }

    /** With {@link #personalDataMinimum()} replaced. */
    public ConventionSettings withPersonalDataMinimum(String level) {
        return with("personalDataMinimum", level);
    }

    /** With {@link #personalDataTags()} replaced. */
    public ConventionSettings withPersonalDataTags(List<String> tags) {
        return with("personalDataTags", tags);
    }

    /** With {@link #personalDataProperties()} replaced. */
    public ConventionSettings withPersonalDataProperties(List<String> names) {
        return with("personalDataProperties", names);
    }

    /** With {@link #personalDataNames()} replaced. */
    public ConventionSettings withPersonalDataNames(List<String> regexes) {
        return with("personalDataNames", regexes);
    }

    /** With {@link #contractClassificationProperties()} replaced. */
    public ConventionSettings withContractClassificationProperties(List<String> names) {
        return with("contractClassificationProperties", names);
    }

    /** With {@link #propertyNaming()} replaced. */
    public ConventionSettings withPropertyNaming(NamingConvention naming) {
        return with("propertyNaming", naming);
    }

    /** With {@link #objectNaming()} replaced. */
    public ConventionSettings withObjectNaming(NamingConvention naming) {
        return with("objectNaming", naming);
    }

    /** With {@link #tagVocabulary()} replaced. */
    public ConventionSettings withTagVocabulary(List<String> tags) {
        return with("tagVocabulary", tags);
    }

    /** With {@link #idPattern()} replaced. */
    public ConventionSettings withIdPattern(String regex) {
        return with("idPattern", regex);
    }

    /** With {@link #statuses()} replaced. */
    public ConventionSettings withStatuses(List<String> values) {
        return with("statuses", values);
    }

    /** With {@link #deprecationNoticeDays()} replaced. */
    public ConventionSettings withDeprecationNoticeDays(int days) {
        return with("deprecationNoticeDays", days);
    }

    /** With {@link #productionEnvironments()} replaced. */
    public ConventionSettings withProductionEnvironments(List<String> environments) {
        return with("productionEnvironments", environments);
    }

    /** With {@link #freshnessProperties()} replaced. */
    public ConventionSettings withFreshnessProperties(List<String> properties) {
        return with("freshnessProperties", properties);
    }

    /** With {@link #retentionProperties()} replaced. */
    public ConventionSettings withRetentionProperties(List<String> properties) {
        return with("retentionProperties", properties);
    }

    /** With {@link #exampleSafeDomains()} replaced. */
    public ConventionSettings withExampleSafeDomains(List<String> domains) {
        return with("exampleSafeDomains", domains);
    }

    /** With {@link #compatibility()} replaced. */
    public ConventionSettings withCompatibility(CompatibilityMode mode) {
        return with("compatibility", mode);
    }

    /** With {@link #domainCompatibility()} replaced. */
    public ConventionSettings withDomainCompatibility(Map<String, CompatibilityMode> modes) {
        return with("domainCompatibility", modes);
    }

    /** With {@link #requireDeprecationBeforeBreaking()} replaced. */
    public ConventionSettings withRequireDeprecationBeforeBreaking(boolean required) {
        return with("requireDeprecationBeforeBreaking", required);
    }

    /** With {@link #statusStages()} replaced. */
    public ConventionSettings withStatusStages(Map<String, List<String>> stages) {
        return with("statusStages", stages);
    }

    /** A setting's value, by its key ({@link #NAMES}). */
    Object value(String setting) {
        try {
            return component(setting).getAccessor().invoke(this);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    /** These settings with one of them ({@link #NAMES}) taken from {@code from}, as a policy layer's conventions do. */
    ConventionSettings withValueOf(String setting, ConventionSettings from) {
        return with(setting, from.value(setting));
    }

    /** The one place that knows how a record is rebuilt: every component as it is, but {@code setting}. */
    private ConventionSettings with(String setting, Object value) {
        RecordComponent[] components = ConventionSettings.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = components[i].getName().equals(setting) ? value : value(components[i].getName());
        }
        try {
            return ConventionSettings.class.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RecordComponent component(String setting) {
        for (RecordComponent component : ConventionSettings.class.getRecordComponents()) {
            if (component.getName().equals(setting)) {
                return component;
            }
        }
        throw new IllegalArgumentException("no convention " + setting + "; known: " + NAMES);
    }

    /** Held apart so that {@link #NAMES} is set before the shipped settings are made. */
    private static final class Shipped {
        private static final NamingConvention SNAKE_CASE = NamingConvention.of("snake_case");
        static final ConventionSettings SETTINGS = new ConventionSettings(
                List.of("owner", "data owner", "data product owner", "product owner", "dataset owner"),
                List.of("backup owner", "deputy owner", "co-owner", "secondary owner", "data steward", "steward"),
                List.of("owner", "dataOwner", "productOwner", "dataProductOwner"),
                List.of(),
                List.of(new ClassificationLevel("public", List.of("open")),
                        new ClassificationLevel("internal", List.of("private", "company", "internal use",
                                "internal only")),
                        new ClassificationLevel("confidential", List.of("sensitive", "pii", "personal",
                                "personal data")),
                        new ClassificationLevel("restricted", List.of("highly confidential", "strictly confidential",
                                "secret", "sensitive personal data", "spi"))),
                "confidential",
                "confidential",
                List.of("pii", "personal", "personal-data", "personal_data", "gdpr", "sensitive"),
                List.of("pii", "isPii", "containsPii", "personalData", "personal_data", "gdpr"),
                List.of("(.*_)?e_?mail[a-z]*(_.*)?",
                        "(.*_)?(phone|mobile|fax)[a-z]*(_.*)?",
                        "(.*_)?(first|last|middle|full|given|family|sur)_?name(_.*)?",
                        "(.*_)?(birth|birthdate|birthday|dob)(_.*)?",
                        "(.*_)?(date_of_birth|ssn|social_security(_number)?)(_.*)?",
                        "(.*_)?(national_?id|passport|tax_?id|iban)[a-z]*(_.*)?",
                        "(.*_)?(card_?number|credit_?card|pan)(_.*)?",
                        "(.*_)?ip_?address(_.*)?",
                        "(.*_)?(address_?line_?[0-9]*|street)(_.*)?"),
                List.of("dataClassification", "classification", "confidentiality"),
                SNAKE_CASE,
                SNAKE_CASE,
                List.of(),
                "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[a-z0-9][a-z0-9._-]*",
                List.of("proposed", "draft", "active", "deprecated", "retired"),
                90,
                List.of("prod", "production", "prd", "live"),
                List.of("latency", "frequency", "freshness"),
                List.of("retention"),
                List.of("example.com", "example.org", "example.net", "example.invalid", "test", "invalid"),
                CompatibilityMode.BACKWARD,
                Map.of(),
                true,
                stages());

        private static Map<String, List<String>> stages() {
            Map<String, List<String>> stages = new LinkedHashMap<>();
            stages.put("inDevelopment", List.of("proposed", "draft"));
            stages.put("active", List.of("active"));
            stages.put("deprecated", List.of("deprecated"));
            stages.put("retired", List.of("retired"));
            return stages;
        }
    }
}
