package io.meshgov.read;

import io.meshgov.Problem;
import io.meshgov.SourceLocation;
import io.meshgov.model.Origin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What one read accumulates: the problems found so far and the location of every value, by element path. */
final class ReadContext {

    private final String source;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, SourceLocation> locations = new HashMap<>();
    private final List<io.meshgov.model.SchemaDeviation> deviations = new ArrayList<>();

    ReadContext(String source) {
        this.source = source;
    }

    String source() {
        return source;
    }

    void problem(SourceLocation location, String documentPath, String message) {
        problems.add(Problem.error(Problem.Code.CONTENT, location, documentPath, message));
    }

    /** A problem found by another reader (a policy layer's conventions, a baseline), with its own code. */
    void problem(Problem problem) {
        problems.add(problem);
    }

    void locate(String elementPath, SourceLocation location) {
        locations.putIfAbsent(elementPath, location);
    }

    List<Problem> problems() {
        return problems;
    }

    /**
     * Records a departure of the file from its schema, located by its document path: what the JSON Schema refuses,
     * and variable placeholders.
     */
    void deviation(io.meshgov.model.SchemaDeviation deviation, SourceLocation location) {
        deviations.add(deviation);
        locations.putIfAbsent(deviation.path(), location);
    }

    Origin origin() {
        List<io.meshgov.model.SchemaDeviation> inFileOrder = new ArrayList<>(deviations);
        inFileOrder.sort(java.util.Comparator.comparing((io.meshgov.model.SchemaDeviation deviation) ->
                        locations.get(deviation.path()), java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
                .thenComparing(io.meshgov.model.SchemaDeviation::message));
        return new Origin(source, locations, inFileOrder);
    }

    /** Throws every problem found so far, sorted by location, as bad configuration. */
    void throwIfProblems() {
        if (!problems.isEmpty()) {
            List<Problem> sorted = new ArrayList<>(problems);
            sorted.sort(null);
            throw new io.meshgov.ConfigurationException(sorted);
        }
    }
}
