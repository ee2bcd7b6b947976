package io.meshgov.policy;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.SourceLocation;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An explicit, owned and temporary exception to a rule. A finding it covers stays in the decision, marked waived
 * with the waiver's id, and no longer blocks; after {@code expires} the waiver stops applying and is reported.
 *
 * @param id            a reference for the exception, unique in the policy ({@code WVR-2026-014})
 * @param rule          the rule id it lifts, exactly
 * @param scope         which descriptors and paths it covers (within its layer's scope)
 * @param justification why the exception is acceptable for now
 * @param owner         who will remove the cause before it expires
 * @param approver      who accepted the exception for the council
 * @param expires       the last day the waiver applies
 * @param layer         the policy layer that grants it
 * @param location      where it is written in the policy file
 */
@API(status = STABLE, since = "0.1.0")
public record Waiver(String id, String rule, Scope scope, String justification, String owner, String approver,
                     LocalDate expires, String layer, SourceLocation location) {

    public Waiver {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(justification, "justification");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(approver, "approver");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(location, "location");
    }

    /** Whether the waiver has stopped applying on that day. */
    public boolean isExpiredOn(LocalDate date) {
        return date.isAfter(expires);
    }

    /** Whether the waiver still applies on that day but expires within {@code days} days. */
    public boolean expiresWithin(LocalDate date, int days) {
        return !isExpiredOn(date) && !date.plusDays(days).isBefore(expires);
    }
}
