package io.meshgov;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Base of meshgov's exceptions: every one carries the full list of problems found, not only the first.
 *
 * <p>The message's first line is the first problem (with a count of the others), so it stands alone in a log;
 * the following lines list every problem.
 */
@API(status = STABLE, since = "0.1.0")
public abstract class MeshgovException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    protected MeshgovException(List<Problem> problems, Throwable cause) {
        super(render(problems), cause);
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in file order; never empty. */
    public List<Problem> problems() {
        return problems;
    }

    private static String render(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an exception needs at least one problem");
        }
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        return problems.get(0) + " (and " + (problems.size() - 1) + " more)\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
