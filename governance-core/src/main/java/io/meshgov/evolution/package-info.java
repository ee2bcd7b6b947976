/**
 * Contract evolution: the changes between two versions of a descriptor as facts ({@link io.meshgov.evolution.Change}),
 * which rules classify as breaking, additive or patch-level under a {@link io.meshgov.evolution.CompatibilityMode},
 * and the version bump they call for.
 */
package io.meshgov.evolution;
