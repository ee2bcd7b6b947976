package io.meshgov.internal.evolution;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether a quality check's new thresholds promise more than the old: a higher lower bound
 * ({@code mustBeGreaterThan}, {@code mustBeGreaterOrEqualTo}), a lower upper bound ({@code mustBeLessThan},
 * {@code mustBeLessOrEqualTo}). Any other threshold changed, added or removed is not known to be stricter.
 */
final class Thresholds {

    private static final List<String> LOWER_BOUNDS = List.of("mustBeGreaterThan", "mustBeGreaterOrEqualTo",
            "mustBeGreaterThanOrEqualTo");
    private static final List<String> UPPER_BOUNDS = List.of("mustBeLessThan", "mustBeLessOrEqualTo",
            "mustBeLessThanOrEqualTo");

    private Thresholds() {
    }

    static boolean stricter(Map<String, Object> before, Map<String, Object> after) {
        if (!before.keySet().equals(after.keySet()) || before.equals(after)) {
            return false;
        }
        for (Map.Entry<String, Object> threshold : before.entrySet()) {
            Object now = after.get(threshold.getKey());
            if (Objects.equals(threshold.getValue(), now)) {
                continue;
            }
            BigDecimal old = number(threshold.getValue());
            BigDecimal next = number(now);
            if (old == null || next == null) {
                return false;
            }
            int moved = next.compareTo(old);
            boolean stricter = LOWER_BOUNDS.contains(threshold.getKey()) ? moved > 0
                    : UPPER_BOUNDS.contains(threshold.getKey()) && moved < 0;
            if (!stricter) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal number(Object value) {
        try {
            return value == null ? null : new BigDecimal(String.valueOf(value).strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
