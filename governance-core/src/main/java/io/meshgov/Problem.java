package io.meshgov;

import java.util.Objects;

/**
 * One thing wrong with an input — a descriptor or a rule file — as data: where, about what, and what is wrong.
 *
 * <p>Renders on one line that stands alone in a log:
 * {@code orders.odcs.yaml:14:5: schema[0].properties[2].required: expected a boolean but was "yes"}.
 *
 * @param location where the problem is
 * @param subject  what it is about: a path in a descriptor or a rule's name; empty when it is the whole file
 * @param message  what is wrong and, where we can tell, how to fix it
 */
public record Problem(SourceLocation location, String subject, String message) implements Comparable<Problem> {

    public Problem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public int compareTo(Problem other) {
        int byLocation = location.compareTo(other.location);
        return byLocation != 0 ? byLocation : message.compareTo(other.message);
    }

    @Override
    public String toString() {
        return subject.isEmpty() ? location + ": " + message : location + ": " + subject + ": " + message;
    }
}
