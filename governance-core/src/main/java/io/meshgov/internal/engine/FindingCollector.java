package io.meshgov.internal.engine;

import io.meshgov.internal.policy.Reported;
import io.meshgov.decision.Findings;
import io.meshgov.model.DescriptorElement;
import io.meshgov.model.ElementPaths;
import io.meshgov.model.Origin;
import io.meshgov.policy.RuleDescription;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kie.api.definition.rule.Rule;

/**
 * The {@link Findings} of one evaluation. A new one is handed to each evaluation as a global, so concurrent
 * evaluations never share it; {@link CurrentRuleListener} tells it which rule is firing.
 */
final class FindingCollector implements Findings {

    private static final int SCANNED_FOR_REPEATS = 16;

    private final Origin origin;
    private final Map<Rule, RuleDescription> descriptions;
    /** In the order reported, each once: a rule can report the same finding from two matches. */
    private final List<Reported> findings = new ArrayList<>();
    private Set<Reported> reported;
    private RuleDescription currentRule;
    private final int maxFirings;
    private int firings;
    private Map<RuleDescription, Integer> lateFirings;

    private int inserts;
    private final long allocationLimit;
    private final long allocatedAtStart;
    private static final com.sun.management.ThreadMXBean THREADS = threads();

    FindingCollector(Origin origin, Map<Rule, RuleDescription> descriptions, int maxFirings) {
        this(origin, descriptions, maxFirings, Long.MAX_VALUE);
    }

    FindingCollector(Origin origin, Map<Rule, RuleDescription> descriptions, int maxFirings, long maxAllocatedBytes) {
        this.origin = origin;
        this.descriptions = descriptions;
        this.maxFirings = maxFirings;
        this.allocationLimit = maxAllocatedBytes;
        this.allocatedAtStart = allocated();
    }

    private static com.sun.management.ThreadMXBean threads() {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        if (bean instanceof com.sun.management.ThreadMXBean counting && counting.isThreadAllocatedMemorySupported()) {
            counting.setThreadAllocatedMemoryEnabled(true);
            return counting;
        }
        return null;
    }

    private static long allocated() {
        return THREADS == null ? 0 : THREADS.getCurrentThreadAllocatedBytes();
    }

    /**
     * A fact inserted; why the evaluation must stop now — past the fact limit (a rule's inserts count with the
     * firings' limit) or past its memory budget — or {@code null}. Facts the engine inserts before the rules fire
     * do not count.
     */
    String inserted() {
        if (currentRule == null && firings == 0) {
            return null;
        }
        if (++inserts > maxFirings) {
            return "the rules inserted more than " + String.format(java.util.Locale.ROOT, "%,d", maxFirings)
                    + " facts, its limit";
        }
        return pastMemoryBudget();
    }

    /** Why the evaluation must stop — it allocated more than its memory budget — or {@code null}. */
    String pastMemoryBudget() {
        if (allocationLimit == Long.MAX_VALUE || allocated() - allocatedAtStart <= allocationLimit) {
            return null;
        }
        return "the rules allocated more than " + (allocationLimit / (1024 * 1024)) + " MiB, its memory budget";
    }

    static String ruleKey(String packageName, String ruleName) {
        return packageName + "/" + ruleName;
    }

    /**
     * The rule about to fire. Counts the firing; returns whether that takes the evaluation past its firing limit
     * (the time budget is the {@link EvaluationWatchdog}'s).
     */
    boolean enterRule(Rule rule) {
        currentRule = descriptions.get(rule);
        if (++firings > maxFirings / 2) {
            // Rules that loop together take turns; counting the second half's firings finds the one that loops most.
            if (lateFirings == null) {
                lateFirings = new HashMap<>();
            }
            if (currentRule != null) {
                lateFirings.merge(currentRule, 1, Integer::sum);
            }
        }
        return pastFiringLimit();
    }

    boolean pastFiringLimit() {
        return firings > maxFirings;
    }

    /**
     * The rules that fired most in the second half of the firing limit (several when they take turns, as rules that
     * re-trigger each other do), by id; the current rule when none was counted.
     */
    List<RuleDescription> mostFired() {
        if (lateFirings == null || lateFirings.isEmpty()) {
            return currentRule == null ? List.of() : List.of(currentRule);
        }
        int most = java.util.Collections.max(lateFirings.values());
        return lateFirings.entrySet().stream().filter(entry -> entry.getValue() >= most * 9 / 10)
                .map(Map.Entry::getKey).sorted(java.util.Comparator.comparing(RuleDescription::id)).limit(3).toList();
    }

    RuleDescription currentRule() {
        return currentRule;
    }

    @Override
    public void report(DescriptorElement element, String field, String message) {
        report(element, field, message, (String) null);
    }

    @Override
    public void report(DescriptorElement element, String field, String message, String remediation) {
        report(element, field, message, remediation, null);
    }

    @Override
    public void report(DescriptorElement element, String field, String message, io.meshgov.decision.Fix fix) {
        report(element, field, message, null, fix);
    }

    @Override
    public void report(DescriptorElement element, String field, String message, String remediation,
                       io.meshgov.decision.Fix fix) {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        if (currentRule == null) {
            throw new IllegalStateException("findings.report(...) must be called from a rule's consequence");
        }
        String path = field.isEmpty() ? element.path() : ElementPaths.child(element.path(), field);
        Reported finding = new Reported(currentRule.id(), currentRule.severity(), currentRule.title(), message, path,
                origin.locate(path), remediation == null ? currentRule.remediation() : remediation,
                currentRule.documentation(), currentRule.pack(), fix);
        if (isNew(finding)) {
            findings.add(finding);
        }
    }

    /**
     * Whether the finding was not reported yet. Most descriptors have a handful of findings, which a scan of the list
     * checks without allocating; past {@link #SCANNED_FOR_REPEATS} a set takes over.
     */
    private boolean isNew(Reported finding) {
        if (reported == null && findings.size() < SCANNED_FOR_REPEATS) {
            return !findings.contains(finding);
        }
        if (reported == null) {
            reported = new HashSet<>(findings);
        }
        return reported.add(finding);
    }

    List<Reported> findings() {
        return List.copyOf(findings);
    }
}
