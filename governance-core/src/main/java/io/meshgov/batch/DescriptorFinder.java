package io.meshgov.batch;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.Problem;
import io.meshgov.Problem.Code;
import io.meshgov.SourceLocation;
import io.meshgov.read.DescriptorReader;
import io.meshgov.read.ReadLimits;
import io.meshgov.read.Recognition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Finds the descriptors that paths name, as the command line does: a file named is always judged; a folder is
 * searched recursively, and a glob ({@code contracts/**}{@code /*.yaml}, relative to the working folder) matched,
 * for YAML and JSON files that are descriptors by their content — a top-level {@code kind: DataContract} or
 * {@code kind: DataProduct}, a {@code .odcs.*} or {@code .odps.*} name, or a foreign descriptor format (reported as
 * such) — while other YAML and JSON files (CI workflows, {@code package.json}, compose files) are skipped and listed
 * apart. Content is told by reading each file as the descriptor reader does (any encoding, style, tag, anchor or
 * escape it accepts), never by matching text, so a folder judges every file that, named alone, would be judged; a
 * file that cannot be read at all is listed as not judged. Folders {@code .git} and {@code node_modules}, and whatever {@code .meshgovignore} in the working folder
 * and {@link #exclude} name ({@code .gitignore} syntax), are not searched. Symbolic links are followed; one that
 * loops back is reported, not followed again; a folder that cannot be searched is an unreadable entry while the rest
 * are found.
 *
 * <pre>{@code
 * DescriptorFinder.Found found = DescriptorFinder.in(Path.of("catalog")).exclude(List.of("legacy/")).find(List.of("."));
 * }</pre>
 */
@API(status = STABLE, since = "0.1.0")
public final class DescriptorFinder {

    /** The ignore file read in the working folder. */
    public static final String IGNORE_FILE = ".meshgovignore";

    /** The most of {@value #IGNORE_FILE} read. */
    private static final int MAX_IGNORE_FILE_BYTES = 1024 * 1024;
    private static final IgnoreRules ALWAYS_IGNORED = IgnoreRules.of(List.of(".git/", "node_modules/"));
    private static final Pattern YAML_OR_JSON = Pattern.compile(".*\\.(ya?ml|json)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /**
     * What the paths named.
     *
     * @param descriptors     the files to judge, sorted, each as it can be opened: the working folder joined with
     *                        the path as named or found ({@code catalog/orders.odcs.yaml} for a finder
     *                        {@code in(Path.of("catalog"))}; unchanged in the current folder, {@code Path.of("")})
     * @param skipped         YAML and JSON files searched but not descriptors by their content
     * @param unreadable      places that could not be searched
     * @param matchedNothing  arguments that named no file and matched none
     * @param notJudged       YAML and JSON files in folders and globs that could not be read, so could not be told
     *                        apart from descriptors; they were not judged, and a run must say so
     */
    public record Found(List<Path> descriptors, List<Path> skipped, List<UnreadableDescriptor> unreadable,
                        List<String> matchedNothing, List<UnreadableDescriptor> notJudged) {
        public Found {
            descriptors = List.copyOf(descriptors);
            skipped = List.copyOf(skipped);
            unreadable = List.copyOf(unreadable);
            matchedNothing = List.copyOf(matchedNothing);
            notJudged = List.copyOf(notJudged);
        }

        /** What the paths named, every file told apart. */
        public Found(List<Path> descriptors, List<Path> skipped, List<UnreadableDescriptor> unreadable,
                     List<String> matchedNothing) {
            this(descriptors, skipped, unreadable, matchedNothing, List.of());
        }
    }

    private final Path workingFolder;
    private final IgnoreRules excluded;
    private final ReadLimits limits;

    private DescriptorFinder(Path workingFolder, IgnoreRules excluded, ReadLimits limits) {
        this.workingFolder = workingFolder;
        this.excluded = excluded;
        this.limits = limits;
    }

    /**
     * A finder whose globs and ignore rules are relative to {@code workingFolder}, reading its
     * {@value #IGNORE_FILE} when there is one.
     *
     * @throws io.meshgov.ConfigurationException when the ignore file exists but cannot be read, or is larger than
     *                                           1 MiB
     */
    public static DescriptorFinder in(Path workingFolder) {
        Objects.requireNonNull(workingFolder, "workingFolder");
        Path ignoreFile = workingFolder.resolve(IGNORE_FILE);
        IgnoreRules rules = ALWAYS_IGNORED;
        if (Files.isRegularFile(ignoreFile)) {
            try {
                byte[] text;
                try (java.io.InputStream in = Files.newInputStream(ignoreFile)) {
                    text = in.readNBytes(MAX_IGNORE_FILE_BYTES + 1);
                }
                if (text.length > MAX_IGNORE_FILE_BYTES) {
                    throw new IOException("larger than " + MAX_IGNORE_FILE_BYTES / 1024 + " KiB; an ignore file lists"
                            + " patterns, not files");
                }
                rules = rules.and(IgnoreRules.of(new String(text, StandardCharsets.UTF_8).lines().toList()));
            } catch (IOException e) {
                throw new io.meshgov.ConfigurationException(List.of(Problem.error(Code.FILE,
                        new SourceLocation(ignoreFile.toString(), 0, 0), "", "cannot be read: " + e.getMessage())));
            }
        }
        return new DescriptorFinder(workingFolder, rules, ReadLimits.defaults());
    }

    /** This finder, also leaving out what {@code patterns} ({@code .gitignore} syntax) match. */
    public DescriptorFinder exclude(List<String> patterns) {
        return new DescriptorFinder(workingFolder, excluded.and(IgnoreRules.of(patterns)), limits);
    }

    /** This finder, reading files within {@code limits} to tell what they hold (the limits descriptors are read in). */
    public DescriptorFinder readLimits(ReadLimits limits) {
        return new DescriptorFinder(workingFolder, excluded, Objects.requireNonNull(limits, "limits"));
    }

    /** The descriptors that files, folders and globs name; see the class description. */
    public Found find(List<String> arguments) {
        TreeSet<Path> descriptors = new TreeSet<>();
        TreeSet<Path> skipped = new TreeSet<>();
        TreeMap<String, UnreadableDescriptor> unreadable = new TreeMap<>();
        TreeMap<String, UnreadableDescriptor> notJudged = new TreeMap<>();
        List<String> matchedNothing = new ArrayList<>();
        for (String argument : arguments) {
            int before = descriptors.size() + unreadable.size() + skipped.size() + notJudged.size();
            if (isGlob(argument) && !Files.exists(workingFolder.resolve(argument))) {   // a name with [ ] is a name
                java.util.function.Predicate<String> glob = IgnoreRules.anchored(argument.startsWith("./") ? argument.substring(2) : argument);
                Path start = workingFolder.resolve(literalPrefix(argument));
                if (Files.isDirectory(start)) {
                    walk(start, glob, descriptors, skipped, unreadable, notJudged, true);
                }
            } else {
                Path path = Path.of(argument);
                Path resolved = workingFolder.resolve(path);
                if (Files.isRegularFile(resolved)) {
                    descriptors.add(resolved);
                } else if (Files.isDirectory(resolved)) {
                    walk(path, relative -> true, descriptors, skipped, unreadable, notJudged, false);
                }
            }
            if (descriptors.size() + unreadable.size() + skipped.size() + notJudged.size() == before) {
                matchedNothing.add(argument);
            }
        }
        return new Found(new ArrayList<>(descriptors), new ArrayList<>(skipped), new ArrayList<>(unreadable.values()),
                matchedNothing, new ArrayList<>(notJudged.values()));
    }

    /**
     * The descriptors among files that a change touched (paths relative to the working folder), told apart as a
     * folder search tells its files apart: what the ignore rules leave out, in the file's folders or itself, is left
     * out; YAML and JSON files are read to tell descriptors from other files; any other file is left out.
     */
    public Found sift(List<Path> files) {
        TreeSet<Path> descriptors = new TreeSet<>();
        TreeSet<Path> skipped = new TreeSet<>();
        List<UnreadableDescriptor> notJudged = new ArrayList<>();
        for (Path file : files) {
            if (!YAML_OR_JSON.matcher(String.valueOf(file.getFileName())).matches() || ignored(file)
                    || !Files.isRegularFile(workingFolder.resolve(file))) {
                continue;
            }
            Recognition recognition = recognize(file);
            Path shown = workingFolder.resolve(file);
            switch (recognition.content()) {
                case DESCRIPTOR -> descriptors.add(shown);
                case OTHER -> skipped.add(shown);
                case UNREADABLE -> notJudged.add(notJudged(shown, recognition));
            }
        }
        return new Found(new ArrayList<>(descriptors), new ArrayList<>(skipped), List.of(), List.of(), notJudged);
    }

    /** A file that could not be read, its problems placed in the file as shown (not as opened). */
    private static UnreadableDescriptor notJudged(Path shown, Recognition recognition) {
        String source = shown.toString();
        return new UnreadableDescriptor(source, recognition.problems().stream()
                .map(problem -> new Problem(problem.code(), problem.level(), new SourceLocation(source,
                        problem.location().line(), problem.location().column()), problem.subject(), problem.message()))
                .toList());
    }

    /**
     * Whether a search of {@code arguments} would reach {@code file} by its path alone, whether or not it exists
     * now (a deleted file, say): it is named, lies in a folder named, or matches a glob, and no ignore rule leaves
     * it out.
     */
    public boolean reaches(List<String> arguments, Path file) {
        return covers(arguments, file, true);
    }

    /**
     * Whether {@code arguments} name {@code file} by its path alone, whatever the ignore rules say: it is named, lies
     * in a folder named, or matches a glob. What a change took out of a search's reach — by renaming a descriptor,
     * or by ignoring it — is still the change's.
     */
    public boolean covers(List<String> arguments, Path file) {
        return covers(arguments, file, false);
    }

    private boolean covers(List<String> arguments, Path file, boolean honourIgnoreRules) {
        Path absolute = real(workingFolder.toAbsolutePath().resolve(file).normalize());
        boolean left = honourIgnoreRules && ignored(file);
        for (String argument : arguments) {
            if (isGlob(argument)) {
                if (IgnoreRules.anchored(argument.startsWith("./") ? argument.substring(2) : argument)
                        .test(relative(file)) && !left) {
                    return true;
                }
            } else {
                Path named = real(workingFolder.toAbsolutePath().resolve(argument).normalize());
                if (absolute.equals(named) || absolute.startsWith(named) && !left) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The path through every symbolic link of the part of it that exists (a deleted file's folder may exist). */
    private static Path real(Path absolute) {
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }

    /** Whether the ignore rules leave the file out, by itself or by one of its folders. */
    private boolean ignored(Path file) {
        String relative = relative(file);
        int slash = relative.indexOf('/');
        while (slash > 0) {
            if (excluded.ignores(relative.substring(0, slash), true)) {
                return true;
            }
            slash = relative.indexOf('/', slash + 1);
        }
        return excluded.ignores(relative, false);
    }

    private String relative(Path file) {
        Path base = workingFolder.toAbsolutePath().normalize();
        return base.relativize(base.resolve(file).normalize()).toString().replace('\\', '/');
    }

    /**
     * What a YAML or JSON file holds, read within this finder's limits: see
     * {@link DescriptorReader#recognize(Path, ReadLimits)}.
     */
    public Recognition recognize(Path file) {
        return DescriptorReader.recognize(workingFolder.resolve(file), limits);
    }

    private static boolean isGlob(String argument) {
        return argument.indexOf('*') >= 0 || argument.indexOf('?') >= 0 || argument.indexOf('[') >= 0;
    }

    /** The folders of a glob before its first wildcard: where its search starts. */
    private static String literalPrefix(String glob) {
        String[] parts = glob.split("/");
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < parts.length - 1 && !isGlob(parts[i]); i++) {
            prefix.append(parts[i]).append('/');
        }
        return prefix.toString();
    }

    /**
     * Walks a folder following links. {@code relativeToWorkingFolder}: the paths found are shown relative to the
     * working folder (a glob's), else under the folder as named.
     */
    private void walk(Path folder, java.util.function.Predicate<String> wanted, TreeSet<Path> descriptors,
                      TreeSet<Path> skipped, TreeMap<String, UnreadableDescriptor> unreadable,
                      TreeMap<String, UnreadableDescriptor> notJudged, boolean relativeToWorkingFolder) {
        Path absoluteFolder = relativeToWorkingFolder ? folder : workingFolder.resolve(folder);
        try {
            Files.walkFileTree(absoluteFolder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                            String relative = relative(directory);
                            return !relative.isEmpty() && excluded.ignores(relative, true) ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            String relative = relative(file);
                            if (!YAML_OR_JSON.matcher(String.valueOf(file.getFileName())).matches()
                                    || excluded.ignores(relative, false) || !wanted.test(relative)) {
                                return FileVisitResult.CONTINUE;
                            }
                            Path shown = shown(file);
                            if (attributes.isRegularFile()) {
                                Recognition recognition = DescriptorReader.recognize(file, limits);
                                switch (recognition.content()) {
                                    case DESCRIPTOR -> descriptors.add(shown);
                                    case OTHER -> skipped.add(shown);
                                    case UNREADABLE -> notJudged.putIfAbsent(shown.toString(),
                                            notJudged(shown, recognition));
                                }
                            } else if (attributes.isSymbolicLink()) {
                                report(shown, "a symbolic link to a file that does not exist; remove the link or "
                                        + "restore its file");
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException failure) {
                            report(shown(file), reason(failure));
                            return FileVisitResult.CONTINUE;
                        }

                        private String relative(Path path) {
                            return workingFolder.toAbsolutePath().normalize().relativize(path.toAbsolutePath().normalize())
                                    .toString().replace('\\', '/');
                        }

                        /** As the caller can open it: in the working folder, as named (not through its links). */
                        private Path shown(Path path) {
                            return workingFolder.resolve(relativeToWorkingFolder ? workingFolder.relativize(path)
                                    : folder.resolve(absoluteFolder.relativize(path)).normalize());
                        }

                        private void report(Path path, String message) {
                            String source = path.toString();
                            unreadable.putIfAbsent(source, new UnreadableDescriptor(source,
                                    List.of(Problem.error(Code.FILE, new SourceLocation(source, 0, 0), "", message))));
                        }
                    });
        } catch (IOException e) {
            String source = absoluteFolder.toString();
            unreadable.putIfAbsent(source, new UnreadableDescriptor(source,
                    List.of(Problem.error(Code.FILE, new SourceLocation(source, 0, 0), "", reason(e)))));
        }
    }

    private static String reason(IOException failure) {
        if (failure instanceof FileSystemLoopException) {
            return "a symbolic link here leads back to a folder above it; it was not searched again";
        }
        if (failure instanceof AccessDeniedException) {
            return "cannot be searched: permission denied; make the folder readable by the user that runs meshgov";
        }
        String reason = failure instanceof java.nio.file.FileSystemException fileSystem ? fileSystem.getReason()
                : failure.getMessage();
        return "cannot be searched: " + (reason == null ? "the operating system gave no reason" : reason);
    }
}
