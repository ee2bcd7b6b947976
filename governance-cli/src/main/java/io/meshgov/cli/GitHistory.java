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
    /** The current folder, through its links: paths are shown from here. */
    private final Path here;
    /** The commit where the current branch left {@code ref}: what every change is measured from. */
    private final String base;
    private final Path root;
    /** Repository-relative path now to its path at {@code ref}: modified files (same path) and renamed ones. */
    private final Map<String, String> earlierPathOf;
    /** Repository-relative paths of every file that is new or changed since {@code ref}, untracked ones too. */
    private final List<String> changed;
    /** Repository-relative paths of the files deleted since {@code ref} (renamed ones are not deleted). */
    private final List<String> deleted;
    /**
     * For the staged changes ({@link #isStaged()}): repository-relative paths of the files whose working copy differs
     * from what is staged; {@code null} otherwise.
     */
    private final java.util.Set<String> unstaged;

    private GitHistory(String ref, String base, Path root, Map<String, String> earlierPathOf, List<String> changed,
                       List<String> deleted, java.util.Set<String> unstaged) {
        Path current;
        try {
            current = Path.of("").toRealPath();
        } catch (IOException e) {
            current = Path.of("").toAbsolutePath().normalize();
        }
        this.here = current;
        this.ref = ref;
        this.base = base;
        this.root = root;
        this.earlierPathOf = earlierPathOf;
        this.changed = List.copyOf(changed);
        this.deleted = List.copyOf(deleted);
        this.unstaged = unstaged == null ? null : java.util.Set.copyOf(unstaged);
    }

    /** The changes since {@code ref}; a usage error outside a repository, without git, or for an unknown ref. */
    static GitHistory since(String ref) {
        return changes(ref, false);
    }

    /**
     * What the next commit holds: the changes staged since HEAD (every file new on a first commit), untracked files
     * left out; which staged files also have changes not staged is kept ({@link #hasUnstagedChanges}).
     */
    static GitHistory staged() {
        return changes("HEAD", true);
    }

    private static GitHistory changes(String ref, boolean staged) {
        String shown = TextReport.safe(ref);
        if (ref.isBlank() || ref.startsWith("-") || !shown.equals(ref)) {
            throw new UsageException("--against " + shown + ": name a branch, tag or commit, e.g. --against main");
        }
        String top;
        try {
            top = git(List.of("rev-parse", "--show-toplevel"), Long.MAX_VALUE).strip();
        } catch (Failure e) {
            throw new UsageException("--against " + shown + ": " + (e.notInstalled ? "git is not installed or not on the PATH"
                    : "the current folder is not in a git repository; run meshgov from the repository's working tree"));
        }
        String base = null;
        try {
            git(List.of("rev-parse", "--verify", "--quiet", ref + "^{commit}"), Long.MAX_VALUE);
        } catch (Failure e) {
            base = ref.equals("HEAD") ? emptyTreeOfAFirstCommit() : null;
            if (base == null) {
                throw new UsageException("--against " + shown + ": no such branch, tag or commit in this repository"
                        + " (in CI, fetch it first, e.g. git fetch origin " + shown + "; with actions/checkout, "
                        + "fetch-depth: 0)");
            }
        }
        // The change is what happened since the branch left REF, as a pull request shows it: what REF gained since
        // (a contract added on main meanwhile) is not a deletion by this branch.
        try {
            if (base == null) {
                base = git(List.of("merge-base", ref, "HEAD"), Long.MAX_VALUE).strip();
            }
        } catch (Failure e) {
            throw new UsageException("--against " + shown + ": the current commit and " + shown + " share no history"
                    + " in this clone; fetch the history back to where the branch started (actions/checkout with "
                    + "fetch-depth: 0, or git fetch --unshallow)");
        }
        Map<String, String> earlier = new HashMap<>();
        List<String> changed = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        String[] fields;
        String[] untracked;
        java.util.Set<String> unstaged = null;
        try {
            // From the top, so that paths are the repository's whatever folder meshgov runs in.
            List<String> diff = new ArrayList<>(List.of("-C", top, "diff", "--name-status", "-M", "-z", "--no-ext-diff"));
            if (staged) {
                diff.add("--cached");
            }
            diff.addAll(List.of(base, "--"));
            fields = git(diff, Long.MAX_VALUE).split("\0");
            untracked = staged ? new String[0]
                    : git(List.of("-C", top, "ls-files", "--others", "--exclude-standard", "-z"), Long.MAX_VALUE)
                            .split("\0");
            if (staged) {
                unstaged = new java.util.HashSet<>(List.of(git(List.of("-C", top, "diff", "--name-only", "-z",
                        "--no-ext-diff", "--"), Long.MAX_VALUE).split("\0")));
            }
        } catch (Failure e) {
            throw new UsageException("--against " + ref + ": git diff failed: " + TextReport.safe(e.getMessage()));
        }
        for (int i = 0; i < fields.length; i++) {
            String status = fields[i];
            if ((status.startsWith("R") || status.startsWith("C")) && i + 2 < fields.length) {
                if (status.startsWith("R")) {
                    earlier.put(fields[i + 2], fields[i + 1]);
                }
                changed.add(fields[i + 2]);   // a copy is new; its original is still there, unchanged or listed apart
                i += 2;
            } else if (status.startsWith("D") && i + 1 < fields.length) {
                deleted.add(fields[i + 1]);
                i += 1;
            } else if ((status.startsWith("M") || status.startsWith("T")) && i + 1 < fields.length) {
                earlier.put(fields[i + 1], fields[i + 1]);
                changed.add(fields[i + 1]);
                i += 1;
            } else if (!status.isEmpty() && i + 1 < fields.length) {
                changed.add(fields[i + 1]);   // added (or unmerged): nothing earlier to compare with
                i += 1;
            }
        }
        for (String file : untracked) {
            if (!file.isEmpty()) {
                changed.add(file);
            }
        }
        Path root;
        try {
            root = Path.of(top).toRealPath();
        } catch (IOException e) {
            root = Path.of(top).toAbsolutePath().normalize();
        }
        return new GitHistory(ref, base, root, earlier, changed, deleted, unstaged);
    }

    /** Whether this is what the next commit holds ({@link #staged()}), rather than the working tree's changes. */
    boolean isStaged() {
        return unstaged != null;
    }

    /**
     * Whether the file, as shown from the current folder, has changes not staged: the commit would hold another
     * version than the one a judge reads. Always false unless {@link #isStaged()}.
     */
    boolean hasUnstagedChanges(Path file) {
        String path = unstaged == null ? null : repositoryPathOf(file);
        return path != null && unstaged.contains(path);
    }

    /**
     * On a branch with no commit yet (a repository's first commit, or an orphan branch's, which a pre-commit hook
     * judges with {@code --against HEAD}), the empty tree: every file is new. {@code null} when HEAD is detached.
     */
    private static String emptyTreeOfAFirstCommit() {
        try {
            git(List.of("symbolic-ref", "--quiet", "HEAD"), Long.MAX_VALUE);   // a branch, whose commit is missing
            // The empty tree's id in this repository's hash (SHA-1 or SHA-256); git knows it without storing it.
            return git(List.of("hash-object", "-t", "tree", "--stdin"), Long.MAX_VALUE).strip();
        } catch (Failure e) {
            return null;
        }
    }

    /** The files new or changed since the ref, as paths from the current folder. */
    List<Path> changedFiles() {
        return changed.stream().map(this::fromHere).toList();
    }

    /**
     * The files changed since the ref that had an earlier version (modified or renamed), each as it is now and as it
     * was, both as paths from the current folder.
     */
    Map<Path, Path> changedWithEarlier() {
        Map<Path, Path> pairs = new java.util.LinkedHashMap<>();
        earlierPathOf.forEach((now, before) -> pairs.put(fromHere(now), fromHere(before)));
        return pairs;
    }

    /** The files deleted since the ref, as paths from the current folder. */
    List<Path> deletedFiles() {
        return deleted.stream().map(this::fromHere).toList();
    }

    /** The repository-relative path of a file as it is shown from the current folder. */
    private Path fromHere(String repositoryPath) {
        return here.relativize(root.resolve(repositoryPath));
    }

    /** A deleted file's path at the ref, from its path as {@link #deletedFiles} shows it. */
    String repositoryPath(Path fromHere) {
        return root.relativize(Path.of("").toAbsolutePath().resolve(fromHere).normalize()).toString().replace('\\', '/');
    }

    String ref() {
        return ref;
    }

    /** The path the file had at the ref when it changed since (modified or renamed), or {@code null}. */
    String earlierPath(Path file) {
        String path = repositoryPathOf(file);
        return path == null ? null : earlierPathOf.get(path);
    }

    /** The file's path in the repository, through symbolic links as git knows it; {@code null} outside it. */
    private String repositoryPathOf(Path file) {
        Path absolute;
        try {
            absolute = file.toRealPath();
        } catch (IOException e) {
            absolute = file.toAbsolutePath().normalize();
        }
        return absolute.startsWith(root) ? root.relativize(absolute).toString().replace('\\', '/') : null;
    }

    /**
     * The file's content at the ref, at most {@code maxBytes}.
     *
     * @throws IOException when git cannot show it, or it is larger
     */
    byte[] contentAt(String earlierPath, long maxBytes) throws IOException {
        try {
            return gitBytes(List.of("-C", root.toString(), "show", base + ":" + earlierPath), maxBytes);
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
        return new String(gitBytes(arguments, maxBytes), StandardCharsets.UTF_8);
    }

    private static byte[] gitBytes(List<String> arguments, long maxBytes) throws Failure {
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
                throw new Failure("git " + verb(arguments) + " took longer than " + TIMEOUT_SECONDS + " s", false);
            }
            if (process.exitValue() != 0) {
                throw new Failure(err.lines().findFirst().orElse("git " + verb(arguments) + " failed"), false);
            }
            return out;
        } catch (IOException e) {
            process.destroyForcibly();
            throw new Failure(e.getMessage(), false);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new Failure("interrupted", false);
        }
    }

    private static String verb(List<String> arguments) {
        return arguments.get(0).equals("-C") && arguments.size() > 2 ? arguments.get(2) : arguments.get(0);
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
