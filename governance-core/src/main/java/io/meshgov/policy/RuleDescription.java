package io.meshgov.policy;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.SourceLocation;
import io.meshgov.decision.Severity;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A rule as its metadata describes it, for catalogs and explanations.
 *
 * @param id            stable id, {@code @id}
 * @param severity      {@code @severity}
 * @param title         {@code @title}, else the rule's name
 * @param rationale     why the council wants it, {@code @rationale}; empty when not given
 * @param remediation   how to fix a violation, {@code @remediation}; empty when not given
 * @param documentation a link to the standard, {@code @documentation}; empty when not given
 * @param pack          the rule pack that holds it
 * @param location      the rule file and line where the rule starts
 * @param fix           what {@code meshgov fix} does about a violation, {@code @fix}; empty when a person must fix it
 *                      (since 0.2.0)
 */
@API(status = STABLE, since = "0.1.0")
public record RuleDescription(String id, Severity severity, String title, String rationale, String remediation,
                              String documentation, String pack, SourceLocation location, String fix) {

    public RuleDescription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(location, "location");
        rationale = rationale == null ? "" : rationale;
        remediation = remediation == null ? "" : remediation;
        documentation = documentation == null ? "" : documentation;
        fix = fix == null ? "" : fix;
    }

    /** A rule without a fix, as 0.1.0 described them. */
    public RuleDescription(String id, Severity severity, String title, String rationale, String remediation,
                           String documentation, String pack, SourceLocation location) {
        this(id, severity, title, rationale, remediation, documentation, pack, location, "");
    }

    /** Whether the rule attaches a fix that {@code meshgov fix} can apply. */
    public boolean fixes() {
        return !fix.isEmpty();
    }
}
