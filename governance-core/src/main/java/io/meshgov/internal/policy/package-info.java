/**
 * Not API: how a policy's overrides, enforcement levels, waivers and baseline turn a descriptor's findings
 * into its {@link io.meshgov.decision.Decision}.
 */
package io.meshgov.internal.policy;
