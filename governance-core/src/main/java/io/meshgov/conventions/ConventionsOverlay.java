package io.meshgov.conventions;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The conventions a policy layer sets, each replacing the one beneath it when the layer judges a descriptor: typed
 * values, checked when the policy was read. Immutable.
 */
public final class ConventionsOverlay {

    private static final ConventionsOverlay NONE = new ConventionsOverlay(Conventions.defaults(), Set.of());

    private final Conventions values;
    private final Set<String> settings;

    private ConventionsOverlay(Conventions values, Set<String> settings) {
        this.values = values;
        this.settings = java.util.Collections.unmodifiableSet(new TreeSet<>(settings));
    }

    /** A layer that sets no convention. */
    public static ConventionsOverlay none() {
        return NONE;
    }

    /**
     * The {@code settings} of {@code values}: what a layer's {@code conventions:} block names, read on top of the
     * shipped conventions.
     *
     * @throws IllegalArgumentException when a setting is not one of {@link Conventions#SETTINGS}
     */
    public static ConventionsOverlay of(Conventions values, Set<String> settings) {
        Objects.requireNonNull(values, "values");
        List<String> unknown = settings.stream().filter(setting -> !Conventions.SETTINGS.contains(setting)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("not conventions: " + unknown + "; known: " + Conventions.SETTINGS);
        }
        return settings.isEmpty() ? NONE : new ConventionsOverlay(values, settings);
    }

    /** Whether the layer sets no convention. */
    public boolean isEmpty() {
        return settings.isEmpty();
    }

    /** The conventions it sets, by their key in a conventions file, sorted. */
    public Set<String> settings() {
        return settings;
    }

    /**
     * {@code base} with this layer's settings in place of its own.
     *
     * @throws Conventions.InvalidSetting when the two do not fit together (a scale without the level {@code base}
     *                                    names as {@code sensitiveFrom})
     */
    public Conventions over(Conventions base) {
        if (settings.isEmpty()) {
            return base;
        }
        Conventions.Builder builder = base.toBuilder();
        for (String setting : settings) {
            builder.copy(setting, values);
        }
        return builder.build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConventionsOverlay overlay && overlay.settings.equals(settings)
                && overlay.values.toString().equals(values.toString());
    }

    @Override
    public int hashCode() {
        return settings.hashCode();
    }

    /** The settings and, for the fingerprint, every value they give. */
    @Override
    public String toString() {
        return settings.isEmpty() ? "{}" : settings + " " + values;
    }
}
