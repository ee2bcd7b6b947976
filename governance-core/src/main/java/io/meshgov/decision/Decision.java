package io.meshgov.decision;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.model.DescriptorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The engine's verdict on one descriptor: the outcome, every finding in a stable order, and the fingerprint of
 * the rule set that decided it (so a decision can be traced to the exact rules in force).
 *
 * @param descriptorId       the descriptor's {@code id}
 * @param kind               data contract or data product
 * @param source             where the descriptor was read from; empty when built in code
 * @param outcome            derived from the findings' severities
 * @param findings           sorted: errors first, then by rule id and path
 * @param ruleSetFingerprint {@code sha256:...} of every rule file, the conventions and the policy that took part
 * @param rulePacks          the packs whose rules judged it, with their versions ({@code standard 0.2.0}), in layer
 *                           order
 */
@API(status = STABLE, since = "0.1.0")
public record Decision(String descriptorId, DescriptorKind kind, String source, Outcome outcome,
                       List<Finding> findings, String ruleSetFingerprint, List<String> rulePacks) {

    public Decision {
        Objects.requireNonNull(descriptorId, "descriptorId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(ruleSetFingerprint, "ruleSetFingerprint");
        rulePacks = List.copyOf(rulePacks);
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(null);
        findings = List.copyOf(sorted);
        Outcome derived = outcomeOf(findings);
        if (outcome != derived) {
            throw new IllegalArgumentException("outcome was " + outcome + " but the findings make it " + derived);
        }
    }

    /** A decision whose outcome follows from its findings. */
    public static Decision of(String descriptorId, DescriptorKind kind, String source, List<Finding> findings,
                              String ruleSetFingerprint, List<String> rulePacks) {
        return new Decision(descriptorId, kind, source, outcomeOf(findings), findings, ruleSetFingerprint,
                rulePacks);
    }

    /** Whether the descriptor may be published: approved, with or without warnings. */
    public boolean isApproved() {
        return outcome != Outcome.REJECTED;
    }

    /**
     * Whether every rule ran to the end. An evaluation a rule broke ({@code ENGINE-001}) or that its limits stopped
     * ({@code ENGINE-002}, see {@code EvaluationLimits}) is incomplete, and always rejected: what it did not check
     * cannot be approved.
     */
    public boolean isComplete() {
        for (Finding finding : findings) {
            if (finding.ruleId().startsWith("ENGINE-")) {
                return false;
            }
        }
        return true;
    }

    /** The findings of one rule. */
    public List<Finding> findingsOf(String ruleId) {
        return findings.stream().filter(finding -> finding.ruleId().equals(ruleId)).toList();
    }

    /** Whether any finding stops a gate that stops at {@code threshold} (see {@link Finding#stopsAt}). */
    public boolean stopsAt(Severity threshold) {
        return findings.stream().anyMatch(finding -> finding.stopsAt(threshold));
    }

    /** The findings that block publication (see {@link Finding#blocks()}). */
    public List<Finding> blocking() {
        return findings.stream().filter(Finding::blocks).toList();
    }

    /**
     * Rejected when a finding blocks; approved with warnings when a finding warns or is an error that does not
     * block (advisory, waived, baselined) — it stays visible; approved otherwise.
     */
    private static Outcome outcomeOf(List<Finding> findings) {
        boolean warned = false;
        for (int i = 0; i < findings.size(); i++) { // indexed: every decision passes here twice
            Finding finding = findings.get(i);
            if (finding.blocks()) {
                return Outcome.REJECTED;
            }
            warned |= finding.severity() != Severity.INFO;
        }
        return warned ? Outcome.APPROVED_WITH_WARNINGS : Outcome.APPROVED;
    }
}
