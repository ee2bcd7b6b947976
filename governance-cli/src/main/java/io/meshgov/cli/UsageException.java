package io.meshgov.cli;

/** A command used wrongly: reported on one line, exit code 2, no stack trace. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
