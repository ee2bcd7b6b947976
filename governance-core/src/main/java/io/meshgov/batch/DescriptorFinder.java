package io.meshgov.batch;

import io.meshgov.Problem;
import io.meshgov.Problem.Code;
import io.meshgov.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
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

/**
 * Finds the descriptors that paths name, as the command line does: a file named is always judged; a folder is
 * searched recursively, and a glob ({@code contracts/**}{@code /*.yaml}, relative to the working folder) matched,
 * for YAML and JSON files that are descriptors by their content — a top-level {@code kind: DataContract} or
 * {@code kind: DataProduct}, a {@code .odcs.*} or {@code .odps.*} name, or a foreign descriptor format (reported as
 * such) — while other YAML and JSON files (CI workflows, {@code package.json}, compose files) are skipped and listed
 * apart. Folders {@code .git} and {@code node_modules}, and whatever {@code .meshgovignore} in the working folder
 * and {@link #exclude} name ({@code .gitignore} syntax), are not searched. Symbolic links are followed; one that
 * loops back is reported, not followed again; a folder that cannot be searched is an unreadable entry while the rest
 * are found.
 *
 * <pre>{@code
 * DescriptorFinder.Found found = DescriptorFinder.in(Path.of("catalog")).exclude(List.of("legacy/")).find(List.of("."));
 * }</pre>
 */
public final class DescriptorFinder {

    /** The ignore file read in the working folder. */
    public static final String IGNORE_FILE = ".meshgovignore";
    /** How much of a file is read to tell whether it is a descriptor. */
    static final int SNIFF_BYTES = 64 * 1024;

    private static final IgnoreRules ALWAYS_IGNORED = IgnoreRules.of(List.of(".git/", "node_modules/"));
    private static final Pattern YAML_OR_JSON = Pattern.compile(".*\\.(ya?ml|json)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DESCRIPTOR_NAME = Pattern.compile(".*\\.(odcs|odps)\\.(ya?ml|json)",
            Pattern.CASE_INSENSITIVE);
    /** A top-level key that only descriptors, ours or foreign, have; a kind that starts like ours catches a typo. */
    private static final Pattern YAML_DESCRIPTOR = Pattern.compile("(?m)^(?:[\"']?kind[\"']?\\s*:\\s*[\"']?Data"
            + "|(?:dataContractSpecification|dataProductSpecification|dataProductDescriptor|componentIdToProvision"
            + "|datasetName|quantumName)\\s*:)");
    private static final Pattern JSON_DESCRIPTOR = Pattern.compile("\"kind\"\\s*:\\s*\"Data|\"(?:dataContractSpecification"
            + "|dataProductSpecification|dataProductDescriptor|componentIdToProvision)\"\\s*:");

    /**
     * What the paths named.
     *
     * @param descriptors     the files to judge, sorted, relative as named
     * @param skipped         YAML and JSON files searched but not descriptors by their content
     * @param unreadable      places that could not be searched or read
     * @param matchedNothing  arguments that named no file and matched none
     */
    public record Found(List<Path> descriptors, List<Path> skipped, List<UnreadableDescriptor> unreadable,
                        List<String> matchedNothing) {
        public Found {
            descriptors = List.copyOf(descriptors);
            skipped = List.copyOf(skipped);
            unreadable = List.copyOf(unreadable);
            matchedNothing = List.copyOf(matchedNothing);
        }
    }

    private final Path workingFolder;
    private final IgnoreRules excluded;

    private DescriptorFinder(Path workingFolder, IgnoreRules excluded) {
        this.workingFolder = workingFolder;
        this.excluded = excluded;
    }

    /**
     * A finder whose globs and ignore rules are relative to {@code workingFolder}, reading its
     * {@value #IGNORE_FILE} when there is one.
     *
     * @throws java.io.UncheckedIOException when the ignore file exists but cannot be read
     */
    public static DescriptorFinder in(Path workingFolder) {
        Objects.requireNonNull(workingFolder, "workingFolder");
        Path ignoreFile = workingFolder.resolve(IGNORE_FILE);
        IgnoreRules rules = ALWAYS_IGNORED;
        if (Files.isRegularFile(ignoreFile)) {
            try {
                rules = rules.and(IgnoreRules.of(Files.readAllLines(ignoreFile, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(ignoreFile + ": cannot be read: " + e.getMessage(), e);
            }
        }
        return new DescriptorFinder(workingFolder, rules);
    }

    /** This finder, also leaving out what {@code patterns} ({@code .gitignore} syntax) match. */
    public DescriptorFinder exclude(List<String> patterns) {
        return new DescriptorFinder(workingFolder, excluded.and(IgnoreRules.of(patterns)));
    }

    /** The descriptors that files, folders and globs name; see the class description. */
    public Found find(List<String> arguments) {
        TreeSet<Path> descriptors = new TreeSet<>();
        TreeSet<Path> skipped = new TreeSet<>();
        TreeMap<String, UnreadableDescriptor> unreadable = new TreeMap<>();
        List<String> matchedNothing = new ArrayList<>();
        for (String argument : arguments) {
            int before = descriptors.size() + unreadable.size() + skipped.size();
            if (isGlob(argument)) {
                Pattern glob = IgnoreRules.anchored(argument.startsWith("./") ? argument.substring(2) : argument);
                Path start = workingFolder.resolve(literalPrefix(argument));
                if (Files.isDirectory(start)) {
                    walk(start, relative -> glob.matcher(relative).matches(), descriptors, skipped, unreadable, true);
                }
            } else {
                Path path = Path.of(argument);
                Path resolved = workingFolder.resolve(path);
                if (Files.isRegularFile(resolved)) {
                    descriptors.add(path);
                } else if (Files.isDirectory(resolved)) {
                    walk(path, relative -> true, descriptors, skipped, unreadable, false);
                }
            }
            if (descriptors.size() + unreadable.size() + skipped.size() == before) {
                matchedNothing.add(argument);
            }
        }
        return new Found(new ArrayList<>(descriptors), new ArrayList<>(skipped), new ArrayList<>(unreadable.values()),
                matchedNothing);
    }

    /**
     * Whether a YAML or JSON file is a descriptor by its name or its first {@value #SNIFF_BYTES} bytes (see the
     * class description); a file that cannot be read counts as one, so that reading it reports why.
     */
    public static boolean isDescriptor(Path file) {
        String name = String.valueOf(file.getFileName());
        if (DESCRIPTOR_NAME.matcher(name).matches()) {
            return true;
        }
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            return true;
        }
        String text = new String(start, StandardCharsets.UTF_8);
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? JSON_DESCRIPTOR.matcher(text).find()
                : YAML_DESCRIPTOR.matcher(text).find();
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
                      boolean relativeToWorkingFolder) {
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
                                (isDescriptor(file) ? descriptors : skipped).add(shown);
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

                        private Path shown(Path path) {
                            return relativeToWorkingFolder ? workingFolder.relativize(path)
                                    : folder.resolve(absoluteFolder.relativize(path)).normalize();
                        }

                        private void report(Path path, String message) {
                            String source = path.toString();
                            unreadable.putIfAbsent(source, new UnreadableDescriptor(source,
                                    List.of(Problem.error(Code.FILE, new SourceLocation(source, 0, 0), "", message))));
                        }
                    });
        } catch (IOException e) {
            String source = folder.toString();
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
