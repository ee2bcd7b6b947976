package io.meshgov.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Turns the paths a user gives into descriptor files: a file as is, a folder searched recursively for *.yaml,
 * *.yml and *.json, a glob ({@code contracts/**}{@code /*.yaml}) matched from the current folder. A path that
 * matches nothing is a usage error, never silently skipped.
 */
final class DescriptorPaths {

    private static final PathMatcher DESCRIPTOR = FileSystems.getDefault().getPathMatcher("glob:**.{yaml,yml,json}");

    private DescriptorPaths() {
    }

    static List<Path> expand(List<String> arguments) {
        TreeSet<Path> files = new TreeSet<>();
        for (String argument : arguments) {
            List<Path> matched = isGlob(argument) ? glob(argument) : fileOrFolder(Path.of(argument));
            if (matched.isEmpty()) {
                throw new UsageException(argument + ": no such file, and no descriptor (*.yaml, *.yml, *.json) matches it");
            }
            files.addAll(matched);
        }
        return new ArrayList<>(files);
    }

    private static boolean isGlob(String argument) {
        return argument.indexOf('*') >= 0 || argument.indexOf('?') >= 0 || argument.indexOf('[') >= 0
                || argument.indexOf('{') >= 0;
    }

    private static List<Path> fileOrFolder(Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).filter(DESCRIPTOR::matches).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> glob(String pattern) {
        Path base = Path.of("");
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        try (Stream<Path> walk = Files.walk(base.toAbsolutePath())) {
            Path root = base.toAbsolutePath();
            return walk.filter(Files::isRegularFile).map(root::relativize).filter(matcher::matches).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
