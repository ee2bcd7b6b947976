package io.meshgov.cli;

import io.meshgov.engine.BatchResult;
import io.meshgov.engine.Decision;
import io.meshgov.engine.Finding;
import io.meshgov.engine.Outcome;
import io.meshgov.engine.RuleDescription;
import io.meshgov.engine.Severity;
import java.util.List;

/**
 * What one command run decided, for the output formats: the decisions, the unreadable descriptors, the rules in
 * force, and when the run counts as failed.
 */
record Report(String toolVersion, BatchResult batch, List<RuleDescription> rules, String fingerprint,
              Severity failOn) {

    long count(Outcome outcome) {
        return batch.decisions().stream().filter(decision -> decision.outcome() == outcome).count();
    }

    /** Whether a finding fails the run: errors always, warnings with --fail-on warning. */
    boolean fails(Finding finding) {
        return finding.severity() == Severity.ERROR || failOn == Severity.WARNING && finding.severity() == Severity.WARNING;
    }

    boolean fails(Decision decision) {
        return decision.findings().stream().anyMatch(this::fails);
    }

    int exitCode() {
        if (!batch.unreadable().isEmpty()) {
            return ExitCode.UNUSABLE;
        }
        return batch.decisions().stream().anyMatch(this::fails) ? ExitCode.REJECTED : ExitCode.APPROVED;
    }

    String summary() {
        return String.format("%d descriptor%s: %d approved, %d approved with warnings, %d rejected, %d unreadable",
                batch.decisions().size() + batch.unreadable().size(),
                batch.decisions().size() + batch.unreadable().size() == 1 ? "" : "s",
                count(Outcome.APPROVED), count(Outcome.APPROVED_WITH_WARNINGS), count(Outcome.REJECTED),
                batch.unreadable().size());
    }
}
