package io.meshgov.conventions;

import io.meshgov.model.DataContract;
import io.meshgov.model.SchemaObject;
import io.meshgov.model.SchemaProperty;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The classification scale as rules read it: every name and synonym, normalised, to its level (0 = least strict). */
final class ClassificationScale {

    private final List<ClassificationLevel> levels;
    private final Map<String, Integer> byName = new HashMap<>();

    ClassificationScale(List<ClassificationLevel> levels) {
        if (levels.isEmpty()) {
            throw new Conventions.InvalidSetting("classifications", "the classification scale needs at least one level");
        }
        this.levels = levels;
        for (int level = levels.size() - 1; level >= 0; level--) { // a name used twice means its lower level
            for (String name : levels.get(level).names()) {
                byName.put(name, level);
            }
        }
    }

    /** The position of a classification on the scale, or -1 when unknown or absent. */
    int levelOf(String classification) {
        if (classification == null) {
            return -1;
        }
        Integer level = byName.get(classification); // as written, most values are already a normalized name
        return level != null ? level : byName.getOrDefault(Words.normalize(classification), -1);
    }

    /** The level a setting names, or an {@link Conventions.InvalidSetting} naming that setting. */
    int requiredLevel(String setting, String name) {
        int level = levelOf(name);
        if (level < 0) {
            throw new Conventions.InvalidSetting(setting, "must name a classification of the scale " + names()
                    + " but was \"" + name + "\"");
        }
        return level;
    }

    /** The most strictly classified property of the contract, the first in document order; {@code null} when none is. */
    SchemaProperty mostSensitiveProperty(DataContract contract) {
        // Several rules ask this of every contract: walk the schema in place rather than copy its properties.
        // Indexed loops: an iterator per list would be most of what the walk allocates.
        SchemaProperty most = null;
        List<SchemaObject> schema = contract.schema();
        for (int i = 0; i < schema.size(); i++) {
            List<SchemaProperty> properties = schema.get(i).properties();
            for (int j = 0; j < properties.size(); j++) {
                most = moreSensitive(most, properties.get(j));
            }
        }
        return most;
    }

    private SchemaProperty moreSensitive(SchemaProperty most, SchemaProperty property) {
        if (levelOf(property.classification()) > (most == null ? -1 : levelOf(most.classification()))) {
            most = property;
        }
        if (property.items() != null) {
            most = moreSensitive(most, property.items());
        }
        List<SchemaProperty> nested = property.properties();
        for (int i = 0; i < nested.size(); i++) {
            most = moreSensitive(most, nested.get(i));
        }
        return most;
    }

    String levelName(int level) {
        return level < 0 || level >= levels.size() ? "none" : levels.get(level).name();
    }

    List<String> names() {
        return levels.stream().map(ClassificationLevel::name).toList();
    }
}
