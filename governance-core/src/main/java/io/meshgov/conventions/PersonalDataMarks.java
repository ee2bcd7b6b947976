package io.meshgov.conventions;

import io.meshgov.model.CustomProperty;
import io.meshgov.model.SchemaProperty;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What marks a property as personal data: a tag ({@code personalDataTags}), a flag ({@code personalDataProperties})
 * or a name read in snake_case ({@code personalDataNames}).
 */
final class PersonalDataMarks {

    private static final NamingConvention SNAKE_CASE = NamingConvention.of("snake_case");

    private final List<String> tags;
    private final List<String> flags;
    private final List<Pattern> names;
    private final RememberedVerdicts personalNames = new RememberedVerdicts(this::namesPersonalData);

    PersonalDataMarks(ConventionSettings settings) {
        tags = settings.personalDataTags();
        flags = settings.personalDataProperties();
        names = settings.personalDataNames().stream()
                .map(regex -> SettingsChecks.compile("personalDataNames", regex, Pattern.CASE_INSENSITIVE)).toList();
    }

    boolean isPersonalData(SchemaProperty property) {
        return isMarked(property) || property.name() != null && personalNames.test(property.name());
    }

    boolean isTag(String tag) {
        return tag != null && tags.contains(Words.normalize(tag));
    }

    boolean isMarked(SchemaProperty property) {
        for (String tag : property.tags()) {
            if (isTag(tag)) {
                return true;
            }
        }
        return !flags.isEmpty() && flagged(property);
    }

    /**
     * Whether a custom property named in {@code personalDataProperties} is true ({@code customProperties: [{property:
     * pii, value: true}]}, as datacontract-cli writes it), or the property carries such a key itself ({@code pii:
     * true}, which ODCS keeps as an extension).
     */
    private boolean flagged(SchemaProperty property) {
        for (CustomProperty custom : property.customProperties()) {
            if (isTrue(custom.value()) && flags.contains(Words.normalize(custom.property()))) {
                return true;
            }
        }
        for (Map.Entry<String, Object> extension : property.extensions().entrySet()) {
            if (isTrue(extension.getValue()) && flags.contains(Words.normalize(extension.getKey()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTrue(Object value) {
        return Boolean.TRUE.equals(value) || value instanceof String text && text.strip().equalsIgnoreCase("true");
    }

    private boolean namesPersonalData(String name) {
        String words = SNAKE_CASE.suggest(name);
        return names.stream().anyMatch(pattern -> pattern.matcher(words).matches());
    }
}
