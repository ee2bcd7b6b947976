/**
 * The descriptor model that rules match on: data contracts (ODCS v3) and data products (ODPS), as immutable
 * records. Every element carries its {@code path} in the descriptor, such as
 * {@code schema[orders].properties[email]}; a descriptor's {@link io.meshgov.model.Origin} maps each path to
 * the line and column it was read from. Fields a record does not name are kept in its {@code extensions}.
 */
package io.meshgov.model;
