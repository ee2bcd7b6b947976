package io.meshgov.evolution;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.model.DescriptorElement;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One difference between a previous version and the proposed one: a fact that rules classify.
 *
 * @param kind            what changed
 * @param path            where, in the proposed version (in the previous one for what was removed)
 * @param subject         the thing changed, in words: {@code property 'email' of 'customers'}
 * @param oldValue        the previous value as text, or {@code null} when it did not exist
 * @param newValue        the proposed value as text, or {@code null} when it no longer exists
 * @param detail          which constraint, SLA or port the change is about ({@code maxLength}, {@code latency}),
 *                        or {@code ""}
 * @param againstVersion  the version this change was found against (several, under transitive modes)
 * @param announced       whether that version marked the element deprecated (tag {@code deprecated} or custom
 *                        property {@code deprecatedUntil}): the change was announced to consumers
 */
@API(status = STABLE, since = "0.1.0")
public record Change(ChangeKind kind, String path, String subject, String oldValue, String newValue, String detail,
                     String againstVersion, boolean announced) implements DescriptorElement {

    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(subject, "subject");
        detail = detail == null ? "" : detail;
        againstVersion = againstVersion == null ? "" : againstVersion;
    }

    /** The change in words: {@code property 'email' of 'customers' removed (was string)}. */
    public String describe() {
        String what = subject + " " + kind.phrase();
        if (oldValue != null && newValue != null) {
            return what + (detail.isEmpty() ? "" : " (" + detail + ")") + " from " + oldValue + " to " + newValue;
        }
        if (oldValue != null) {
            return what + " (was " + oldValue + ")";
        }
        if (newValue != null && !newValue.isEmpty()) {
            return what + " (" + newValue + ")";
        }
        return detail.isEmpty() ? what : what + " (" + detail + ")";
    }
}
