package io.meshgov.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.decision.Decision;
import io.meshgov.decision.Finding;
import io.meshgov.decision.Outcome;
import io.meshgov.decision.Severity;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Fluent assertions on a decision, for rule authors' and embedders' tests. A failure shows the whole decision:
 *
 * <pre>{@code
 * DecisionAssert.assertThat(decision).isRejected().hasFinding("SENS-003").at("schema[customers].properties[email]");
 * }</pre>
 */
@API(status = STABLE, since = "0.1.0")
public final class DecisionAssert {

    private final Decision decision;

    private DecisionAssert(Decision decision) {
        this.decision = Objects.requireNonNull(decision, "decision");
    }

    public static DecisionAssert assertThat(Decision decision) {
        return new DecisionAssert(decision);
    }

    public DecisionAssert isApproved() {
        return hasOutcome(Outcome.APPROVED);
    }

    public DecisionAssert isApprovedWithWarnings() {
        return hasOutcome(Outcome.APPROVED_WITH_WARNINGS);
    }

    public DecisionAssert isRejected() {
        return hasOutcome(Outcome.REJECTED);
    }

    public DecisionAssert hasOutcome(Outcome expected) {
        if (decision.outcome() != expected) {
            throw failure("expected the decision to be " + expected + " but it was " + decision.outcome());
        }
        return this;
    }

    /** No finding at all. */
    public DecisionAssert hasNoFindings() {
        if (!decision.findings().isEmpty()) {
            throw failure("expected no findings but there " + (decision.findings().size() == 1 ? "was 1" : "were "
                    + decision.findings().size()));
        }
        return this;
    }

    /** No finding of this rule. */
    public DecisionAssert hasNoFinding(String ruleId) {
        if (!decision.findingsOf(ruleId).isEmpty()) {
            throw failure("expected no finding of " + ruleId + " but found " + decision.findingsOf(ruleId).size());
        }
        return this;
    }

    /** At least one finding of this rule; narrow it down with {@link FindingAssert#at}. */
    public FindingAssert hasFinding(String ruleId) {
        List<Finding> findings = decision.findingsOf(ruleId);
        if (findings.isEmpty()) {
            throw failure("expected a finding of " + ruleId + " but there is none");
        }
        return new FindingAssert(this, ruleId, findings);
    }

    AssertionError failure(String message) {
        String shown = decision.findings().isEmpty() ? "  (no findings)"
                : decision.findings().stream().map(finding -> "  " + finding).collect(Collectors.joining("\n"));
        return new AssertionError(message + "\nthe decision on " + (decision.source().isEmpty() ? decision.descriptorId()
                : decision.source()) + " was " + decision.outcome() + ":\n" + shown);
    }

    /** The findings of one rule, narrowed by path, severity or message. */
    public static final class FindingAssert {

        private final DecisionAssert decision;
        private final String ruleId;
        private final List<Finding> findings;

        private FindingAssert(DecisionAssert decision, String ruleId, List<Finding> findings) {
            this.decision = decision;
            this.ruleId = ruleId;
            this.findings = findings;
        }

        /** One of the rule's findings is at this path ({@code schema[orders].properties[email]} or below it). */
        public FindingAssert at(String path) {
            List<Finding> matching = findings.stream()
                    .filter(f -> f.path().equals(path) || f.path().startsWith(path + ".")).toList();
            if (matching.isEmpty()) {
                throw decision.failure("expected a finding of " + ruleId + " at " + path + " but it is at "
                        + findings.stream().map(Finding::path).distinct().collect(Collectors.joining(", ")));
            }
            return new FindingAssert(decision, ruleId, matching);
        }

        public FindingAssert withSeverity(Severity severity) {
            if (findings.stream().noneMatch(f -> f.severity() == severity)) {
                throw decision.failure("expected " + ruleId + " with severity " + severity + " but it is "
                        + findings.get(0).severity());
            }
            return this;
        }

        public FindingAssert withMessageContaining(String text) {
            if (findings.stream().noneMatch(f -> f.message().contains(text))) {
                throw decision.failure("expected a message of " + ruleId + " containing \"" + text + "\"");
            }
            return this;
        }

        /** Back to the whole decision, to chain further checks. */
        public DecisionAssert and() {
            return decision;
        }
    }
}
