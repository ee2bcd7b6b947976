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

    /** One constraint that moved. */
    record Move(String name, String before, String after, boolean tightened) {
    }

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

    /** Numbers by value, anything else (ISO dates and times) as text. */
    private static int compareValues(String before, String after) {
        try {
            return Double.compare(Double.parseDouble(before), Double.parseDouble(after));
        } catch (NumberFormatException notNumbers) {
            return before.compareTo(after);
        }
    }
}
