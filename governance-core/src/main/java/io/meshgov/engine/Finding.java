package io.meshgov.engine;

import io.meshgov.SourceLocation;
import java.util.Comparator;
import java.util.Objects;

/**
 * One rule's verdict on one place in a descriptor.
 *
 * @param ruleId        the rule's stable id ({@code META-001})
 * @param severity      from the rule's {@code @severity}
 * @param title         from the rule's {@code @title}, else its name
 * @param message       what is wrong here, written by the rule
 * @param path          where in the descriptor ({@code schema[orders].properties[email].classification})
 * @param location      file, line and column of that place, or of its nearest enclosing value when the field is
 *                      missing; {@code null} for a descriptor built in code
 * @param remediation   how the owning team fixes it, with an example value
 * @param documentation a link to the standard behind the rule; empty when the rule gives none
 */
public record Finding(String ruleId, Severity severity, String title, String message, String path,
                      SourceLocation location, String remediation, String documentation)
        implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::path)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(path, "path");
        remediation = remediation == null ? "" : remediation;
        documentation = documentation == null ? "" : documentation;
    }

    /** Errors first, then by rule id, path and message: the same input always lists findings the same way. */
    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }

    /** Whether the finding only informs (severity INFO): nothing to fix. */
    public boolean isInformational() {
        return severity == Severity.INFO;
    }

    @Override
    public String toString() {
        return (location == null ? "" : location + ": ") + severity + " " + ruleId + " " + path + ": " + message;
    }
}
