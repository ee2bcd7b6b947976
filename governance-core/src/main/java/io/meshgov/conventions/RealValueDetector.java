package io.meshgov.conventions;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells realistic personal values from placeholders, for the rule that keeps real data out of the catalog. */
final class RealValueDetector {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@([A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+)");
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    private static final Pattern SSN = Pattern.compile("(?!000|666|9)[0-9]{3}-(?!00)[0-9]{2}-(?!0000)[0-9]{4}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ().-]{6,}[0-9]");
    private static final Pattern IPV4 = Pattern.compile("([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})");

    private RealValueDetector() {
    }

    static boolean looksReal(String example, List<String> safeDomains) {
        if (example == null || example.isBlank()) {
            return false;
        }
        String value = example.strip();
        if (isMasked(value)) {
            return false;
        }
        Matcher email = EMAIL.matcher(value);
        if (email.matches()) {
            String domain = email.group(1).toLowerCase(Locale.ROOT);
            return safeDomains.stream().noneMatch(safe -> domain.equals(safe) || domain.endsWith("." + safe));
        }
        String compact = value.replaceAll("[ -]", "");
        if (compact.matches("[0-9]{13,19}")) {
            return luhnValid(compact);
        }
        if (IBAN.matcher(compact).matches() || SSN.matcher(value).matches()) {
            return true;
        }
        Matcher ip = IPV4.matcher(value);
        if (ip.matches()) {
            return !isDocumentationOrPrivate(ip);
        }
        if (PHONE.matcher(value).matches()) {
            String digits = value.replaceAll("[^0-9]", "");
            return digits.length() >= 7 && !digits.chars().allMatch(c -> c == digits.charAt(0))
                    && !digits.contains("555") && !value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}.*");
        }
        return false;
    }

    /**
     * Whether the value holds a placeholder: {@code **}, {@code xxx}, {@code XXX}, {@code ###}, {@code ...} or
     * {@code <name>}. A single scan: the regular expression it replaces ({@code .*(\*{2,}|x{3,}|...).*}) backtracked
     * over every position and took seconds on a long example.
     */
    static boolean isMasked(String value) {
        int lastClose = value.lastIndexOf('>');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean second = i + 1 < value.length() && value.charAt(i + 1) == c;
            boolean third = second && i + 2 < value.length() && value.charAt(i + 2) == c;
            if (c == '*' && second || (c == 'x' || c == 'X' || c == '#' || c == '.') && third) {
                return true;
            }
            if (c == '<' && i + 1 < value.length() && value.charAt(i + 1) != '>' && lastClose > i + 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean luhnValid(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /** RFC 5737 documentation ranges and RFC 1918 private ranges are not anyone's address. */
    private static boolean isDocumentationOrPrivate(Matcher ip) {
        int a = Integer.parseInt(ip.group(1));
        int b = Integer.parseInt(ip.group(2));
        int c = Integer.parseInt(ip.group(3));
        return a == 10 || a == 127 || a == 192 && b == 168 || a == 172 && b >= 16 && b <= 31
                || a == 192 && b == 0 && c == 2 || a == 198 && b == 51 && c == 100 || a == 203 && b == 0 && c == 113;
    }
}
