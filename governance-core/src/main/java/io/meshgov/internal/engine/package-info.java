/**
 * Not API: the engine's machinery — checking DRL files, compiling rule sets (precompiled or from DRL),
 * compartments for restricted layers and the verification of their code, pooled sessions, the findings collector
 * and the watchdog that bounds each evaluation.
 */
package io.meshgov.internal.engine;
