/**
 * The council's conventions: how the loosely typed fields of ODCS and ODPS (free-text roles, free-text
 * classifications, tags) map onto what the standard rules check, and the thresholds those rules use.
 */
package io.meshgov.conventions;
