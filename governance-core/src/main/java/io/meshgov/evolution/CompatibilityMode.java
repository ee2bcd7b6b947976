package io.meshgov.evolution;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Which consumers a new version must not break, as in schema registries but stated for data contracts:
 * BACKWARD — consumers of the previous version keep reading the new data; FORWARD — consumers already on the new
 * version can read data produced under the previous one; FULL — both. The TRANSITIVE forms hold against every
 * earlier version, not only the latest; NONE checks nothing.
 */
@API(status = STABLE, since = "0.1.0")
public enum CompatibilityMode {
    BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE, NONE;

    /** Whether consumers of earlier versions must keep working on the new data. */
    public boolean checksBackward() {
        return this == BACKWARD || this == BACKWARD_TRANSITIVE || this == FULL || this == FULL_TRANSITIVE;
    }

    /** Whether consumers of the new version must work on data of earlier versions. */
    public boolean checksForward() {
        return this == FORWARD || this == FORWARD_TRANSITIVE || this == FULL || this == FULL_TRANSITIVE;
    }

    public boolean isTransitive() {
        return name().endsWith("_TRANSITIVE");
    }

    /**
     * What Confluent Schema Registry and Apache Avro call the same check. They name a mode after the reader that
     * must cope (a new reader on old data is their BACKWARD), meshgov after the consumers it protects (consumers
     * of the previous version on new data is meshgov's BACKWARD): so meshgov's BACKWARD is their FORWARD, and the
     * reverse. FULL and NONE mean the same in both.
     */
    public String registryName() {
        return switch (this) {
            case BACKWARD -> "FORWARD";
            case BACKWARD_TRANSITIVE -> "FORWARD_TRANSITIVE";
            case FORWARD -> "BACKWARD";
            case FORWARD_TRANSITIVE -> "BACKWARD_TRANSITIVE";
            default -> name();
        };
    }

    /**
     * The mode a text names ({@code backward}, {@code FULL_TRANSITIVE}, {@code full-transitive}), ignoring case and
     * reading - and spaces as _; empty for any other text. Like {@code Enforcement.ofLabel} and
     * {@code DescriptorFormat.ofFileName}, it answers rather than throws: the caller says what was wrong, and where.
     */
    public static java.util.Optional<CompatibilityMode> ofName(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (CompatibilityMode mode : values()) {
            if (mode.name().equals(name)) {
                return java.util.Optional.of(mode);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * What a descriptor writes as its own compatibility (the custom property {@code compatibility}) when that names
     * no mode — {@code FORWARDS}, an empty value — so that a rule can refuse it rather than judge it under a default;
     * {@code null} when it names a mode or writes none.
     */
    public static String unknownModeOf(io.meshgov.model.Descriptor descriptor) {
        for (io.meshgov.model.CustomProperty property : descriptor.customProperties()) {
            if (property.property().equalsIgnoreCase("compatibility")) {
                String text = property.text() == null ? "" : property.text();
                return ofName(text).isPresent() ? null : text;
            }
        }
        return null;
    }

    /** The modes' names, for messages: {@code BACKWARD, BACKWARD_TRANSITIVE, ... NONE}. */
    public static String names() {
        return String.join(", ", java.util.Arrays.stream(values()).map(Enum::name).toList());
    }
}
