package io.meshgov.benchmarks;

import io.meshgov.decision.Decision;
import io.meshgov.decision.Finding;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.model.DataContract;
import io.meshgov.model.Descriptor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The check that makes the baseline a fair one: on every contract of a workload, the engine and the hand-written
 * rules give exactly the same findings — rule, severity, path, message and location — of the rules the baseline
 * writes ({@link HandWrittenRules#RULE_IDS}). A benchmark that compares against a baseline calls this first and
 * fails when it does not hold.
 */
public final class Equivalence {

    private static final Comparator<HandWrittenRules.Hit> ORDER = Comparator.comparing(HandWrittenRules.Hit::ruleId)
            .thenComparing(HandWrittenRules.Hit::path).thenComparing(HandWrittenRules.Hit::message);

    private Equivalence() {
    }

    /** Throws {@link IllegalStateException} naming the first contracts where the two differ, and how. */
    public static void check(GovernanceEngine engine, HandWrittenRules baseline, List<Descriptor> workload,
                             LocalDate today) {
        List<String> differences = new ArrayList<>();
        int findings = 0;
        for (Descriptor descriptor : workload) {
            List<HandWrittenRules.Hit> expected = new ArrayList<>(sorted(engine.evaluate(descriptor)));
            expected.removeIf(hit -> !HandWrittenRules.RULE_IDS.contains(hit.ruleId()));
            List<HandWrittenRules.Hit> actual = new ArrayList<>(baseline.evaluate((DataContract) descriptor, today));
            actual.sort(ORDER);
            findings += expected.size();
            if (!expected.equals(actual)) {
                List<HandWrittenRules.Hit> onlyEngine = new ArrayList<>(expected);
                onlyEngine.removeAll(actual);
                List<HandWrittenRules.Hit> onlyBaseline = new ArrayList<>(actual);
                onlyBaseline.removeAll(expected);
                differences.add(descriptor.origin().source() + ": only the engine " + onlyEngine
                        + "; only the baseline " + onlyBaseline);
            }
        }
        if (!differences.isEmpty()) {
            throw new IllegalStateException("the hand-written baseline and the engine differ on " + differences.size()
                    + " of " + workload.size() + " contracts, so no ratio to it means anything. First: "
                    + String.join("\n", differences.subList(0, Math.min(5, differences.size()))));
        }
        if (findings == 0) {
            throw new IllegalStateException("the workload gave no findings at all: it exercises nothing");
        }
    }

    static List<HandWrittenRules.Hit> sorted(Decision decision) {
        List<HandWrittenRules.Hit> hits = new ArrayList<>();
        for (Finding finding : decision.findings()) {
            hits.add(new HandWrittenRules.Hit(finding.ruleId(), finding.severity(), finding.path(), finding.message(),
                    finding.location()));
        }
        hits.sort(ORDER);
        return hits;
    }
}
