package io.meshgov.read;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.apiguardian.api.API;

/** Why a file could not be read, in words: the operating system's reason without the path, which the message has. */
@API(status = STABLE, since = "0.1.0")
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
