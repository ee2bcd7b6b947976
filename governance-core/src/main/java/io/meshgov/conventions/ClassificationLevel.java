package io.meshgov.conventions;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/** One level of the classification scale: its canonical name and the synonyms that mean the same. */
@API(status = STABLE, since = "0.1.0")
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
