package io.meshgov.internal.evolution;

import java.math.BigInteger;
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

    /** Types of a fixed length: any change of size rewrites every value (padding, truncation). */
    private static final List<String> FIXED_LENGTH = List.of("char", "character", "nchar", "national char", "bpchar",
            "binary", "fixed", "fixedstring");
    /** Integer physical types, and the largest integer each holds, as a power of two. */
    private static final java.util.Map<String, Integer> INTEGER_BITS = java.util.Map.ofEntries(
            java.util.Map.entry("tinyint", 7), java.util.Map.entry("smallint", 15), java.util.Map.entry("int2", 15),
            java.util.Map.entry("int16", 15), java.util.Map.entry("int", 31), java.util.Map.entry("integer", 31),
            java.util.Map.entry("int4", 31), java.util.Map.entry("int32", 31), java.util.Map.entry("bigint", 63),
            java.util.Map.entry("int8", 63), java.util.Map.entry("int64", 63), java.util.Map.entry("long", 63));
    /** Floating-point physical types, and the largest integer each holds exactly, as a power of two. */
    private static final java.util.Map<String, Integer> FLOAT_EXACT_BITS = java.util.Map.of("float", 24,
            "float4", 24, "float32", 24, "real", 24, "double", 53, "double precision", 53, "float8", 53,
            "float64", 53);

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
            return FIXED_LENGTH.contains(oldSized.group(1).strip()) ? Direction.CHANGED : sizes(oldSized, newSized);
        }
        String oldBase = base(old);
        String newBase = base(now);
        if (oldBase.equals(newBase)) {
            return Direction.CHANGED;
        }
        if (INTEGER_BITS.containsKey(oldBase) && FLOAT_EXACT_BITS.containsKey(newBase)) {
            return Direction.WIDENED; // every integer is read as a number; precisionCaveat says what may round
        }
        if (FLOAT_EXACT_BITS.containsKey(oldBase) && INTEGER_BITS.containsKey(newBase)) {
            return Direction.NARROWED; // readers of floating point read every integer; old fractions do not fit
        }
        return onLadder(PHYSICAL_LADDERS, oldBase, newBase);
    }

    /**
     * What a widening loses, when it may: {@code bigint} to {@code double} rounds integers above 2^53. Empty
     * otherwise.
     */
    static String precisionCaveat(String before, String after) {
        if (before == null || after == null) {
            return "";
        }
        Integer integerBits = INTEGER_BITS.get(base(before.strip().toLowerCase(Locale.ROOT)));
        Integer exactBits = FLOAT_EXACT_BITS.get(base(after.strip().toLowerCase(Locale.ROOT)));
        return integerBits != null && exactBits != null && integerBits > exactBits
                ? "integers above 2^" + exactBits + " are rounded" : "";
    }

    private static String base(String type) {
        return type.replaceAll("\\(.*", "").strip();
    }

    /** varchar(20) → varchar(50) widens; numeric(10,2) → numeric(12,2) widens; numeric(10,2) → numeric(10,0) narrows. */
    private static Direction sizes(Matcher before, Matcher after) {
        // Sizes of any length are compared exactly: varchar(99999999999) is a size, not a defect.
        BigInteger lengthBefore = new BigInteger(before.group(2));
        BigInteger lengthAfter = new BigInteger(after.group(2));
        BigInteger scaleBefore = before.group(3) == null ? BigInteger.ZERO : new BigInteger(before.group(3));
        BigInteger scaleAfter = after.group(3) == null ? BigInteger.ZERO : new BigInteger(after.group(3));
        int integerDigits = lengthAfter.subtract(scaleAfter).compareTo(lengthBefore.subtract(scaleBefore));
        int scale = scaleAfter.compareTo(scaleBefore);
        boolean wider = integerDigits >= 0 && scale >= 0;
        boolean narrower = integerDigits <= 0 && scale <= 0;
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
