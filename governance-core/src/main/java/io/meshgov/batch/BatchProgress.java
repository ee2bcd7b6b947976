package io.meshgov.batch;

/** Told how far a batch evaluation has come, for a progress indicator; called on the evaluating thread. */
@FunctionalInterface
public interface BatchProgress {

    /** {@code done} of {@code total} descriptors have been read (and, if readable, judged). */
    void advanced(int done, int total);
}
