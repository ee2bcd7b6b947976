package io.meshgov.decision;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.SourceLocation;
import java.util.Comparator;
import java.util.Objects;
import org.apiguardian.api.API;

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
 * @param provenance    which layer and pack produced it, and what (override, enforcement, waiver, baseline) changed
 *                      its effect
 * @param fix           the edit that resolves it, or {@code null} when a person must decide (since 0.2.0)
 */
@API(status = STABLE, since = "0.1.0")
public record Finding(String ruleId, Severity severity, String title, String message, String path,
                      SourceLocation location, String remediation, String documentation, Provenance provenance, Fix fix)
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
        Objects.requireNonNull(provenance, "provenance");
    }

    /** A finding without a fix, as 0.1.0 made them. */
    public Finding(String ruleId, Severity severity, String title, String message, String path,
                   SourceLocation location, String remediation, String documentation, Provenance provenance) {
        this(ruleId, severity, title, message, path, location, remediation, documentation, provenance, null);
    }

    /** Whether the rule attached an edit that resolves this finding. */
    public boolean hasFix() {
        return fix != null;
    }

    /**
     * Whether the finding blocks publication: an error, enforced (not advisory), neither waived nor in the
     * baseline — except that a hard-mandatory rule's errors always block.
     */
    public boolean blocks() {
        if (severity != Severity.ERROR || provenance.enforcement() == Enforcement.ADVISORY) {
            return false;
        }
        return provenance.enforcement() == Enforcement.HARD_MANDATORY
                || !provenance.isWaived() && !provenance.baselined();
    }

    /**
     * Whether this finding stops a gate that stops at {@code threshold}: at {@code ERROR}, exactly the findings
     * that {@link #blocks()}; at {@code WARNING}, also warnings and the errors made advisory; at {@code INFO},
     * every finding — but never one a waiver or the baseline accepted, unless it blocks.
     */
    public boolean stopsAt(Severity threshold) {
        if (blocks()) {
            return true;
        }
        return threshold != Severity.ERROR && severity.compareTo(threshold) <= 0 && !provenance.isWaived()
                && !provenance.baselined();
    }

    /**
     * One line on why this finding has the effect it has: {@code blocks: ERROR from layer council (standard 0.2.0),
     * hard-mandatory} or {@code does not block: waived by WVR-7}.
     */
    public String why() {
        StringBuilder why = new StringBuilder(blocks() ? "blocks: " : "does not block: ");
        why.append(severity).append(" from ");
        why.append(provenance.layer().isEmpty() ? "the engine" : "layer " + provenance.layer()
                + (provenance.pack().isEmpty() ? "" : " (" + provenance.pack() + ")"));
        why.append(", ").append(provenance.enforcement().label());
        for (String effect : provenance.effects()) {
            why.append("; ").append(effect);
        }
        return why.toString();
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
