package io.meshgov.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.policy.RuleDescription;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * The results of a run, and the rule coverage they leave: the rules no case triggered, and the rules no case saw
 * pass (a rule always triggered has never been seen to accept anything).
 */
@API(status = STABLE, since = "0.1.0")
public record CaseReport(List<CaseResult> results, List<RuleDescription> rules) {

    public CaseReport {
        results = List.copyOf(results);
        rules = List.copyOf(rules);
    }

    public long passed() {
        return results.stream().filter(CaseResult::passed).count();
    }

    public long failed() {
        return results.size() - passed();
    }

    /** Ids of the rules that no case expects to fire. */
    public Set<String> rulesNeverTriggered() {
        Set<String> ids = ids();
        results.forEach(result -> result.policyCase().findings().forEach(finding -> ids.remove(finding.split(" ")[0])));
        return ids;
    }

    /** Ids of the rules that fire in every case: no case shows them accepting a descriptor. */
    public Set<String> rulesNeverPassed() {
        Set<String> ids = ids();
        for (CaseResult result : results) {
            Set<String> fired = new TreeSet<>();
            result.policyCase().findings().forEach(finding -> fired.add(finding.split(" ")[0]));
            ids.removeIf(id -> !fired.contains(id));
        }
        return ids;
    }

    /** The closing line CI systems read: {@code 12 passed, 0 failed}. */
    public String summaryLine() {
        return passed() + " passed, " + failed() + " failed";
    }

    private Set<String> ids() {
        Set<String> ids = new TreeSet<>();
        rules.forEach(rule -> ids.add(rule.id()));
        return ids;
    }
}
