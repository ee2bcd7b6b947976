package io.meshgov.batch;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Told how far a batch evaluation has come, for a progress indicator; called on the evaluating thread. */
@FunctionalInterface
@API(status = STABLE, since = "0.1.0")
public interface BatchProgress {

    /** {@code done} of {@code total} descriptors have been read (and, if readable, judged). */
    void advanced(int done, int total);
}
