package io.meshgov.mesh;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.meshgov.model.Descriptor;
import io.meshgov.model.SemanticVersion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The descriptors a run knows — the folder or files judged, or a repository's whole mesh — indexed once: by id, and
 * by the contracts data products consume. An engine judging with a catalog ({@code engine.withCatalog(catalog)})
 * tells a product whether the contracts it consumes exist and are still served, and a contract who consumes it;
 * judged without one, nothing is blamed for being unknown. Immutable and thread-safe; at most
 * {@value #MAX_DESCRIPTORS} descriptors.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class Catalog {

    /** The most descriptors a catalog holds: about 100 MB of entries at most. */
    public static final int MAX_DESCRIPTORS = 100_000;

    private static final Catalog EMPTY = new Catalog(List.of());

    private final List<CatalogEntry> entries;
    private final Map<String, List<CatalogEntry>> byId = new HashMap<>();
    private final Map<String, List<CatalogEntry>> consumersById = new HashMap<>();
    private final Map<String, List<CatalogEntry>> definersByTerm = new HashMap<>();

    private Catalog(List<CatalogEntry> entries) {
        List<CatalogEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(CatalogEntry::source));
        this.entries = Collections.unmodifiableList(sorted);
        for (CatalogEntry entry : this.entries) {
            if (entry.id() != null) {
                byId.computeIfAbsent(entry.id(), id -> new ArrayList<>(1)).add(entry);
            }
            for (String contract : entry.consumes()) {
                consumersById.computeIfAbsent(contract, id -> new ArrayList<>(2)).add(entry);
            }
            for (String term : entry.definitions().keySet()) {
                definersByTerm.computeIfAbsent(term, name -> new ArrayList<>(2)).add(entry);
            }
        }
    }

    /** A catalog that knows nothing: what an engine judges with unless given one. */
    public static Catalog empty() {
        return EMPTY;
    }

    /**
     * The catalog of these descriptors.
     *
     * @throws IllegalArgumentException when they are more than {@value #MAX_DESCRIPTORS}
     */
    public static Catalog of(Collection<? extends Descriptor> descriptors) {
        Builder builder = builder();
        descriptors.forEach(builder::add);
        return builder.build();
    }

    /** A builder, to which the threads reading a batch may add at once. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether it knows no descriptor. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** How many descriptors it knows. */
    public int size() {
        return entries.size();
    }

    /** Every entry, by source file. */
    public List<CatalogEntry> entries() {
        return entries;
    }

    /** The entries with this id (several: versions in several files, or a collision), by source file. */
    public List<CatalogEntry> withId(String id) {
        return id == null ? List.of() : byId.getOrDefault(id, List.of());
    }

    /** The data contract with this id, the one with the highest version when several files hold it; or {@code null}. */
    public CatalogEntry contract(String id) {
        CatalogEntry latest = null;
        for (CatalogEntry entry : withId(id)) {
            if (entry.isContract() && (latest == null || newer(entry.version(), latest.version()))) {
                latest = entry;
            }
        }
        return latest;
    }

    private static boolean newer(String version, String than) {
        var candidate = SemanticVersion.parse(version);
        var current = SemanticVersion.parse(than);
        return candidate.isPresent() && (current.isEmpty() || candidate.get().compareTo(current.get()) > 0);
    }

    /** The data products that consume the contract with this id, by source file. */
    public List<CatalogEntry> consumersOf(String contractId) {
        return contractId == null ? List.of() : consumersById.getOrDefault(contractId, List.of());
    }

    /** The contracts whose properties define this business name (lower case), by source file. */
    public List<CatalogEntry> defining(String term) {
        return term == null ? List.of() : definersByTerm.getOrDefault(term, List.of());
    }

    /** Collects entries; {@link #add} may be called from several threads. */
    public static final class Builder {
        private final List<CatalogEntry> entries = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds what the catalog keeps of a descriptor.
         *
         * @throws IllegalArgumentException when the catalog would hold more than {@value #MAX_DESCRIPTORS}
         */
        public Builder add(Descriptor descriptor) {
            return add(CatalogEntry.of(descriptor));
        }

        /** Adds an entry; see {@link #add(Descriptor)}. */
        public synchronized Builder add(CatalogEntry entry) {
            if (entries.size() >= MAX_DESCRIPTORS) {
                throw new IllegalArgumentException("a catalog holds at most " + MAX_DESCRIPTORS + " descriptors;"
                        + " judge the mesh in parts (one catalog per part) or name fewer files");
            }
            entries.add(entry);
            return this;
        }

        /** The catalog. */
        public synchronized Catalog build() {
            return entries.isEmpty() ? EMPTY : new Catalog(entries);
        }
    }
}
