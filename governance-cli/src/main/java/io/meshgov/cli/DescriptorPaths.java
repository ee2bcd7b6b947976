package io.meshgov.cli;

import io.meshgov.batch.DescriptorFinder;
import io.meshgov.batch.UnreadableDescriptor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The paths a command judges, and how they are searched: {@link DescriptorFinder}'s rules (a file named is judged; a
 * folder or glob yields the YAML and JSON files that are descriptors by their content), with {@code --exclude} and
 * {@code .meshgovignore}. A path that matches nothing, or a run that finds no descriptor at all, is a usage error:
 * a gate that judged nothing must not pass as if it had judged.
 */
final class DescriptorPaths {

    @Option(names = "--exclude", paramLabel = "PATTERN",
            description = "Leave out files and folders matching PATTERN (.gitignore syntax, repeatable); "
                    + ".meshgovignore in the current folder is read too.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--skip-other-files",
            description = "Skip files named on the command line that are not descriptors by their content, as folders'"
                    + " files are (for pre-commit, which names every changed file); finding none is then no error.")
    boolean skipOtherFiles;

    @Option(names = "--verbose", description = "List the YAML and JSON files skipped because they are not descriptors.")
    boolean verbose;

    /** The files found, in order, the files skipped, and the places that could not be searched or read. */
    record Found(List<Path> files, List<Path> skipped, List<UnreadableDescriptor> unreadable) {
    }

    Found expand(List<String> arguments, java.io.PrintWriter err) {
        return expand(arguments, List.of(), err);
    }

    /** As {@link #expand(List, java.io.PrintWriter)}, with further patterns to leave out (a project config's). */
    Found expand(List<String> arguments, List<String> moreExcludes, java.io.PrintWriter err) {
        List<String> patterns = new ArrayList<>(moreExcludes);
        patterns.addAll(excludes);
        DescriptorFinder.Found found = DescriptorFinder.in(Path.of("")).exclude(patterns).find(arguments);
        if (!found.matchedNothing().isEmpty()) {
            throw new UsageException(found.matchedNothing().get(0) + ": no such file, and no descriptor (*.yaml, *.yml,"
                    + " *.json) matches it");
        }
        List<Path> descriptors = found.descriptors();
        List<Path> skipped = new ArrayList<>(found.skipped());
        if (skipOtherFiles) {
            java.util.Map<Boolean, List<Path>> byContent = descriptors.stream()
                    .collect(java.util.stream.Collectors.partitioningBy(DescriptorFinder::isDescriptor));
            descriptors = byContent.get(true);
            skipped.addAll(byContent.get(false));
            if (descriptors.isEmpty() && found.unreadable().isEmpty()) {
                return new Found(List.of(), skipped, List.of());
            }
        }
        if (verbose) {
            skipped.forEach(file -> err.println("meshgov: skipped " + file + ": not a data contract or data product"));
            err.flush();
        }
        if (descriptors.isEmpty() && found.unreadable().isEmpty()) {
            throw new UsageException(String.join(" ", arguments) + ": no data contract or data product found ("
                    + found.skipped().size() + " other YAML/JSON " + (found.skipped().size() == 1 ? "file" : "files")
                    + " skipped; --verbose lists them). A descriptor says 'kind: DataContract' or 'kind: DataProduct'");
        }
        return new Found(descriptors, skipped, found.unreadable());
    }
}
