package io.meshgov.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Where a descriptor was read from: the source's name, the location of every value, keyed by path
 * ({@code schema[orders].properties[email].classification}), and where the file departs from the official schema
 * of its declared version.
 */
@API(status = STABLE, since = "0.1.0")
public record Origin(String source, Map<String, SourceLocation> locations, List<SchemaDeviation> deviations) {

    private static final Origin NONE = new Origin("", Map.of());

    public Origin {
        Objects.requireNonNull(source, "source");
        locations = Map.copyOf(locations);
        deviations = deviations == null ? List.of() : List.copyOf(deviations);
    }

    /** An origin without schema deviations. */
    public Origin(String source, Map<String, SourceLocation> locations) {
        this(source, locations, List.of());
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
