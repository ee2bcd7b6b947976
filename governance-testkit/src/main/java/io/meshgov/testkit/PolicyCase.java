package io.meshgov.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.decision.Outcome;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * One case of a {@code *.cases.yaml} file: a descriptor, and the outcome and exact findings ({@code "RULE-ID path"})
 * the rules must give it — judged on {@code date}, under an optional conventions file, knowing other descriptors
 * ({@code known}), or as the next version of {@code previous} ones (oldest first). With a {@code policy} (a
 * governance policy file) the case is judged by the policy's layers — their packs, overrides, enforcement levels
 * and waivers — instead of the runner's packs. With {@code deleted}, the descriptor is judged as deleted: the
 * decision on its removal ({@code GovernanceEngine.evaluateRemoval}). With a {@code catalog} (other descriptors of the
 * mesh), the descriptor is judged as part of the mesh they and it make ({@code GovernanceEngine.withCatalog}); a
 * deleted descriptor is no longer part of it. Paths are resolved against the case file's folder.
 */
@API(status = STABLE, since = "0.1.0")
public record PolicyCase(Path file, String name, Path descriptor, Outcome outcome, Set<String> findings,
                         LocalDate date, Path conventions, List<Path> known, List<Path> previous, Path policy,
                         boolean deleted, List<Path> catalog) {

    /** A case judged without a catalog. */
    public PolicyCase(Path file, String name, Path descriptor, Outcome outcome, Set<String> findings,
                      LocalDate date, Path conventions, List<Path> known, List<Path> previous, Path policy,
                      boolean deleted) {
        this(file, name, descriptor, outcome, findings, date, conventions, known, previous, policy, deleted, List.of());
    }

    /** A case that judges a descriptor as it is, not its deletion. */
    public PolicyCase(Path file, String name, Path descriptor, Outcome outcome, Set<String> findings,
                      LocalDate date, Path conventions, List<Path> known, List<Path> previous, Path policy) {
        this(file, name, descriptor, outcome, findings, date, conventions, known, previous, policy, false);
    }

    /** A case judged by the runner's packs, without a policy. */
    public PolicyCase(Path file, String name, Path descriptor, Outcome outcome, Set<String> findings,
                      LocalDate date, Path conventions, List<Path> known, List<Path> previous) {
        this(file, name, descriptor, outcome, findings, date, conventions, known, previous, null);
    }

    public PolicyCase {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(date, "date");
        findings = new TreeSet<>(findings);
        known = List.copyOf(known);
        previous = List.copyOf(previous);
        catalog = List.copyOf(catalog);
        if (deleted && !previous.isEmpty()) {
            throw new IllegalArgumentException("a deleted descriptor has no next version to compare with its previous ones");
        }
    }

    /** The expected findings, sorted, as the case file writes them. */
    @Override
    public Set<String> findings() {
        return java.util.Collections.unmodifiableSet(findings);
    }

    /** {@code file: name}, how runners and reports name the case. */
    public String displayName() {
        return file + ": " + name;
    }
}
