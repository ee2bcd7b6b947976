package io.meshgov.cli;

import io.meshgov.batch.DescriptorFinder;
import io.meshgov.batch.UnreadableDescriptor;
import io.meshgov.read.ReadLimits;
import io.meshgov.read.Recognition;
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

    @Option(names = "--strict-discovery",
            description = "Fail the run (exit 2) when a YAML or JSON file in a folder or glob could not be read, so "
                    + "could not be told apart from a descriptor (by default it is named in the summary, not judged).")
    boolean strictDiscovery;

    /**
     * The files found, in order, the files skipped, the places that could not be searched or read, and the files
     * that could not be read to tell whether they are descriptors.
     */
    record Found(List<Path> files, List<Path> skipped, List<UnreadableDescriptor> unreadable,
                 List<UnreadableDescriptor> notJudged) {
        static final Found NOTHING = new Found(List.of(), List.of(), List.of(), List.of());
    }

    Found expand(List<String> arguments, ReadLimits limits, java.io.PrintWriter err) {
        return expand(arguments, List.of(), limits, err);
    }

    /** The finder of this run: .meshgovignore, then the config's excludes, then --exclude. */
    DescriptorFinder finder(List<String> moreExcludes, ReadLimits limits) {
        List<String> patterns = new ArrayList<>(moreExcludes);
        patterns.addAll(excludes);
        return DescriptorFinder.in(Path.of("")).exclude(patterns).readLimits(limits);
    }

    /**
     * The descriptors a change touched: the files new or changed since the ref, told apart by content as a folder's
     * are, and only those {@code scope} reaches when it is not empty (a config's {@code paths}).
     */
    Found changed(List<Path> changedFiles, List<String> scope, List<String> moreExcludes, ReadLimits limits,
                  java.io.PrintWriter err) {
        DescriptorFinder finder = finder(moreExcludes, limits);
        List<Path> inScope = scope.isEmpty() ? changedFiles
                : changedFiles.stream().filter(file -> finder.reaches(scope, file)).toList();
        DescriptorFinder.Found found = finder.sift(inScope);
        if (verbose) {
            found.skipped().forEach(file -> err.println("meshgov: skipped " + TextReport.safe(file.toString())
                    + ": not a data contract or data product"));
            err.flush();
        }
        return new Found(found.descriptors(), found.skipped(), List.of(), found.notJudged());
    }

    /** Whether files that could not be told apart fail the run: --strict-discovery, else the project config's. */
    boolean strict(ProjectConfig config) {
        return strictDiscovery || Boolean.TRUE.equals(config.strictDiscovery());
    }

    /** As {@link #expand(List, ReadLimits, java.io.PrintWriter)}, with further patterns to leave out (a project config's). */
    Found expand(List<String> arguments, List<String> moreExcludes, ReadLimits limits, java.io.PrintWriter err) {
        DescriptorFinder finder = finder(moreExcludes, limits);
        DescriptorFinder.Found found = finder.find(arguments);
        if (!found.matchedNothing().isEmpty()) {
            throw new UsageException(found.matchedNothing().get(0) + ": no such file, and no descriptor (*.yaml, *.yml,"
                    + " *.json) matches it");
        }
        List<Path> descriptors = found.descriptors();
        List<Path> skipped = new ArrayList<>(found.skipped());
        List<UnreadableDescriptor> notJudged = new ArrayList<>(found.notJudged());
        if (skipOtherFiles) {
            descriptors = new ArrayList<>();
            for (Path file : found.descriptors()) {
                Recognition recognition = finder.recognize(file);
                switch (recognition.content()) {
                    case DESCRIPTOR -> descriptors.add(file);
                    case OTHER -> skipped.add(file);
                    case UNREADABLE -> notJudged.add(new UnreadableDescriptor(file.toString(), recognition.problems()));
                }
            }
            if (descriptors.isEmpty() && found.unreadable().isEmpty()) {
                return new Found(List.of(), skipped, List.of(), notJudged);
            }
        }
        if (verbose) {
            skipped.forEach(file -> err.println("meshgov: skipped " + TextReport.safe(file.toString())
                    + ": not a data contract or data product"));
            err.flush();
        }
        if (descriptors.isEmpty() && found.unreadable().isEmpty()) {
            String notRead = notJudged.isEmpty() ? "" : "; " + NotJudged.count(notJudged.size()) + ": "
                    + NotJudged.names(notJudged);
            throw new UsageException(String.join(" ", arguments.stream().map(TextReport::safe).toList())
                    + ": no data contract or data product found (" + found.skipped().size() + " other YAML/JSON "
                    + (found.skipped().size() == 1 ? "file" : "files") + " skipped; --verbose lists them" + notRead
                    + "). A descriptor says 'kind: DataContract' or 'kind: DataProduct'");
        }
        return new Found(descriptors, skipped, found.unreadable(), notJudged);
    }
}
