package io.meshgov.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an SLA property's text says, as the rules ask it: numbers as people write them, ISO dates, known units. */
class SlaValuesTest {

    private static SlaProperty sla(String property, String value, String unit) {
        return new SlaProperty("slaProperties[0]", property, value, null, unit, null, null, null, Map.of());
    }

    @Test
    void aNumber_isWhatAPersonWritesAsOne() {
        assertEquals(List.of(true, true, false, false, false, false), List.of("4", " 99.9 ", "NaN", "1e3d", "", "four")
                .stream().map(value -> sla("latency", value, "d").hasNumericValue()).toList());
        assertEquals(99.9, sla("availability", "99.9", "%").numericValue());
        assertTrue(Double.isNaN(sla("availability", "Infinity", "%").numericValue()));
    }

    @Test
    void aDate_isAnIsoDateOrDateTime() {
        assertEquals(LocalDate.of(2027, 6, 1), sla("endOfLife", "2027-06-01", null).dateValue());
        assertEquals(LocalDate.of(2027, 6, 1), sla("endOfLife", "2027-06-01T09:00:00Z", null).dateValue());
        assertNull(sla("endOfLife", "June 2027", null).dateValue());
        assertFalse(sla("endOfLife", null, null).hasDateValue());
    }

    @Test
    void percentagesLifecycleDatesAndUnits_areNamedIgnoringCase() {
        assertTrue(sla("Availability", "99", "%").isPercentage());
        assertTrue(sla("ENDOFLIFE", "2027-06-01", null).isLifecycleDate());
        assertTrue(sla("latency", "4", " Days ").hasKnownUnit());
        assertFalse(sla("latency", "4", "fortnights").hasKnownUnit());
    }
}
