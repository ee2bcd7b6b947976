package io.meshgov.model;

import java.util.List;
import java.util.function.Function;

/** Finds a name used twice in a list of elements, so that rules report the repetition, not the first use. */
final class EarlierNames {

    private EarlierNames() {
    }

    /** Whether an element before {@code item} in {@code items} has the same, non-null name. */
    static <T> boolean repeated(List<T> items, T item, Function<T, String> name) {
        for (T earlier : items) {
            if (earlier == item) {
                return false;
            }
            if (name.apply(earlier) != null && name.apply(earlier).equals(name.apply(item))) {
                return true;
            }
        }
        return false;
    }
}
