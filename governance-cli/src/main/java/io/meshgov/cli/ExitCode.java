package io.meshgov.cli;

/** The command line's exit codes, as CI systems read them. */
final class ExitCode {

    /** Every descriptor approved (warnings allowed unless --fail-on warning). */
    static final int APPROVED = 0;
    /** At least one descriptor rejected. */
    static final int REJECTED = 1;
    /** A usage error, an unreadable descriptor, or rule files that do not compile: the run could not judge. */
    static final int UNUSABLE = 2;
    /** Nothing rejected, but warnings fail the run ({@code --fail-on warning}). */
    static final int WARNINGS = 3;

    private ExitCode() {
    }
}
