/**
 * The {@code meshgov} command line: {@code check}, {@code baseline}, {@code diff}, {@code test}, {@code rules} and
 * {@code explain}, and the reports they write (text, JSON, SARIF, JUnit, GitHub annotations). Built on the public
 * API of the core and the testkit.
 */
package io.meshgov.cli;
