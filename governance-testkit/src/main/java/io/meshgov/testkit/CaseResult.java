package io.meshgov.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.decision.Decision;
import io.meshgov.decision.Finding;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * What running a case gave: the decision and its findings in the case file's notation, or the error that kept it
 * from running (an unreadable descriptor is a failed case, never a skipped one).
 */
@API(status = STABLE, since = "0.1.0")
public record CaseResult(PolicyCase policyCase, Decision decision, Set<String> actualFindings, String error) {

    public CaseResult {
        actualFindings = Set.copyOf(actualFindings);
        error = error == null ? "" : error;
    }

    static CaseResult of(PolicyCase policyCase, Decision decision) {
        Set<String> actual = new TreeSet<>();
        decision.findings().forEach(finding -> actual.add(notation(finding)));
        return new CaseResult(policyCase, decision, actual, "");
    }

    /** A finding as case files write it: {@code RULE-ID path}. */
    public static String notation(Finding finding) {
        return (finding.ruleId() + " " + finding.path()).strip();
    }

    /**
     * The case passes when the outcome is as expected and the findings match exactly: each expected
     * {@code RULE-ID path} is found, each expected bare {@code RULE-ID} is found at some path, and every finding is
     * expected one way or the other.
     */
    public boolean passed() {
        return error.isEmpty() && policyCase.outcome() == decision.outcome() && missing().isEmpty()
                && unexpected().isEmpty();
    }

    private Set<String> missing() {
        Set<String> missing = new TreeSet<>();
        for (String expected : policyCase.findings()) {
            boolean found = expected.contains(" ") ? actualFindings.contains(expected)
                    : actualFindings.stream().anyMatch(actual -> ruleOf(actual).equals(expected));
            if (!found) {
                missing.add(expected);
            }
        }
        return missing;
    }

    private Set<String> unexpected() {
        Set<String> unexpected = new TreeSet<>();
        for (String actual : actualFindings) {
            if (!policyCase.findings().contains(actual) && !policyCase.findings().contains(ruleOf(actual))) {
                unexpected.add(actual);
            }
        }
        return unexpected;
    }

    private static String ruleOf(String finding) {
        int space = finding.indexOf(' ');
        return space < 0 ? finding : finding.substring(0, space);
    }

    /** Why the case failed, with expected against actual; empty when it passed. */
    public String explanation() {
        if (!error.isEmpty()) {
            return error;
        }
        if (passed()) {
            return "";
        }
        Set<String> missing = missing();
        Set<String> unexpected = unexpected();
        StringBuilder out = new StringBuilder();
        if (policyCase.outcome() != decision.outcome()) {
            out.append("expected outcome ").append(policyCase.outcome()).append(" but was ").append(decision.outcome())
                    .append('\n');
        }
        missing.forEach(finding -> out.append("expected but missing:  ").append(finding).append('\n'));
        unexpected.forEach(finding -> out.append("found but not expected: ").append(finding).append('\n'));
        out.append("the decision:\n").append(decision.findings().stream().map(f -> "  " + f)
                .collect(Collectors.joining("\n")));
        return out.toString().strip();
    }
}
