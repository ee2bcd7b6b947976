package io.meshgov.evolution;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What changed between two versions. Neutral on purpose: whether a change breaks anyone is for the rules to say,
 * per compatibility mode.
 */
@API(status = STABLE, since = "0.1.0")
public enum ChangeKind {
    ID_CHANGED("changed id"),
    OBJECT_ADDED("added"),
    OBJECT_REMOVED("removed"),
    OBJECT_RENAMED("renamed"),
    PROPERTY_ADDED_OPTIONAL("added as optional"),
    PROPERTY_ADDED_REQUIRED("added as required"),
    PROPERTY_REMOVED("removed"),
    PROPERTY_RENAMED("renamed"),
    LOGICAL_TYPE_WIDENED("logical type widened"),
    LOGICAL_TYPE_NARROWED("logical type narrowed"),
    LOGICAL_TYPE_CHANGED("logical type changed"),
    PHYSICAL_TYPE_WIDENED("physical type widened"),
    PHYSICAL_TYPE_NARROWED("physical type narrowed"),
    PHYSICAL_TYPE_CHANGED("physical type changed"),
    /** A logical type, physical type or array item schema given where there was none ({@code detail} says which). */
    TYPE_DECLARED("declared"),
    /** A logical type, physical type or array item schema no longer given. */
    TYPE_UNDECLARED("no longer declared"),
    /** A schema object's physical type ({@code table} to {@code view}). */
    OBJECT_PHYSICAL_TYPE_CHANGED("physical type changed"),
    MADE_REQUIRED("made required"),
    MADE_OPTIONAL("made optional"),
    UNIQUE_ADDED("made unique"),
    UNIQUE_REMOVED("no longer unique"),
    PRIMARY_KEY_CHANGED("primary key changed"),
    /** The object had no primary key; now this property is (part of) one. */
    PRIMARY_KEY_DECLARED("declared the primary key"),
    /** The object had a primary key, of which this property was part; now it has none. */
    PRIMARY_KEY_DROPPED("no longer a primary key, and the object has none"),
    /** The object's primary key gained this property: the old key's columns alone may now repeat. */
    PRIMARY_KEY_EXTENDED("added to the primary key"),
    /** The object's primary key lost this property: the remaining columns alone are now unique. */
    PRIMARY_KEY_REDUCED("left the primary key, which its other columns keep"),
    /** Whether the data is partitioned by the property ({@code partitioned}). */
    PARTITIONING_CHANGED("partitioning changed"),
    ALLOWED_VALUES_ADDED("allowed values added"),
    ALLOWED_VALUES_REMOVED("allowed values removed"),
    /** A list of allowed values (an enum, a validValues check) where there was none. */
    ALLOWED_VALUES_RESTRICTED("restricted to allowed values"),
    /** No list of allowed values where there was one. */
    ALLOWED_VALUES_UNRESTRICTED("no longer restricted to allowed values"),
    CONSTRAINT_TIGHTENED("constraint tightened"),
    CONSTRAINT_LOOSENED("constraint loosened"),
    /** A constraint whose old and new values admit different values, neither within the other (a pattern). */
    CONSTRAINT_CHANGED("constraint changed"),
    /** The name a property or object is stored under ({@code physicalName}). */
    PHYSICAL_NAME_CHANGED("physical name changed"),
    CLASSIFICATION_RAISED("classification raised"),
    CLASSIFICATION_LOWERED("classification lowered"),
    /** A classification given where there was none. */
    CLASSIFICATION_SET("classification set"),
    /** No classification where there was one. */
    CLASSIFICATION_REMOVED("classification removed"),
    /** A classification changed to or from a label off the council's scale. */
    CLASSIFICATION_RELABELLED("classification relabelled"),
    /** Marked as personal data (a tag or custom property the council names), where it was not. */
    PERSONAL_DATA_MARKED("marked as personal data"),
    /** No longer marked as personal data. */
    PERSONAL_DATA_UNMARKED("no longer marked as personal data"),
    QUALITY_CHECK_ADDED("added"),
    QUALITY_CHECK_REMOVED("removed"),
    /** A quality check under the same name checks something else or against other thresholds. */
    QUALITY_CHECK_CHANGED("changed"),
    /** A quality check under the same name, only its thresholds moved, each to a stricter value. */
    QUALITY_CHECK_STRENGTHENED("strengthened"),
    /** A relationship (a foreign key) declared. */
    RELATIONSHIP_ADDED("added"),
    /** A relationship no longer declared. */
    RELATIONSHIP_REMOVED("removed"),
    /** A relationship from the same fields now points at other fields. */
    RELATIONSHIP_RETARGETED("retargeted"),
    SLA_STRENGTHENED("strengthened"),
    SLA_WEAKENED("weakened"),
    SLA_REMOVED("removed"),
    SLA_ADDED("added"),
    OWNER_REMOVED("removed"),
    /** Another current team member holds the owner role. */
    OWNER_REPLACED("replaced"),
    SUPPORT_REMOVED("removed"),
    /** Support channels added, removed or changed while some remain. */
    SUPPORT_CHANGED("changed"),
    /** Team members joined or left (owners aside). */
    TEAM_CHANGED("changed"),
    /** An access role added. */
    ROLE_ADDED("added"),
    /** An access role removed: consumers who were granted it lose access. */
    ROLE_REMOVED("removed"),
    /**
     * Metadata that describes or governs rather than shapes the data ({@code detail} names it): name, domain,
     * tenant, tags, business name, critical data element, partitioning. Information, not a break.
     */
    METADATA_CHANGED("changed"),
    STATUS_CHANGED("changed"),
    SERVER_ADDED("added"),
    SERVER_REMOVED("removed"),
    /** A server kept its name but serves from elsewhere: another type, host, port, database, schema or location. */
    SERVER_MOVED("moved"),
    PORT_ADDED("added"),
    PORT_REMOVED("removed"),
    PORT_CONTRACT_CHANGED("bound to another contract"),
    DESCRIPTION_CHANGED("description changed");

    private final String phrase;

    ChangeKind(String phrase) {
        this.phrase = phrase;
    }

    /** How the change reads after its subject: {@code added as optional}, {@code logical type widened}. */
    public String phrase() {
        return phrase;
    }
}
