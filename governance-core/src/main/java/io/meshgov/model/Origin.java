package io.meshgov.model;

import io.meshgov.SourceLocation;
import java.util.Map;
import java.util.Objects;

/**
 * Where a descriptor was read from: the source's name and the location of every value, keyed by path
 * ({@code schema[orders].properties[email].classification}).
 */
public record Origin(String source, Map<String, SourceLocation> locations) {

    private static final Origin NONE = new Origin("", Map.of());

    public Origin {
        Objects.requireNonNull(source, "source");
        locations = Map.copyOf(locations);
    }

    /** The origin of a descriptor built in code rather than read from a source. */
    public static Origin none() {
        return NONE;
    }

    /**
     * The location of the value at {@code path}, or of its nearest enclosing value when the path is absent (a
     * missing field is reported where it should be added); {@code null} for a descriptor built in code.
     */
    public SourceLocation locate(String path) {
        String current = path;
        while (true) {
            SourceLocation location = locations.get(current);
            if (location != null) {
                return location;
            }
            if (current.isEmpty()) {
                return source.isEmpty() ? null : SourceLocation.startOf(source);
            }
            current = ElementPaths.parent(current);
        }
    }
}
