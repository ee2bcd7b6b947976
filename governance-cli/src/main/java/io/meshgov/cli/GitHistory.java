package io.meshgov.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The earlier versions of files, from git: what {@code meshgov check --against REF} compares each changed
 * descriptor with. Runs the {@code git} command of the machine (in the current folder), each call bounded in time
 * and in output.
 */
final class GitHistory {

    private static final long TIMEOUT_SECONDS = 60;

    private final String ref;
    private final Path root;
    /** Repository-relative path now to its path at {@code ref}: modified files (same path) and renamed ones. */
    private final Map<String, String> earlierPathOf;

    private GitHistory(String ref, Path root, Map<String, String> earlierPathOf) {
        this.ref = ref;
        this.root = root;
        this.earlierPathOf = earlierPathOf;
    }

    /** The changes since {@code ref}; a usage error outside a repository, without git, or for an unknown ref. */
    static GitHistory since(String ref) {
        if (ref.isBlank() || ref.startsWith("-")) {
            throw new UsageException("--against " + ref + ": name a branch, tag or commit, e.g. --against main");
        }
        String top;
        try {
            top = git(List.of("rev-parse", "--show-toplevel"), Long.MAX_VALUE).strip();
        } catch (Failure e) {
            throw new UsageException("--against " + ref + ": " + (e.notInstalled ? "git is not installed or not on the PATH"
                    : "the current folder is not in a git repository; run meshgov from the repository's working tree"));
        }
        try {
            git(List.of("rev-parse", "--verify", "--quiet", ref + "^{commit}"), Long.MAX_VALUE);
        } catch (Failure e) {
            throw new UsageException("--against " + ref + ": no such branch, tag or commit in this repository"
                    + " (in CI, fetch it first, e.g. git fetch origin " + ref + ")");
        }
        Map<String, String> earlier = new HashMap<>();
        String[] fields;
        try {
            fields = git(List.of("diff", "--name-status", "-M", "-z", ref, "--"), Long.MAX_VALUE).split("\0");
        } catch (Failure e) {
            throw new UsageException("--against " + ref + ": git diff failed: " + e.getMessage());
        }
        for (int i = 0; i < fields.length; i++) {
            String status = fields[i];
            if (status.startsWith("R") && i + 2 < fields.length) {
                earlier.put(fields[i + 2], fields[i + 1]);
                i += 2;
            } else if ((status.startsWith("M") || status.startsWith("T")) && i + 1 < fields.length) {
                earlier.put(fields[i + 1], fields[i + 1]);
                i += 1;
            } else if (!status.isEmpty() && i + 1 < fields.length) {
                i += 1; // added, deleted, copied: nothing earlier to compare with
            }
        }
        return new GitHistory(ref, Path.of(top), earlier);
    }

    String ref() {
        return ref;
    }

    /** The path the file had at the ref when it changed since (modified or renamed), or {@code null}. */
    String earlierPath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(root)) {
            return null;
        }
        return earlierPathOf.get(root.relativize(absolute).toString().replace('\\', '/'));
    }

    /**
     * The file's content at the ref, at most {@code maxBytes}.
     *
     * @throws IOException when git cannot show it, or it is larger
     */
    String contentAt(String earlierPath, long maxBytes) throws IOException {
        try {
            return git(List.of("show", ref + ":" + earlierPath), maxBytes);
        } catch (Failure e) {
            throw new IOException(e.getMessage());
        }
    }

    /** Why a git call failed: its standard error's first line. */
    private static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean notInstalled;

        Failure(String message, boolean notInstalled) {
            super(message);
            this.notInstalled = notInstalled;
        }
    }

    private static String git(List<String> arguments, long maxBytes) throws Failure {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(arguments);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            throw new Failure("git cannot be started: " + e.getMessage(), true);
        }
        try {
            process.getOutputStream().close();
            byte[] out = read(process.getInputStream(), maxBytes);
            String err = new String(read(process.getErrorStream(), 64 * 1024), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new Failure("git " + arguments.get(0) + " took longer than " + TIMEOUT_SECONDS + " s", false);
            }
            if (process.exitValue() != 0) {
                throw new Failure(err.lines().findFirst().orElse("git " + arguments.get(0) + " failed"), false);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            process.destroyForcibly();
            throw new Failure(e.getMessage(), false);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new Failure("interrupted", false);
        }
    }

    private static byte[] read(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > maxBytes) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
                throw new IOException("larger than the file size limit (" + maxBytes + " bytes; --limit fileBytes=N)");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
