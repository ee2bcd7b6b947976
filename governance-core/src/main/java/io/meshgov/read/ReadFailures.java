package io.meshgov.read;

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
        String message = e instanceof FileSystemException fileSystem ? fileSystem.getReason() : e.getMessage();
        if ("Is a directory".equalsIgnoreCase(message)) {
            return "it is a folder, not a file";
        }
        return message == null || message.isBlank() ? "the operating system gave no reason" : Quoting.escape(message);
    }
}
