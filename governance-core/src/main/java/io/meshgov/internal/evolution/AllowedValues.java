package io.meshgov.internal.evolution;

import io.meshgov.model.QualityCheck;
import io.meshgov.model.SchemaProperty;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values a property may take, where the contract says: {@code logicalTypeOptions.enum}, or the
 * {@code validValues} of a quality check (ODCS v3.0 at the check, v3.1 under {@code arguments}).
 */
final class AllowedValues {

    private AllowedValues() {
    }

    static Set<String> of(SchemaProperty property) {
        Set<String> values = new LinkedHashSet<>();
        addAll(property.logicalTypeOptions().get("enum"), values);
        values.addAll(property.allowedValues()); // ODCS v3.2's enum on the property
        for (QualityCheck check : property.quality()) {
            addAll(check.extensions().get("validValues"), values);
            if (check.extensions().get("arguments") instanceof Map<?, ?> arguments) {
                addAll(arguments.get("validValues"), values);
            }
        }
        return values;
    }

    private static void addAll(Object list, Set<String> values) {
        if (list instanceof List<?> items) {
            items.forEach(item -> values.add(String.valueOf(item)));
        }
    }

    /**
     * Whether a quality check states allowed values ({@code validValues}): its addition or removal is an
     * allowed-values change, judged by comparing the values, not a quality check added or removed.
     */
    static boolean isAllowedValuesCheck(QualityCheck check) {
        return check.extensions().get("validValues") instanceof List<?>
                || check.extensions().get("arguments") instanceof Map<?, ?> arguments
                && arguments.get("validValues") instanceof List<?>;
    }
}
