package io.meshgov.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/** A document the engine judges: a data contract or a data product. */
@API(status = STABLE, since = "0.1.0")
public sealed interface Descriptor extends DescriptorElement permits DataContract, DataProduct {

    DescriptorKind kind();

    /** The standard's version the file declares, such as {@code v3.1.0}. */
    String apiVersion();

    String id();

    String name();

    /** The descriptor's own version, as written ({@code 1.1.0}). */
    String version();

    /** Lifecycle status, as written ({@code draft}, {@code active}, {@code deprecated}, {@code retired}...). */
    String status();

    String domain();

    /** Purpose, usage and limitations; {@code null} when the file has none. */
    Description description();

    /** The people behind it; {@code null} when the file names none. */
    Team team();

    List<String> tags();

    List<CustomProperty> customProperties();

    Origin origin();

    /** Whether the lifecycle status is {@code lifecycleStatus}, ignoring case ({@code hasStatus("deprecated")}). */
    default boolean hasStatus(String lifecycleStatus) {
        return status() != null && status().equalsIgnoreCase(lifecycleStatus);
    }

    /**
     * Whether the version is a semantic version by SemVer 2.0.0 ({@link SemanticVersion}): {@code MAJOR.MINOR.PATCH}
     * without leading zeros, optionally with a {@code -pre.release} and a {@code +build}.
     */
    default boolean hasSemanticVersion() {
        return SemanticVersion.isValid(version());
    }

    /** The text of the custom property with this name (ignoring case), or {@code null}. */
    default String customProperty(String name) {
        for (CustomProperty property : customProperties()) {
            if (property.property().equalsIgnoreCase(name)) {
                return property.text();
            }
        }
        return null;
    }

    /** Where the descriptor names its successor: the custom property {@code replacedBy}; {@code null} when it does not. */
    default String replacement() {
        return customProperty("replacedBy");
    }

    /**
     * When the descriptor will be retired, as written: the custom property {@code retirementDate}, else a
     * contract's {@code endOfLife} SLA property; {@code null} when it gives none.
     */
    default String retirementDate() {
        String date = customProperty("retirementDate");
        if (date == null && this instanceof DataContract contract) {
            for (SlaProperty property : contract.slaProperties()) {
                if (property.isNamed("endOfLife")) {
                    return property.value();
                }
            }
        }
        return date;
    }

    /** The retirement date as a date; {@code null} when none is given or it is not an ISO-8601 date. */
    default LocalDate retirementDay() {
        return Values.date(retirementDate());
    }

    /** The path of the field {@link #retirementDate()} reads: {@code customProperties[retirementDate]} or the SLA's. */
    default String retirementDateField() {
        if (customProperty("retirementDate") == null && this instanceof DataContract contract) {
            for (SlaProperty property : contract.slaProperties()) {
                if (property.isNamed("endOfLife")) {
                    return property.path() + ".value";
                }
            }
        }
        return "customProperties[retirementDate]";
    }

    /**
     * Hands {@code action} the descriptor itself and every element in it, in document order: the facts a rule engine
     * matches. The engine inserts them this way, without building a list for every descriptor it judges.
     */
    void forEachElement(Consumer<? super DescriptorElement> action);

    /** The descriptor itself and every element in it, in document order (see {@link #forEachElement}). */
    default List<DescriptorElement> elements() {
        List<DescriptorElement> elements = new ArrayList<>();
        forEachElement(elements::add);
        return Collections.unmodifiableList(elements);
    }

    @Override
    default String path() {
        return "";
    }
}
