package io.meshgov.internal.policy;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.meshgov.SourceLocation;
import io.meshgov.decision.Severity;
import org.apiguardian.api.API;

/**
 * What a rule (or the engine itself) reported on a descriptor, before the policy decides its effect. The public
 * {@link io.meshgov.decision.Finding} is built once from it, with its real provenance.
 *
 * @param pack the name of the pack whose rule reported it; empty for the engine's own findings (a rule that failed
 *             or ran away), which always block
 * @param fix  the edit that resolves it, or {@code null} when a person must decide
 */
@API(status = INTERNAL)
public record Reported(String ruleId, Severity severity, String title, String message, String path,
                       SourceLocation location, String remediation, String documentation, String pack, io.meshgov.decision.Fix fix) {

    /** What a rule reported without a fix. */
    public Reported(String ruleId, Severity severity, String title, String message, String path,
                    SourceLocation location, String remediation, String documentation, String pack) {
        this(ruleId, severity, title, message, path, location, remediation, documentation, pack, null);
    }
}
