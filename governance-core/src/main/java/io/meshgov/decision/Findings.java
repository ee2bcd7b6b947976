package io.meshgov.decision;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.model.DescriptorElement;
import org.apiguardian.api.API;

/**
 * What a rule's consequence calls to report a violation. Declare it in each rule file as
 * {@code global io.meshgov.decision.Findings findings;} and write, for example:
 *
 * <pre>{@code
 * then
 *     findings.report($property, "classification", "email holds personal data but has no classification");
 * }</pre>
 *
 * <p>The rule id, severity, title, remediation and documentation come from the rule's metadata; the location
 * from where the element was read.
 */
@API(status = STABLE, since = "0.1.0")
public interface Findings {

    /**
     * Reports a violation at a field of an element ({@code field} may be missing from the file: the finding then
     * points at the element, where the field should be added).
     *
     * @param element the descriptor element in violation
     * @param field   the field concerned, or {@code ""} for the element as a whole
     * @param message what is wrong, naming the element (the rule's title says which rule)
     */
    void report(DescriptorElement element, String field, String message);

    /** As {@link #report(DescriptorElement, String, String)}, with a remediation specific to this case. */
    void report(DescriptorElement element, String field, String message, String remediation);

    /**
     * As {@link #report(DescriptorElement, String, String)}, with the edit that resolves the finding — for a value
     * that follows from the descriptor, the conventions or the change, never one a person must choose.
     */
    @API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    default void report(DescriptorElement element, String field, String message, Fix fix) {
        report(element, field, message);
    }

    /** As {@link #report(DescriptorElement, String, String, String)}, with the edit that resolves the finding. */
    @API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    default void report(DescriptorElement element, String field, String message, String remediation, Fix fix) {
        report(element, field, message, remediation);
    }
}
