package io.meshgov.conventions;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.evolution.CompatibilityMode;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * The conventions a policy layer sets, each replacing the one beneath it when the layer judges a descriptor: typed
 * values, checked when the policy was read. Immutable.
 */
@API(status = STABLE, since = "0.1.0")
public final class ConventionsOverlay {

    private static final ConventionsOverlay NONE = new ConventionsOverlay(ConventionSettings.defaults(), Set.of());

    private final ConventionSettings values;
    private final Set<String> settings;

    private ConventionsOverlay(ConventionSettings values, Set<String> settings) {
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
     * @throws IllegalArgumentException when a setting is not one of {@link ConventionSettings#NAMES}
     */
    public static ConventionsOverlay of(ConventionSettings values, Set<String> settings) {
        Objects.requireNonNull(values, "values");
        List<String> unknown = settings.stream().filter(setting -> !ConventionSettings.NAMES.contains(setting))
                .toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("not conventions: " + unknown + "; known: " + ConventionSettings.NAMES);
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
        ConventionSettings layered = base.settings();
        for (String setting : settings) {
            layered = layered.withValueOf(setting, values);
        }
        return Conventions.of(layered);
    }

    private static final Set<String> NAMED_STYLES = Set.of("snake_case", "camelCase", "PascalCase", "kebab-case");
    /** Settings whose names a rule accepts: one more lets more descriptors through. */
    private static final Set<String> ACCEPTED = Set.of("ownerRoles", "backupOwnerRoles", "ownerProperties",
            "ownerAlsoNamedBy", "statuses", "exampleSafeDomains", "freshnessProperties", "retentionProperties");
    /** Settings whose names a rule flags: one fewer lets more descriptors through. */
    private static final Set<String> FLAGGED = Set.of("personalDataTags", "personalDataProperties", "personalDataNames",
            "contractClassificationProperties", "productionEnvironments");

    /**
     * What this layer's settings let through that {@code inherited} — the conventions of the layers above it — would
     * not: a name accepted that they do not accept, a name no longer flagged, a shorter notice, a weaker
     * compatibility mode, a changed scale, naming or pattern. Empty when every setting only tightens. A restricted
     * layer may only tighten: its conventions must never turn a council rule's rejection into an approval.
     */
    public List<String> loosenings(Conventions inherited) {
        Conventions proposed = over(inherited);
        List<String> loosened = new java.util.ArrayList<>();
        for (String setting : settings) {
            Object before = inherited.settings().value(setting);
            Object after = proposed.settings().value(setting);
            if (before instanceof String level && (setting.equals("sensitiveFrom")
                    || setting.equals("personalDataMinimum"))) { // a synonym of the same level changes nothing
                before = inherited.levelOf(level);
                after = proposed.levelOf((String) after);
            }
            if (before.equals(after)) {
                continue;
            }
            String why;
            if (ACCEPTED.contains(setting)) {
                List<?> added = added((List<?>) before, (List<?>) after);
                why = added.isEmpty() ? null : "accepts " + added + ", which the layers above do not";
            } else if (FLAGGED.contains(setting)) {
                List<?> dropped = added((List<?>) after, (List<?>) before);
                why = dropped.isEmpty() ? null : "no longer counts " + dropped + ", which the layers above do";
            } else {
                why = switch (setting) {
                    case "tagVocabulary" -> ((List<?>) after).isEmpty() || !added((List<?>) before, (List<?>) after).isEmpty()
                            && !((List<?>) before).isEmpty() ? "allows tags the layers above do not" : null;
                    case "deprecationNoticeDays" -> (Integer) after < (Integer) before
                            ? "gives " + after + " days of notice where the layers above ask for " + before : null;
                    case "requireDeprecationBeforeBreaking" -> Boolean.TRUE.equals(before)
                            ? "no longer asks for a deprecation before a breaking change" : null;
                    case "compatibility" -> weaker((CompatibilityMode) before, (CompatibilityMode) after)
                            ? "promises " + after + " where the layers above promise " + before : null;
                    case "domainCompatibility" -> weakerByDomain(before, after);
                    // A domain picks one of the usual styles for its names; a pattern of its own could accept anything.
                    case "propertyNaming", "objectNaming" -> NAMED_STYLES.contains(after.toString()) ? null
                            : "is a pattern of its own; a restricted layer picks snake_case, camelCase, PascalCase or"
                            + " kebab-case";
                    default -> "changes it, which only the layers that set it may do";
                };
            }
            if (why != null) {
                loosened.add(setting + " " + why);
            }
        }
        return loosened;
    }

    private static List<?> added(List<?> before, List<?> after) {
        return after.stream().filter(item -> !before.contains(item)).toList();
    }

    private static boolean weaker(CompatibilityMode before, CompatibilityMode after) {
        return before.checksBackward() && !after.checksBackward() || before.checksForward() && !after.checksForward()
                || before.isTransitive() && !after.isTransitive();
    }

    private static String weakerByDomain(Object before, Object after) {
        java.util.Map<?, ?> was = (java.util.Map<?, ?>) before;
        java.util.Map<?, ?> now = (java.util.Map<?, ?>) after;
        for (java.util.Map.Entry<?, ?> entry : was.entrySet()) {
            Object mode = now.get(entry.getKey());
            if (mode == null || weaker((CompatibilityMode) entry.getValue(), (CompatibilityMode) mode)) {
                return "weakens the compatibility the layers above promise for " + entry.getKey();
            }
        }
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConventionsOverlay overlay && overlay.settings.equals(settings)
                && settings.stream().allMatch(setting -> overlay.values.value(setting).equals(values.value(setting)));
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
