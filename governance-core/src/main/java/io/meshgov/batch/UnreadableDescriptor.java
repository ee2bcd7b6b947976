package io.meshgov.batch;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.Problem;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/** A descriptor in a batch that could not be read, with every problem found in it; it was not evaluated. */
@API(status = STABLE, since = "0.1.0")
public record UnreadableDescriptor(String source, List<Problem> problems) {

    public UnreadableDescriptor {
        Objects.requireNonNull(source, "source");
        problems = List.copyOf(problems);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an unreadable descriptor needs at least one problem");
        }
    }
}
