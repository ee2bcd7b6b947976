/**
 * Runnable examples of embedding meshgov: a publish gate, a domain's own rules, a federated policy, and
 * judging a contract's new version against its history.
 */
package io.meshgov.examples;
