/**
 * Judging many files at once: a {@link io.meshgov.batch.BatchEvaluator} reads each file and hands it to a
 * {@link io.meshgov.engine.GovernanceEngine}, on several threads and in bounded memory; files that cannot be read
 * are listed, not thrown.
 */
package io.meshgov.batch;
