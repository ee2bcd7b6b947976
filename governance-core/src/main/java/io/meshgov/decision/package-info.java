/**
 * What the engine decides: a {@link io.meshgov.decision.Decision} on one descriptor, its {@link
 * io.meshgov.decision.Finding}s with their severity, location, remediation and {@link
 * io.meshgov.decision.Provenance}, and the {@link io.meshgov.decision.Findings} that rules report to. The engine
 * and the policy both depend on this package; it depends on neither.
 */
package io.meshgov.decision;
