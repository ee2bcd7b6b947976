package io.meshgov.conventions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One level of the classification scale: its canonical name and the synonyms that mean the same. */
public record ClassificationLevel(String name, List<String> synonyms) {

    public ClassificationLevel {
        Objects.requireNonNull(name, "name");
        synonyms = List.copyOf(synonyms);
    }

    /** The canonical name and every synonym, normalised for comparison. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(Words.normalize(name));
        synonyms.forEach(synonym -> names.add(Words.normalize(synonym)));
        return names;
    }
}
