/**
 * Not API: helpers shared by meshgov's own modules (class-path folders, KIE module conventions). They may change in
 * any release.
 */
package io.meshgov.internal;
