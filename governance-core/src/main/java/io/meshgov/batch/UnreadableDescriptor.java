package io.meshgov.batch;

import io.meshgov.Problem;
import java.util.List;
import java.util.Objects;

/** A descriptor in a batch that could not be read, with every problem found in it; it was not evaluated. */
public record UnreadableDescriptor(String source, List<Problem> problems) {

    public UnreadableDescriptor {
        Objects.requireNonNull(source, "source");
        problems = List.copyOf(problems);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an unreadable descriptor needs at least one problem");
        }
    }
}
