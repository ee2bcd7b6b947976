package io.meshgov.cli;

import io.meshgov.Problem.Code;
import io.meshgov.Problem;
import io.meshgov.SourceLocation;
import io.meshgov.batch.UnreadableDescriptor;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Turns the paths a user gives into descriptor files: a file as is, a folder searched recursively for *.yaml,
 * *.yml and *.json, a glob ({@code contracts/**}{@code /*.yaml}) matched from the current folder. Symbolic links
 * to files and folders are followed, and a link that loops back to a folder above it is reported, not followed
 * again. A sub-folder that cannot be read, or a link to nothing, is an unreadable entry of the run while the rest
 * are judged. A path that matches nothing is a usage error, never silently skipped.
 */
final class DescriptorPaths {

    private static final PathMatcher DESCRIPTOR = FileSystems.getDefault().getPathMatcher("glob:**.{yaml,yml,json}");

    /** The files found, in order, and the places that could not be searched or read. */
    record Found(List<Path> files, List<UnreadableDescriptor> unreadable) {
    }

    private DescriptorPaths() {
    }

    static Found expand(List<String> arguments) {
        TreeSet<Path> files = new TreeSet<>();
        TreeMap<String, UnreadableDescriptor> unreadable = new TreeMap<>();
        for (String argument : arguments) {
            int before = files.size() + unreadable.size();
            if (isGlob(argument)) {
                Path root = Path.of("").toAbsolutePath();
                PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + argument);
                walk(root, path -> matcher.matches(root.relativize(path)), files, unreadable, root);
            } else {
                Path path = Path.of(argument);
                if (Files.isRegularFile(path)) {
                    files.add(path);
                } else if (Files.isDirectory(path)) {
                    walk(path, DESCRIPTOR::matches, files, unreadable, null);
                }
            }
            if (files.size() + unreadable.size() == before) {
                throw new UsageException(argument + ": no such file, and no descriptor (*.yaml, *.yml, *.json) matches it");
            }
        }
        return new Found(new ArrayList<>(files), new ArrayList<>(unreadable.values()));
    }

    private static boolean isGlob(String argument) {
        return argument.indexOf('*') >= 0 || argument.indexOf('?') >= 0 || argument.indexOf('[') >= 0
                || argument.indexOf('{') >= 0;
    }

    /** Walks a folder following links; {@code relativeTo} shortens the paths a glob finds. */
    private static void walk(Path folder, Predicate<Path> wanted, TreeSet<Path> files,
                             TreeMap<String, UnreadableDescriptor> unreadable, Path relativeTo) {
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (!wanted.test(file)) {
                                return FileVisitResult.CONTINUE;
                            }
                            Path shown = relativeTo == null ? file : relativeTo.relativize(file);
                            if (attributes.isRegularFile()) {
                                files.add(shown);
                            } else if (attributes.isSymbolicLink()) {
                                report(shown, "a symbolic link to a file that does not exist; remove the link or "
                                        + "restore its file");
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException failure) {
                            Path shown = relativeTo == null ? file : relativeTo.relativize(file);
                            report(shown, reason(failure));
                            return FileVisitResult.CONTINUE;
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
