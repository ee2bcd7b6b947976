package io.meshgov.policy;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.decision.Decision;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The findings an existing estate had when governance was switched on, recorded so that only new findings
 * block. Findings are recognised by their fingerprint — rule, descriptor id and element path — so editing other
 * parts of a file, or moving lines, does not make an accepted finding new.
 */
@API(status = STABLE, since = "0.1.0")
public final class Baseline {

    private static final Baseline EMPTY = new Baseline(List.of());

    private final List<Entry> entries;
    private final Set<String> fingerprints;

    /**
     * One accepted finding.
     *
     * @param fingerprint the finding's {@link io.meshgov.decision.Provenance#fingerprint()}
     * @param rule        its rule id, for people reading the file
     * @param descriptor  its descriptor's id, for people reading the file
     * @param path        its element path, for people reading the file
     */
    public record Entry(String fingerprint, String rule, String descriptor, String path) {
        public Entry {
            Objects.requireNonNull(fingerprint, "fingerprint");
            rule = rule == null ? "" : rule;
            descriptor = descriptor == null ? "" : descriptor;
            path = path == null ? "" : path;
        }
    }

    /** A baseline of these accepted findings. */
    public Baseline(Collection<Entry> entries) {
        this.entries = entries.stream().distinct()
                .sorted(Comparator.comparing(Entry::descriptor).thenComparing(Entry::rule)
                        .thenComparing(Entry::path).thenComparing(Entry::fingerprint))
                .toList();
        this.fingerprints = this.entries.stream().map(Entry::fingerprint)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The accepted findings, sorted by descriptor, rule and path. */
    public List<Entry> entries() {
        return entries;
    }

    /** No accepted findings: everything found counts. */
    public static Baseline empty() {
        return EMPTY;
    }

    /** The findings of these decisions that are not informational, accepted as they are now. */
    public static Baseline of(Collection<Decision> decisions) {
        return new Baseline(decisions.stream()
                .flatMap(decision -> decision.findings().stream()
                        .filter(finding -> !finding.isInformational())
                        .map(finding -> new Entry(finding.provenance().fingerprint(), finding.ruleId(),
                                decision.descriptorId(), finding.path())))
                .toList());
    }

    /** Whether the finding with this fingerprint was accepted when the baseline was recorded. */
    public boolean accepts(String fingerprint) {
        return fingerprints.contains(fingerprint);
    }

    /** Whether nothing is accepted. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Baseline baseline && baseline.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "Baseline of " + entries.size() + " accepted findings";
    }
}
