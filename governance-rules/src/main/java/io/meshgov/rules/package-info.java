/**
 * The standard rule pack: metadata completeness, sensitivity, interoperability, quality, lifecycle and
 * evolution rules in DRL, precompiled when meshgov is built; {@link io.meshgov.rules.StandardRules#pack()} loads it.
 */
package io.meshgov.rules;
