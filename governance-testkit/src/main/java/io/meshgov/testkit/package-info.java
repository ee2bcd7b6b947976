/**
 * For rule authors and embedders: policy test cases written as data ({@code *.cases.yaml}: a descriptor in, the
 * outcome and exact findings out), a runner that judges them with a real engine, and the rule coverage a run
 * leaves (rules no case triggers, rules no case sees pass).
 */
package io.meshgov.testkit;
