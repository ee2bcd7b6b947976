package io.meshgov.conventions;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/** How names are written: one of the usual styles, or any regular expression. */
@API(status = STABLE, since = "0.1.0")
public record NamingConvention(String name, Pattern pattern) {

    private static final Pattern WORD_BOUNDARY = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-.]+");

    public NamingConvention {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pattern, "pattern");
    }

    /**
     * {@code snake_case}, {@code camelCase}, {@code PascalCase}, {@code kebab-case}, or else the text taken as a
     * regular expression that the whole name must match.
     */
    public static NamingConvention of(String style) {
        switch (style.toLowerCase(Locale.ROOT)) {
            case "snake_case":
                return new NamingConvention("snake_case", Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*"));
            case "camelcase":
                return new NamingConvention("camelCase", Pattern.compile("[a-z][a-z0-9]*([A-Z][a-z0-9]*)*"));
            case "pascalcase":
                return new NamingConvention("PascalCase", Pattern.compile("([A-Z][a-z0-9]*)+"));
            case "kebab-case":
                return new NamingConvention("kebab-case", Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*"));
            default:
                return new NamingConvention(style, Pattern.compile(style));
        }
    }

    public boolean matches(String candidate) {
        return candidate != null && pattern.matcher(candidate).matches();
    }

    /** The name in this style, where it can be derived ({@code orderId} → {@code order_id}); else the name. */
    public String suggest(String candidate) {
        String[] words = SEPARATORS.split(WORD_BOUNDARY.matcher(candidate).replaceAll("$1 $2"));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i].toLowerCase(Locale.ROOT);
            if (word.isEmpty()) {
                continue;
            }
            switch (name) {
                case "snake_case" -> out.append(out.length() > 0 ? "_" : "").append(word);
                case "kebab-case" -> out.append(out.length() > 0 ? "-" : "").append(word);
                case "camelCase" -> out.append(out.length() == 0 ? word : capitalize(word));
                case "PascalCase" -> out.append(capitalize(word));
                default -> {
                    return candidate;
                }
            }
        }
        return out.toString();
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** Equal when the styles' names and patterns are: {@link Pattern} itself compares by identity. */
    @Override
    public boolean equals(Object other) {
        return other instanceof NamingConvention naming && naming.name.equals(name)
                && naming.pattern.pattern().equals(pattern.pattern()) && naming.pattern.flags() == pattern.flags();
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, pattern.pattern());
    }

    @Override
    public String toString() {
        return name;
    }
}
