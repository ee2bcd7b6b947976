package io.meshgov.policy;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.SourceLocation;
import io.meshgov.decision.Enforcement;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How strictly a rule is enforced, possibly in two stages: {@code level} until a date, {@code then} from that date
 * on — the way a council rolls out a new rule (advisory first, mandatory once teams had time to comply). The
 * evaluation's clock decides which stage is in force.
 *
 * @param rule     a rule id, or a pattern of ids ({@code SENS-*})
 * @param level    the level in force (until {@code until}, when given)
 * @param until    the first day of the second stage; {@code null} for a single stage
 * @param then     the level from {@code until} on; {@code null} for a single stage
 * @param location where the stage is written in the policy file
 */
@API(status = STABLE, since = "0.1.0")
public record EnforcementStage(String rule, Enforcement level, LocalDate until, Enforcement then,
                               SourceLocation location) {

    public EnforcementStage {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(location, "location");
        if ((until == null) != (then == null)) {
            throw new IllegalArgumentException("an enforcement stage needs both 'until' and 'then', or neither");
        }
    }

    /** Whether this stage concerns the rule with that id. */
    public boolean concerns(String ruleId) {
        return Scope.matches(rule, ruleId);
    }

    /** The level in force on that day. */
    public Enforcement levelOn(LocalDate date) {
        return until != null && !date.isBefore(until) ? then : level;
    }

    /** How the stage reads in a finding's provenance: {@code advisory until 2027-01-01, then hard-mandatory}. */
    public String describe() {
        return until == null ? level.label() : level.label() + " until " + until + ", then " + then.label();
    }
}
