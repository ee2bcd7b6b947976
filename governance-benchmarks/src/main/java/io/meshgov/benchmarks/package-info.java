/**
 * Benchmarks of the engine against a hand-written baseline ({@link io.meshgov.benchmarks.HandWrittenRules}),
 * checked first to give the same findings ({@link io.meshgov.benchmarks.Equivalence}); results and how to rerun
 * them are in {@code governance-benchmarks/RESULTS.md}.
 */
package io.meshgov.benchmarks;
