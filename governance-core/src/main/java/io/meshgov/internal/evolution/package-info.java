/**
 * Not API: the differ that lists the {@link io.meshgov.evolution.Change}s between two versions of a descriptor
 * (schema, types, constraints, allowed values, service levels, ports), which the evolution rules classify.
 */
package io.meshgov.internal.evolution;
