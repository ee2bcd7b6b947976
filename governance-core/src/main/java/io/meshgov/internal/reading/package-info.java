/**
 * Not API: reading YAML and JSON into a located tree (YAML 1.2, read limits, encodings), mapping it to the model,
 * the compiled check against the standard's JSON Schema, and the readers of policy, conventions and baseline
 * files. Entry points are in {@link io.meshgov.read}.
 */
package io.meshgov.internal.reading;
