/**
 * The governance engine: built once from rule packs (DRL), it turns descriptors into {@link
 * io.meshgov.engine.Decision}s. Rule authors report violations through {@link io.meshgov.engine.Findings}.
 */
package io.meshgov.engine;
