package io.meshgov.benchmarks;

import io.meshgov.SourceLocation;
import io.meshgov.conventions.Conventions;
import io.meshgov.decision.Severity;
import io.meshgov.model.DataContract;
import io.meshgov.model.DescriptorElement;
import io.meshgov.model.ElementPaths;
import io.meshgov.model.QualityCheck;
import io.meshgov.model.SchemaObject;
import io.meshgov.model.SchemaProperty;
import io.meshgov.model.Server;
import io.meshgov.model.SlaProperty;
import io.meshgov.model.TeamMember;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The baseline: the standard pack's rules that judge a data contract on its own (META, SENS-001..008, IOP-001..009,
 * QUAL, LIFE), written as plain Java — the cheapest way to give the same findings. It exists only to measure the
 * engine against; {@link Equivalence} checks that both give exactly the same findings on the whole workload.
 * Each method mirrors one DRL rule, condition for condition, and the messages are the rules' own.
 */
public final class HandWrittenRules {

    /**
     * The rules written here: the baseline is compared with the engine on these alone, so a rule added to the pack
     * needs no Java twin (the engine then does a little more work than the baseline, which only makes the ratio
     * less flattering).
     */
    public static final java.util.Set<String> RULE_IDS = java.util.Set.of(
            "IOP-001", "IOP-002", "IOP-003", "IOP-004", "IOP-005", "IOP-006", "IOP-007", "IOP-008", "IOP-009",
            "IOP-011", "IOP-012", "LIFE-001", "LIFE-002", "LIFE-003", "LIFE-004", "LIFE-005", "LIFE-006", "LIFE-007",
            "LIFE-008", "META-001", "META-002", "META-003", "META-004", "META-005", "META-006", "META-007",
            "META-008", "META-009", "META-010", "META-011", "META-012", "META-013", "META-014", "META-015",
            "META-016", "QUAL-001", "QUAL-002", "QUAL-003", "QUAL-004", "QUAL-005", "QUAL-006", "QUAL-007",
            "QUAL-008", "QUAL-009", "SENS-001", "SENS-002", "SENS-003", "SENS-004", "SENS-005", "SENS-006",
            "SENS-007", "SENS-008");

    /** One finding as the baseline reports it: what the engine's findings are compared on. */
    public record Hit(String ruleId, Severity severity, String path, String message, SourceLocation location) {
    }

    private static final Pattern SEMVER = Pattern.compile("[0-9]+[.][0-9]+[.][0-9]+([-+][0-9A-Za-z.+-]+)?");
    private static final Set<String> LOGICAL_TYPES = Set.of("string", "integer", "number", "boolean", "date",
            "timestamp", "time", "array", "object", "map");
    private static final Set<String> DIMENSIONS = Set.of("accuracy", "completeness", "conformity", "consistency",
            "coverage", "timeliness", "uniqueness");

    private final Conventions conventions;

    public HandWrittenRules(Conventions conventions) {
        this.conventions = conventions;
    }

    /** Every finding on one contract, judged on {@code today}; duplicates collapse as the engine's do. */
    public List<Hit> evaluate(DataContract contract, LocalDate today) {
        Findings findings = new Findings(contract);
        completeness(contract, findings);
        sensitivity(contract, findings);
        interoperability(contract, findings);
        for (io.meshgov.model.SchemaDeviation deviation : contract.origin().deviations()) {
            findings.report("IOP-011", Severity.WARNING, deviation, "", deviation.message());
        }
        quality(contract, findings);
        lifecycle(contract, today, findings);
        return findings.hits();
    }

    /** A property and, at any depth, the properties inside it; {@code classifiedAround}: a property around it is. */
    private void completeness(SchemaProperty property, SchemaObject object, boolean classifiedAround, Findings findings) {
        boolean items = property.isArrayItems();
        if (!items && blank(property.classification()) && !classifiedAround) {
            findings.report("META-003", Severity.ERROR, property, "classification", "property '" + property.label()
                    + "' of '" + object.name() + "' has no classification");
        }
        if (!items && blank(property.description())) {
            findings.report("META-013", Severity.WARNING, property, "description", "property '"
                    + property.label() + "' of '" + object.name() + "' has no description");
        }
        if (blank(property.logicalType())) {
            findings.report("META-014", Severity.WARNING, property, "logicalType", "property '"
                    + property.label() + "' of '" + object.name() + "' has no logical type");
        }
        boolean classified = classifiedAround || !blank(property.classification());
        if (property.items() != null) {
            completeness(property.items(), object, classified, findings);
        }
        for (SchemaProperty nested : property.properties()) {
            completeness(nested, object, classified, findings);
        }
    }

    private void completeness(DataContract c, Findings findings) {
        List<TeamMember> members = c.team() == null ? List.of() : c.team().members();
        if (!conventions.ownerNamedOutsideTheMembers(c)
                && members.stream().noneMatch(m -> m.isCurrent() && conventions.isOwner(m.role()))) {
            findings.report("META-001", Severity.ERROR, c, "team", "no current team member has an owner role"
                    + conventions.ownerNamedElsewhere(c));
        }
        if (c.description() == null || blank(c.description().purpose())) {
            findings.report("META-002", Severity.ERROR, c, "description.purpose", "the description does not state a purpose");
        }
        List<SchemaProperty> all = c.allProperties();
        for (SchemaObject object : c.schema()) {
            for (SchemaProperty property : object.properties()) {
                completeness(property, object, false, findings);
            }
            if (object.quality().isEmpty() && all.stream().noneMatch(p -> Objects.equals(p.objectName(), object.name())
                    && !p.quality().isEmpty())) {
                findings.report("META-004", Severity.ERROR, object, "quality", "schema object '" + object.name()
                        + "' has no quality check");
            }
            if (blank(object.description())) {
                findings.report("META-012", Severity.WARNING, object, "description", "schema object '" + object.name()
                        + "' has no description");
            }
            if (object.physicalType() != null && object.physicalType().equalsIgnoreCase("table")
                    && object.properties().stream().noneMatch(SchemaProperty::primaryKey)) {
                findings.report("META-015", Severity.WARNING, object, "properties", "table '" + object.name()
                        + "' declares no primary key");
            }
        }
        if (c.schema().isEmpty()) {
            findings.report("META-005", Severity.ERROR, c, "schema", "the contract declares no schema object, so it has "
                    + "no classifications or quality checks to check");
        }
        if (members.stream().noneMatch(m -> m.isCurrent() && conventions.isBackupOwner(m.role()))) {
            findings.report("META-006", Severity.WARNING, c, "team", "no current team member has a backup owner role");
        }
        for (TeamMember owner : members) {
            if (owner.isCurrent() && conventions.isOwner(owner.role()) && owner.username() != null) {
                for (TeamMember backup : members) {
                    if (backup.isCurrent() && conventions.isBackupOwner(backup.role())
                            && owner.username().equals(backup.username())) {
                        findings.report("META-007", Severity.WARNING, backup, "username", "'" + owner.username()
                                + "' is both owner and backup owner");
                    }
                }
            }
        }
        if (c.support().isEmpty()) {
            findings.report("META-008", Severity.WARNING, c, "support", "no support or escalation channel is named");
        }
        if (c.description() == null || blank(c.description().usage())) {
            findings.report("META-009", Severity.WARNING, c, "description.usage",
                    "the description does not explain how to use the data");
        }
        if (blank(c.domain())) {
            findings.report("META-010", Severity.WARNING, c, "domain", "no owning domain is named");
        }
        if (c.version() == null || !SEMVER.matcher(c.version()).matches()) {
            findings.report("META-011", Severity.WARNING, c, "version", c.version() == null ? "no version is given"
                    : "version '" + c.version() + "' is not a semantic version (MAJOR.MINOR.PATCH)");
        }
        if (c.slaProperties().stream().noneMatch(sla -> conventions.isFreshnessProperty(sla.property()))) {
            findings.report("META-016", Severity.WARNING, c, "slaProperties", "no freshness SLA ("
                    + String.join(", ", conventions.freshnessProperties()) + ") is declared");
        }
    }

    private void sensitivity(DataContract c, Findings findings) {
        boolean sensitive = conventions.isSensitive(c);
        String level = sensitive ? conventions.levelName(conventions.effectiveLevel(c)) : null;
        if (sensitive && c.roles().stream().noneMatch(role -> !blank(role.access()))) {
            findings.report("SENS-005", Severity.ERROR, c, "roles", "the contract holds " + level
                    + " data but declares no role with an access level");
        }
        if (sensitive && c.slaProperties().stream().noneMatch(sla -> conventions.isRetentionProperty(sla.property()))) {
            findings.report("SENS-006", Severity.ERROR, c, "slaProperties", "the contract holds " + level
                    + " data but declares no retention period");
        }
        if (sensitive && (c.description() == null || blank(c.description().limitations()))) {
            findings.report("SENS-007", Severity.WARNING, c, "description.limitations", "the contract holds " + level
                    + " data but states no limits of use");
        }
        for (SchemaProperty property : c.allProperties()) {
            String classification = property.classification();
            if (classification != null && !classification.isBlank() && !conventions.isKnownClassification(classification)) {
                findings.report("SENS-001", Severity.ERROR, property, "classification", "'" + classification
                        + "' is not on the classification scale " + conventions.classificationNames());
            }
            if (conventions.isPersonalData(property) && conventions.isKnownClassification(classification)
                    && conventions.levelOf(classification) < conventions.personalDataMinimumLevel()) {
                findings.report("SENS-002", Severity.ERROR, property, "classification", "'" + property.label()
                        + "' holds personal data but is classified '" + classification + "', below "
                        + conventions.levelName(conventions.personalDataMinimumLevel()));
            }
            if (conventions.isSensitive(property)) {
                for (String example : property.examples()) {
                    if (conventions.looksReal(example)) {
                        findings.report("SENS-008", Severity.ERROR, property, "examples", "example "
                                + (property.examples().indexOf(example) + 1) + " of '" + property.label()
                                + "' looks like a real value");
                    }
                }
            }
        }
        int highest = conventions.highestPropertyLevel(c);
        if (conventions.declaredClassification(c) == null && highest >= conventions.sensitiveLevel()) {
            findings.report("SENS-003", Severity.WARNING, c, "customProperties", "the contract holds "
                    + conventions.levelName(highest) + " data but declares no classification of its own ("
                    + conventions.contractClassificationProperty() + ")");
        }
        int declared = conventions.declaredLevel(c);
        if (declared >= 0 && declared < highest) {
            findings.report("SENS-004", Severity.ERROR, c, "customProperties["
                    + conventions.declaredClassificationProperty(c) + "]", "the contract is classified '"
                    + conventions.declaredClassification(c) + "' but '" + conventions.mostSensitiveProperty(c).name()
                    + "' is " + conventions.levelName(highest));
        }
    }

    private void interoperability(DataContract c, Findings findings) {
        for (SchemaProperty property : c.allProperties()) {
            if (property.name() != null && !conventions.followsPropertyNaming(property.name())) {
                findings.report("IOP-001", Severity.WARNING, property, "name", "'" + property.label() + "' is not "
                        + conventions.propertyNaming() + "; rename it '"
                        + conventions.propertyNaming().suggest(property.name()) + "'");
            }
            if (property.logicalType() != null && !LOGICAL_TYPES.contains(property.logicalType())) {
                findings.report("IOP-003", Severity.ERROR, property, "logicalType", "'" + property.logicalType()
                        + "' is not an ODCS logical type");
            }
            if (conventions.physicalTypeContradicts(property.logicalType(), property.physicalType(), c.apiVersion())) {
                findings.report("IOP-004", Severity.WARNING, property, "physicalType", "'" + property.label()
                        + "' is logically " + property.logicalType() + " but stored as " + property.physicalType());
            }
        }
        for (SchemaObject object : c.schema()) {
            if (object.name() != null && !conventions.followsObjectNaming(object.name())) {
                findings.report("IOP-002", Severity.WARNING, object, "name", "'" + object.name() + "' is not "
                        + conventions.objectNaming() + "; rename it '" + conventions.objectNaming().suggest(object.name())
                        + "'");
            }
            for (SchemaProperty property : object.propertiesRepeatingAnEarlierName()) {
                findings.report("IOP-008", Severity.ERROR, property, "name", "'" + property.label()
                        + "' appears more than once in '" + object.name() + "'");
            }
            if (object.name() != null && c.repeatsAnEarlierName(object)) {
                findings.report("IOP-009", Severity.ERROR, object, "name", "schema object '" + object.name()
                        + "' appears more than once");
            }
        }
        if (!conventions.isWellFormedId(c.id())) {
            findings.report("IOP-005", Severity.WARNING, c, "id", "id '" + c.id() + "' is neither a UUID nor a lower-case slug");
        }
        for (SlaProperty sla : c.slaProperties()) {
            if (sla.value() != null && !sla.hasUnit() && conventions.needsUnit(sla.property())) {
                findings.report("IOP-006", Severity.WARNING, sla, "unit", "SLA '" + sla.property() + "' has the value "
                        + sla.value() + " but no unit");
            }
        }
        for (String tag : c.tags()) {
            if (!conventions.isAllowedTag(tag)) {
                findings.report("IOP-007", Severity.WARNING, c, "tags", "tag '" + tag + "' is not in the council's vocabulary");
            }
        }
        for (SchemaObject object : c.schema()) {
            for (io.meshgov.model.Relationship relationship : object.relationships()) {
                for (String target : relationship.targetsInThisContract()) {
                    if (!c.resolvesElements(target)) {
                        findings.report("IOP-012", Severity.WARNING, relationship, "to", "relationship target '"
                                + target + "' names no schema object or property of this contract");
                    }
                }
            }
        }
    }

    private void quality(DataContract c, Findings findings) {
        for (SlaProperty sla : c.slaProperties()) {
            String value = sla.value();
            boolean duration = conventions.needsUnit(sla.property());
            boolean percentage = sla.isPercentage();
            if (value != null && (duration || percentage) && !sla.hasNumericValue()) {
                findings.report("QUAL-001", Severity.ERROR, sla, "value", "SLA '" + sla.property() + "' has the value '"
                        + value + "', which is not a number");
            }
            if (duration && sla.hasNumericValue() && sla.numericValue() <= 0) {
                findings.report("QUAL-002", Severity.ERROR, sla, "value", "SLA '" + sla.property() + "' promises "
                        + value + ", which is not a positive duration");
            }
            if (percentage && sla.hasNumericValue() && (sla.numericValue() <= 0 || sla.numericValue() > 100)) {
                findings.report("QUAL-003", Severity.ERROR, sla, "value", "SLA '" + sla.property() + "' is " + value
                        + ", outside (0, 100]");
            }
            if (sla.hasUnit() && !sla.hasKnownUnit()) {
                findings.report("QUAL-004", Severity.WARNING, sla, "unit", "SLA '" + sla.property()
                        + "' has the unknown unit '" + sla.unit() + "'");
            }
            if (!blank(sla.element()) && !c.resolvesElements(sla.element())) {
                findings.report("QUAL-005", Severity.WARNING, sla, "element", "SLA '" + sla.property() + "' is about '"
                        + sla.element() + "', which is not in the schema");
            }
        }
        List<QualityCheck> checks = new ArrayList<>();
        c.schema().forEach(object -> checks.addAll(object.quality()));
        for (SchemaProperty property : c.allProperties()) {
            checks.addAll(property.quality());
            if (property.criticalDataElement() && property.quality().isEmpty()) {
                findings.report("QUAL-006", Severity.ERROR, property, "quality", "'" + property.label()
                        + "' is a critical data element without a quality check");
            }
        }
        for (QualityCheck check : checks) {
            String type = check.type();
            if ((type == null || type.equalsIgnoreCase("library")) && check.metric() == null
                    || type != null && type.equalsIgnoreCase("sql") && blank(check.query())
                    || type != null && type.equalsIgnoreCase("custom") && check.engine() == null) {
                findings.report("QUAL-007", Severity.ERROR, check, "", "the " + (type == null ? "library" : type)
                        + " quality check says neither what nor how to measure");
            }
            if (check.dimension() != null && !DIMENSIONS.contains(check.dimension().toLowerCase(Locale.ROOT))) {
                findings.report("QUAL-008", Severity.WARNING, check, "dimension", "'" + check.dimension()
                        + "' is not an ODCS quality dimension");
            }
            for (SchemaObject object : c.schema()) {
                if (check.target().equals(object.path()) || check.target().startsWith(object.path() + ".")) {
                    for (String column : check.referencedColumns()) {
                        if (object.properties().stream().noneMatch(p -> column.equals(p.name())
                                || column.equals(p.physicalName()))) {
                            findings.report("QUAL-009", Severity.ERROR, check, "", "the check reads '" + column
                                    + "', which is not a property of '" + object.name() + "'");
                        }
                    }
                }
            }
        }
    }

    private void lifecycle(DataContract c, LocalDate today, Findings findings) {
        String status = c.status();
        if (!conventions.isKnownStatus(status)) {
            findings.report("LIFE-001", Severity.WARNING, c, "status", status == null ? "no status is given"
                    : "'" + status + "' is not a lifecycle status " + conventions.statuses());
        }
        boolean deprecated = status != null && status.equalsIgnoreCase("deprecated");
        if (deprecated) {
            if (c.replacement() == null) {
                findings.report("LIFE-002", Severity.ERROR, c, "customProperties",
                        "the descriptor is deprecated but names no replacement (replacedBy)");
            }
            String retirement = c.retirementDate();
            if (c.retirementDay() == null) {
                findings.report("LIFE-003", Severity.ERROR, c, "customProperties", retirement == null
                        ? "the descriptor is deprecated but gives no retirement date"
                        : "the retirement date '" + retirement + "' is not an ISO date");
            } else if (c.retirementDay().isBefore(today.plusDays(conventions.deprecationNoticeDays()))) {
                findings.report("LIFE-004", Severity.ERROR, c, c.retirementDateField(), "retirement on "
                        + retirement + " is less than " + conventions.deprecationNoticeDays() + " days after " + today);
            }
        }
        if (status != null && status.equalsIgnoreCase("retired")) {
            findings.report("LIFE-005", Severity.ERROR, c, "status", "the descriptor is retired and cannot be published");
        }
        if (status != null && (status.equalsIgnoreCase("draft") || status.equalsIgnoreCase("proposed"))) {
            for (Server server : c.servers()) {
                if (conventions.isProductionEnvironment(server.environment())) {
                    findings.report("LIFE-006", Severity.ERROR, server, "environment", "a " + status
                            + " contract is served from the production server '" + server.server() + "'");
                }
            }
        }
        boolean active = status != null && status.equalsIgnoreCase("active");
        for (SlaProperty sla : c.slaProperties()) {
            if (sla.isLifecycleDate() && sla.value() != null && !sla.hasDateValue()) {
                findings.report("LIFE-007", Severity.WARNING, sla, "value", "SLA '" + sla.property() + "' is '"
                        + sla.value() + "', which is not an ISO date");
            }
            if (active && sla.isNamed("endOfLife") && sla.hasDateValue() && sla.dateValue().isBefore(today)) {
                findings.report("LIFE-008", Severity.ERROR, sla, "value", "the contract is active but reached its end "
                        + "of life on " + sla.value());
            }
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Collects hits, located as the engine locates findings, without duplicates. */
    private static final class Findings {
        private final DataContract contract;
        private final Set<Hit> hits = new LinkedHashSet<>();

        Findings(DataContract contract) {
            this.contract = contract;
        }

        void report(String ruleId, Severity severity, DescriptorElement element, String field, String message) {
            String path = field.isEmpty() ? element.path() : ElementPaths.child(element.path(), field);
            hits.add(new Hit(ruleId, severity, path, message, contract.origin().locate(path)));
        }

        List<Hit> hits() {
            return new ArrayList<>(hits);
        }
    }
}
