package io.meshgov.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** How the model reads numbers and dates written as text, the same way for every element. */
final class Values {

    private Values() {
    }

    /** Whether a text is a number as a person writes one ({@code 4}, {@code 99.9}); not NaN, Infinity or 1e3d. */
    static boolean isNumber(String value) {
        if (value == null) {
            return false;
        }
        String number = value.strip();
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                return false;
            }
        }
        try {
            Double.parseDouble(number);
            return !number.isEmpty();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The number a text writes, or NaN when it writes none. */
    static double number(String value) {
        return isNumber(value) ? Double.parseDouble(value.strip()) : Double.NaN;
    }

    /** The date of an ISO-8601 date or date-time ({@code 2027-06-01}, {@code 2027-06-01T09:00:00Z}), or null. */
    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(value).toLocalDate();
            } catch (DateTimeParseException notAnOffsetDateTime) {
                try {
                    return LocalDateTime.parse(value).toLocalDate();
                } catch (DateTimeParseException notADateTime) {
                    return null;
                }
            }
        }
    }
}
