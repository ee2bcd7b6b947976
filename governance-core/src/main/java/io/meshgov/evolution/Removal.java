package io.meshgov.evolution;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.meshgov.model.Descriptor;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The fact that a descriptor was deleted: what the removal rules judge, knowing only its last version. A deletion
 * is part of a change as much as an edit is: consumers of an active contract lose it as surely as they lose a
 * removed column.
 *
 * @param descriptor the descriptor's last version, as it was before it was deleted
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Removal(Descriptor descriptor) {

    /** Statuses under which nobody may rely on the descriptor any more, or yet. */
    private static final Set<String> NOT_IN_USE = Set.of("deprecated", "retired", "draft", "proposed");

    public Removal {
        Objects.requireNonNull(descriptor, "descriptor");
    }

    /** The last version's status as written, or {@code "no status"}. */
    public String status() {
        String status = descriptor.status();
        return status == null || status.isBlank() ? "no status" : status.strip();
    }

    /**
     * Whether consumers may still rely on it: any status but deprecated, retired, draft or proposed — an unknown or
     * missing status counts as in use, since a deletion cannot be taken back.
     */
    public boolean inUse() {
        String status = descriptor.status();
        return status == null || !NOT_IN_USE.contains(status.strip().toLowerCase(Locale.ROOT));
    }

    /** "the data contract 'orders' (version 1.2.0)". */
    public String describe() {
        String kind = descriptor.kind() == io.meshgov.model.DescriptorKind.DATA_CONTRACT ? "data contract" : "data product";
        return "the " + kind + " '" + descriptor.id() + "' (version " + descriptor.version() + ")";
    }
}
