package io.meshgov.internal.reading;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Why a file could not be read, in words: the operating system's reason without the path, which the message has. */
public final class ReadFailures {

    private ReadFailures() {
    }

    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied; make the file readable by the user that runs meshgov";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            String reason = fileSystem.getReason();
            return reason.equalsIgnoreCase("Is a directory") ? "it is a folder, not a file" : reason;
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "the operating system gave no reason" : Quoting.escape(message);
    }
}
