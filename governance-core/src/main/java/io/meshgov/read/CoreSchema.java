package io.meshgov.read;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The YAML 1.2 core schema (YAML 1.2.2, 10.3) for plain scalars, written as scans rather than regular expressions
 * since every plain scalar of every file passes through it: {@code null}, {@code ~} and the empty value are null;
 * {@code true}/{@code false} (also capitalised or upper case) are booleans; {@code 10}, {@code 0o12}, {@code 0xA}
 * are integers ({@code 010} is ten, not YAML 1.1's eight); {@code 1.5}, {@code 1e3}, {@code .inf}, {@code .nan}
 * are floats; everything else is text ({@code yes}, {@code on}, {@code 2022-10-03}, {@code 1_000}).
 */
final class CoreSchema {

    private CoreSchema() {
    }

    static Node.ScalarType typeOf(String text) {
        if (text.isEmpty()) {
            return Node.ScalarType.NULL;
        }
        char first = text.charAt(0);
        if (first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z' || first == '~') {
            return switch (text) {
                case "null", "Null", "NULL", "~" -> Node.ScalarType.NULL;
                case "true", "True", "TRUE", "false", "False", "FALSE" -> Node.ScalarType.BOOLEAN;
                default -> Node.ScalarType.STRING;
            };
        }
        if (isInteger(text)) {
            return Node.ScalarType.INTEGER;
        }
        return isFloat(text) ? Node.ScalarType.DECIMAL : Node.ScalarType.STRING;
    }

    private static boolean isInteger(String text) {
        if (text.length() > 2 && text.charAt(0) == '0' && (text.charAt(1) == 'o' || text.charAt(1) == 'x')) {
            int radix = text.charAt(1) == 'o' ? 8 : 16;
            for (int i = 2; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean digit = c >= '0' && c <= (radix == 8 ? '7' : '9')
                        || radix == 16 && (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F');
                if (!digit) {
                    return false;
                }
            }
            return true;
        }
        int start = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
        return digits(text, start) == text.length() && text.length() > start;
    }

    private static boolean isFloat(String text) {
        int i = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
        String rest = text.substring(i);
        if (rest.equals(".inf") || rest.equals(".Inf") || rest.equals(".INF")) {
            return true;
        }
        if (i == 0 && (rest.equals(".nan") || rest.equals(".NaN") || rest.equals(".NAN"))) {
            return true;
        }
        int integerEnd = digits(text, i);
        boolean integerDigits = integerEnd > i;
        i = integerEnd;
        boolean fractionDigits = false;
        if (i < text.length() && text.charAt(i) == '.') {
            int fractionEnd = digits(text, i + 1);
            fractionDigits = fractionEnd > i + 1;
            i = fractionEnd;
        }
        if (!integerDigits && !fractionDigits) {
            return false;
        }
        if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                i++;
            }
            int exponentEnd = digits(text, i);
            if (exponentEnd == i) {
                return false;
            }
            i = exponentEnd;
        }
        return i == text.length();
    }

    private static int digits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** The value of an integer scalar (YAML core or JSON form). */
    static BigInteger integerValue(String text) {
        if (text.startsWith("0o")) {
            return new BigInteger(text.substring(2), 8);
        }
        if (text.startsWith("0x")) {
            return new BigInteger(text.substring(2), 16);
        }
        return new BigInteger(text.startsWith("+") ? text.substring(1) : text);
    }

    /**
     * The value of a float scalar: a {@code Double} when a double holds it, {@code .inf} and {@code .nan} included as
     * written; a {@code BigDecimal} when it does not ({@code 1e400}), so that nothing silently becomes infinity or zero.
     */
    static Number decimalValue(String text) {
        String unsigned = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        if (unsigned.equalsIgnoreCase(".inf")) {
            return text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (unsigned.equalsIgnoreCase(".nan")) {
            return Double.NaN;
        }
        BigDecimal exact = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
        double approximate = exact.doubleValue();
        if (Double.isInfinite(approximate) || approximate == 0 && exact.signum() != 0) {
            return exact;
        }
        return approximate;
    }
}
