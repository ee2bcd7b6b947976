package io.meshgov.internal.evolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares the value constraints of {@code logicalTypeOptions} (lengths, ranges, item counts): a constraint that
 * admits fewer values than before is tightened, one that admits more is loosened; adding a limit tightens,
 * dropping one loosens.
 */
final class Constraints {

    /** One constraint that moved: {@code tightened} admits fewer values, else more; {@code changed} neither. */
    record Move(String name, String before, String after, boolean tightened, boolean changed) {

        Move(String name, String before, String after, boolean tightened) {
            this(name, before, after, tightened, false);
        }
    }

    /** Constraints that admit fewer values when added and more when removed, and other values when changed. */
    private static final List<String> OPAQUE = List.of("pattern", "format");

    /** Constraints whose larger value admits more: raising them loosens. */
    private static final List<String> UPPER = List.of("maxLength", "maximum", "exclusiveMaximum", "maxItems",
            "maxProperties");
    /** Constraints whose larger value admits less: raising them tightens. */
    private static final List<String> LOWER = List.of("minLength", "minimum", "exclusiveMinimum", "minItems",
            "minProperties");

    private Constraints() {
    }

    static List<Move> moves(Map<String, Object> before, Map<String, Object> after) {
        List<Move> moves = new ArrayList<>();
        for (String name : UPPER) {
            compare(name, before.get(name), after.get(name), true, moves);
        }
        for (String name : LOWER) {
            compare(name, before.get(name), after.get(name), false, moves);
        }
        for (String name : OPAQUE) {
            Object old = before.get(name);
            Object now = after.get(name);
            if (!Objects.equals(old, now)) {
                moves.add(old == null || now == null ? new Move(name, text(old), text(now), now != null)
                        : new Move(name, text(old), text(now), false, true));
            }
        }
        multipleOf(before.get("multipleOf"), after.get("multipleOf"), moves);
        boolean uniqueBefore = Boolean.TRUE.equals(before.get("uniqueItems"));
        boolean uniqueAfter = Boolean.TRUE.equals(after.get("uniqueItems"));
        if (uniqueBefore != uniqueAfter) {
            moves.add(new Move("uniqueItems", String.valueOf(uniqueBefore), String.valueOf(uniqueAfter), uniqueAfter));
        }
        return moves;
    }

    private static void compare(String name, Object before, Object after, boolean upper, List<Move> moves) {
        if (Objects.equals(before, after) || before == null && after == null) {
            return;
        }
        String old = before == null ? null : String.valueOf(before);
        String now = after == null ? null : String.valueOf(after);
        if (before == null || after == null) {
            moves.add(new Move(name, old, now, after != null));
            return;
        }
        int order = compareValues(old, now);
        if (order != 0) {
            boolean raised = order < 0;
            moves.add(new Move(name, old, now, upper != raised));
        }
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    /**
     * {@code multipleOf}: a new value that is a multiple of the old admits fewer values (0.01 to 0.1 tightens); one
     * the old is a multiple of admits more; otherwise the two admit different values.
     */
    private static void multipleOf(Object before, Object after, List<Move> moves) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before == null || after == null) {
            moves.add(new Move("multipleOf", text(before), text(after), after != null));
            return;
        }
        try {
            java.math.BigDecimal old = new java.math.BigDecimal(text(before));
            java.math.BigDecimal now = new java.math.BigDecimal(text(after));
            if (old.compareTo(now) == 0) {
                return;
            }
            if (old.signum() != 0 && now.remainder(old).signum() == 0) {
                moves.add(new Move("multipleOf", text(before), text(after), true));
            } else if (now.signum() != 0 && old.remainder(now).signum() == 0) {
                moves.add(new Move("multipleOf", text(before), text(after), false));
            } else {
                moves.add(new Move("multipleOf", text(before), text(after), false, true));
            }
        } catch (NumberFormatException | ArithmeticException notNumbers) {
            moves.add(new Move("multipleOf", text(before), text(after), false, true));
        }
    }

    /** Numbers by value, anything else (ISO dates and times) as text. */
    private static int compareValues(String before, String after) {
        try {
            return Double.compare(Double.parseDouble(before), Double.parseDouble(after));
        } catch (NumberFormatException notNumbers) {
            return before.compareTo(after);
        }
    }
}
