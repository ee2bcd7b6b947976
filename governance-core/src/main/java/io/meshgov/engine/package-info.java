/**
 * The governance engine: built once from rule packs (DRL), it turns descriptors into {@link
 * io.meshgov.decision.Decision}s. Rule authors report violations through {@link io.meshgov.decision.Findings}.
 */
package io.meshgov.engine;
