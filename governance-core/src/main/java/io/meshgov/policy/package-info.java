/**
 * Federated governance as a council writes it: a {@link io.meshgov.policy.GovernancePolicy} of layers (the
 * council's, then each domain's), each with its rule packs, {@link io.meshgov.policy.Scope}, conventions, rule
 * overrides and {@link io.meshgov.decision.Enforcement} levels; {@link io.meshgov.policy.Waiver}s that accept a finding
 * until a date; and the {@link io.meshgov.policy.Baseline} of findings accepted as they are.
 */
package io.meshgov.policy;
