package io.meshgov.internal.evolution;

import io.meshgov.conventions.Conventions;
import io.meshgov.model.SlaProperty;
import java.util.Locale;
import java.util.Map;

/**
 * Whether an SLA promise got stronger or weaker: a shorter latency or a higher availability is stronger, a
 * longer retention is stronger (consumers keep more history). Durations are compared in hours across units.
 */
final class ServiceLevels {

    private static final Map<String, Double> HOURS = Map.ofEntries(
            Map.entry("ms", 1.0 / 3_600_000), Map.entry("s", 1.0 / 3600), Map.entry("sec", 1.0 / 3600),
            Map.entry("second", 1.0 / 3600), Map.entry("seconds", 1.0 / 3600), Map.entry("m", 1.0 / 60),
            Map.entry("min", 1.0 / 60), Map.entry("minute", 1.0 / 60), Map.entry("minutes", 1.0 / 60),
            Map.entry("h", 1.0), Map.entry("hr", 1.0), Map.entry("hour", 1.0), Map.entry("hours", 1.0),
            Map.entry("d", 24.0), Map.entry("day", 24.0), Map.entry("days", 24.0), Map.entry("w", 168.0),
            Map.entry("week", 168.0), Map.entry("weeks", 168.0), Map.entry("mo", 730.0), Map.entry("month", 730.0),
            Map.entry("months", 730.0), Map.entry("y", 8760.0), Map.entry("yr", 8760.0), Map.entry("year", 8760.0),
            Map.entry("years", 8760.0));

    private ServiceLevels() {
    }

    /** Positive when {@code after} promises more, negative when less, {@code null} when they cannot be compared. */
    static Integer compareStrength(String property, SlaProperty before, SlaProperty after, Conventions conventions) {
        if (after.isPercentage()) {
            Double old = number(before.value());
            Double now = number(after.value());
            return old == null || now == null ? null : Double.compare(now, old);
        }
        if (conventions.isFreshnessProperty(property) || conventions.needsUnit(property)) {
            Double old = hours(before);
            Double now = hours(after);
            if (old == null || now == null) {
                return null;
            }
            int longer = Double.compare(now, old);
            return conventions.isRetentionProperty(property) ? longer : -longer;
        }
        return null;
    }

    private static Double hours(SlaProperty property) {
        Double value = number(property.value());
        Double unit = property.hasUnit() ? HOURS.get(property.unit().strip().toLowerCase(Locale.ROOT)) : null;
        return value == null || unit == null ? null : value * unit;
    }

    private static Double number(String value) {
        try {
            return value == null ? null : Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
