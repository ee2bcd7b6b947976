package io.meshgov.internal.evolution;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a widening type change (every old value still fits: integer to number, varchar(20) to varchar(50)) from a
 * narrowing one (the reverse) and from a change to an unrelated type.
 */
final class TypeChanges {

    /** Which way a type moved. */
    enum Direction {
        WIDENED, NARROWED, CHANGED;

        <T> T choose(T widened, T narrowed, T changed) {
            return this == WIDENED ? widened : this == NARROWED ? narrowed : changed;
        }
    }

    /** Logical types, each list ordered from narrow to wide. */
    private static final List<List<String>> LOGICAL_LADDERS = List.of(
            List.of("integer", "number"),
            List.of("date", "timestamp"));

    /** Physical types of one family, ordered from narrow to wide. */
    private static final List<List<String>> PHYSICAL_LADDERS = List.of(
            List.of("tinyint", "smallint", "int", "bigint"),
            List.of("int2", "int4", "int8"),
            List.of("int16", "int32", "int64"),
            List.of("float", "double"),
            List.of("float4", "float8"),
            List.of("float32", "float64"),
            List.of("char", "varchar", "text"),
            List.of("date", "timestamp"));

    private static final Pattern SIZED = Pattern.compile("([a-z0-9_ ]+?)\\s*\\(\\s*([0-9]+)\\s*(?:,\\s*([0-9]+)\\s*)?\\)");

    private TypeChanges() {
    }

    /** {@code null} when unchanged or when either side is not given. */
    static Direction logical(String before, String after) {
        if (before == null || after == null || before.equalsIgnoreCase(after)) {
            return null;
        }
        return onLadder(LOGICAL_LADDERS, before.toLowerCase(Locale.ROOT), after.toLowerCase(Locale.ROOT));
    }

    static Direction physical(String before, String after) {
        if (before == null || after == null) {
            return null;
        }
        String old = before.strip().toLowerCase(Locale.ROOT);
        String now = after.strip().toLowerCase(Locale.ROOT);
        if (old.equals(now)) {
            return null;
        }
        Matcher oldSized = SIZED.matcher(old);
        Matcher newSized = SIZED.matcher(now);
        if (oldSized.matches() && newSized.matches() && oldSized.group(1).equals(newSized.group(1))) {
            return sizes(oldSized, newSized);
        }
        String oldBase = old.replaceAll("\\(.*", "").strip();
        String newBase = now.replaceAll("\\(.*", "").strip();
        if (oldBase.equals(newBase)) {
            return Direction.CHANGED;
        }
        return onLadder(PHYSICAL_LADDERS, oldBase, newBase);
    }

    /** varchar(20) → varchar(50) widens; numeric(10,2) → numeric(12,2) widens; numeric(10,2) → numeric(10,0) narrows. */
    private static Direction sizes(Matcher before, Matcher after) {
        int lengthBefore = Integer.parseInt(before.group(2));
        int lengthAfter = Integer.parseInt(after.group(2));
        int scaleBefore = before.group(3) == null ? 0 : Integer.parseInt(before.group(3));
        int scaleAfter = after.group(3) == null ? 0 : Integer.parseInt(after.group(3));
        int integerDigitsBefore = lengthBefore - scaleBefore;
        int integerDigitsAfter = lengthAfter - scaleAfter;
        boolean wider = integerDigitsAfter >= integerDigitsBefore && scaleAfter >= scaleBefore;
        boolean narrower = integerDigitsAfter <= integerDigitsBefore && scaleAfter <= scaleBefore;
        if (wider && !narrower) {
            return Direction.WIDENED;
        }
        if (narrower && !wider) {
            return Direction.NARROWED;
        }
        return Objects.equals(before.group(0), after.group(0)) ? null : Direction.CHANGED;
    }

    private static Direction onLadder(List<List<String>> ladders, String before, String after) {
        for (List<String> ladder : ladders) {
            int from = ladder.indexOf(before);
            int to = ladder.indexOf(after);
            if (from >= 0 && to >= 0) {
                return to > from ? Direction.WIDENED : Direction.NARROWED;
            }
        }
        return Direction.CHANGED;
    }
}
