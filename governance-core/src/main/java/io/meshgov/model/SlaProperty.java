package io.meshgov.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * An ODCS {@code slaProperties} entry such as {@code latency 4 d} or {@code retention 3 y}; {@code value} and
 * {@code valueExt} are kept as written, as text.
 *
 * <p>{@code unit} is a keyword in DRL, so rules test it through {@link #hasUnit()} and {@link #hasKnownUnit()}
 * rather than by name.
 */
@API(status = STABLE, since = "0.1.0")
public record SlaProperty(String path, String property, String value, String valueExt, String unit,
                          String element, String driver, String description, Map<String, Object> extensions)
        implements DescriptorElement {

    private static final List<String> UNITS = List.of("ms", "s", "sec", "second", "seconds", "m", "min", "minute",
            "minutes", "h", "hr", "hour", "hours", "d", "day", "days", "w", "week", "weeks", "mo", "month", "months",
            "y", "yr", "year", "years", "%", "percent");
    private static final List<String> PERCENT_PROPERTIES = List.of("availability", "uptime");
    private static final List<String> LIFECYCLE_DATES = List.of("generalAvailability", "endOfSupport", "endOfLife");

    public SlaProperty {
        extensions = Frozen.map(extensions);
    }

    /** Whether it is the SLA property {@code name}, ignoring case ({@code isNamed("endOfLife")}). */
    public boolean isNamed(String name) {
        return property != null && property.equalsIgnoreCase(name);
    }

    /** Whether a unit is given. */
    public boolean hasUnit() {
        return unit != null && !unit.isBlank();
    }

    /** Whether the unit is one meshgov reads: ms, s, m, h, d, w, mo, y and their long forms, or %. */
    public boolean hasKnownUnit() {
        return unit != null && UNITS.contains(unit.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether it measures a share of time in percent: availability, uptime. */
    public boolean isPercentage() {
        return isOneOf(PERCENT_PROPERTIES);
    }

    /** Whether it is a date in the product's life: generalAvailability, endOfSupport, endOfLife. */
    public boolean isLifecycleDate() {
        return isOneOf(LIFECYCLE_DATES);
    }

    /** Whether the value is a number as a person writes one ({@code 4}, {@code 99.9}). */
    public boolean hasNumericValue() {
        return Values.isNumber(value);
    }

    /** The value as a number; NaN when it is not one (see {@link #hasNumericValue()}). */
    public double numericValue() {
        return Values.number(value);
    }

    /**
     * The number of a value that writes its unit inside it ({@code "4h"}, {@code "30 days"}) while no unit is given
     * apart — {@code 4}, {@code 30} — or {@code null} when the value is not such a number and a known unit.
     */
    public String numberInValue() {
        java.util.regex.Matcher split = numberAndUnit();
        return split == null ? null : split.group(1);
    }

    /** The unit of such a value, in lower case ({@code h}, {@code days}), or {@code null} (see {@link #numberInValue()}). */
    public String unitInValue() {
        java.util.regex.Matcher split = numberAndUnit();
        return split == null ? null : split.group(2).toLowerCase(Locale.ROOT);
    }

    private java.util.regex.Matcher numberAndUnit() {
        if (value == null || hasUnit()) {
            return null;
        }
        java.util.regex.Matcher split = NUMBER_AND_UNIT.matcher(value.strip());
        return split.matches() && UNITS.contains(split.group(2).toLowerCase(Locale.ROOT)) ? split : null;
    }

    private static final java.util.regex.Pattern NUMBER_AND_UNIT =
            java.util.regex.Pattern.compile("(0|[1-9][0-9]{0,9}(?:\\.[0-9]{1,6})?|0\\.[0-9]{1,6}) ?([A-Za-z]{1,7}|%)");

    /** Whether the value is an ISO-8601 date or date-time ({@code 2027-06-01}). */
    public boolean hasDateValue() {
        return Values.date(value) != null;
    }

    /** The value as a date; {@code null} when it is not one (see {@link #hasDateValue()}). */
    public LocalDate dateValue() {
        return Values.date(value);
    }

    /** A loop, not a stream: rules ask this of every SLA property, several times each. */
    private boolean isOneOf(List<String> names) {
        if (property == null) {
            return false;
        }
        for (String name : names) {
            if (name.equalsIgnoreCase(property)) {
                return true;
            }
        }
        return false;
    }
}
