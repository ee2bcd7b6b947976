package io.meshgov.cli;

import io.meshgov.batch.BatchResult;
import io.meshgov.batch.UnreadableDescriptor;
import io.meshgov.decision.Decision;
import io.meshgov.decision.Finding;
import io.meshgov.decision.Outcome;
import io.meshgov.decision.Severity;
import io.meshgov.policy.RuleDescription;
import java.util.List;

/**
 * What one command run decided, for the output formats: the decisions, the unreadable descriptors, the rules in
 * force, and when the run counts as failed.
 */
record Report(String toolVersion, BatchResult batch, List<RuleDescription> rules, String fingerprint,
              Severity failOn, java.util.Set<String> compared, List<UnreadableDescriptor> notJudged,
              boolean strictDiscovery) {

    /** A report of plain checks: no decision compared two versions. */
    Report(String toolVersion, BatchResult batch, List<RuleDescription> rules, String fingerprint, Severity failOn) {
        this(toolVersion, batch, rules, fingerprint, failOn, java.util.Set.of());
    }

    /** A report where every file searched could be told apart. */
    Report(String toolVersion, BatchResult batch, List<RuleDescription> rules, String fingerprint, Severity failOn,
           java.util.Set<String> compared) {
        this(toolVersion, batch, rules, fingerprint, failOn, compared, List.of(), false);
    }

    /** This report, with the files searched that could not be read to tell whether they are descriptors. */
    Report withNotJudged(List<UnreadableDescriptor> files, boolean strict) {
        return new Report(toolVersion, batch, rules, fingerprint, failOn, compared, files, strict);
    }

    /**
     * The rules that took part in a decision: every rule, but those that judge a change between versions (kept in a
     * pack's {@code evolution} folder, as the standard pack keeps them) only when the decision compared two.
     */
    List<RuleDescription> rulesOf(Decision decision) {
        if (compared.contains(decision.source())) {
            return rules;
        }
        return rules.stream().filter(rule -> !io.meshgov.batch.Scorecard.areaOf(rule).equals("evolution")).toList();
    }

    /** A finding that names the consumers a change reaches, with the descriptor it is on. */
    record Notice(String source, Finding finding) {
    }

    /**
     * The breaking changes and deletions that reach consuming products ({@code StandardRules.CONSUMER_NOTICES}): the
     * "who must be told" every report lists apart.
     */
    List<Notice> consumersToTell() {
        List<Notice> notices = new java.util.ArrayList<>();
        for (Decision decision : batch.decisions()) {
            for (Finding finding : decision.findings()) {
                if (io.meshgov.rules.StandardRules.CONSUMER_NOTICES.contains(finding.ruleId())) {
                    notices.add(new Notice(decision.source(), finding));
                }
            }
        }
        return notices;
    }

    long count(Outcome outcome) {
        return batch.decisions().stream().filter(decision -> decision.outcome() == outcome).count();
    }

    /** Whether a finding fails the run: one that stops a gate at the --fail-on level (see Finding.stopsAt). */
    boolean fails(Finding finding) {
        return finding.stopsAt(failOn);
    }

    /** A short mark of what changed a finding's effect: {@code waived WVR-7}, {@code advisory}, {@code baselined}. */
    static String effectMark(Finding finding) {
        List<String> marks = new java.util.ArrayList<>();
        if (finding.provenance().isWaived()) {
            marks.add("waived " + finding.provenance().waiver());
        }
        if (finding.provenance().baselined()) {
            marks.add("baselined");
        }
        if (finding.severity() != Severity.INFO
                && finding.provenance().enforcement() == io.meshgov.decision.Enforcement.ADVISORY) {
            marks.add("advisory");
        }
        return String.join(", ", marks);
    }

    boolean fails(Decision decision) {
        return decision.stopsAt(failOn);
    }

    int exitCode() {
        if (!batch.unreadable().isEmpty() || strictDiscovery && !notJudged.isEmpty()) {
            return ExitCode.UNUSABLE;
        }
        if (batch.decisions().stream().anyMatch(decision -> decision.stopsAt(Severity.ERROR))) {
            return ExitCode.REJECTED;
        }
        return batch.decisions().stream().anyMatch(this::fails) ? ExitCode.WARNINGS : ExitCode.APPROVED;
    }

    String summary() {
        return String.format("%d descriptor%s: %d approved, %d approved with warnings, %d rejected, %d unreadable",
                batch.decisions().size() + batch.unreadable().size(),
                batch.decisions().size() + batch.unreadable().size() == 1 ? "" : "s",
                count(Outcome.APPROVED), count(Outcome.APPROVED_WITH_WARNINGS), count(Outcome.REJECTED),
                batch.unreadable().size())
                + (notJudged.isEmpty() ? "" : "; " + NotJudged.count(notJudged.size()) + ": " + NotJudged.names(notJudged));
    }
}
