package io.meshgov.cli;

import io.meshgov.engine.GovernanceEngine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code meshgov fix}: the fixes the rules attach to their findings, applied in place. */
@Command(name = "fix", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Apply the fixes the rules attach to their findings (a version a change needs, a classification"
                + " raised to the council's minimum, a unit split from its value ...) where each value is written:"
                + " comments, key order, quoting and indentation stay as they are. A file is written only when no"
                + " finding appears that was not there, atomically. Findings a person must decide keep their hint."
                + " Exit 0 when nothing rejected is left, 1 when findings remain that reject a descriptor, 2 when a"
                + " descriptor cannot be read or fixed.",
        footerHeading = "%nExamples:%n",
        footer = {"  meshgov fix --dry-run contracts/",
                "  meshgov fix orders.odcs.yaml",
                "  meshgov fix --against main"})
final class FixCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Descriptor files, folders or globs, as for check; default: the 'paths:' of " + ProjectConfig.FILE + ".")
    List<String> paths;

    @Option(names = "--dry-run", description = "Print the changes as a unified diff instead of writing them.")
    boolean dryRun;

    @Option(names = "--against", paramLabel = "REF",
            description = "Judge each changed descriptor as the next version of what it was at the git REF, so that the"
                    + " version a change needs is fixed too; without PATH, fixes exactly the changed descriptors.")
    String against;

    @Mixin
    EngineOptions engine;

    @Mixin
    DescriptorPaths searched;

    @Override
    public Integer call() {
        ProjectConfig config = engine.config();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> named = paths != null && !paths.isEmpty() ? paths : config.pathsFromHere();
        GitHistory history = against == null ? null : GitHistory.since(against);
        if (named.isEmpty() && history == null) {
            throw new UsageException("name the descriptors to fix (files, folders or globs), or list them under 'paths:'"
                    + " in " + ProjectConfig.FILE);
        }
        if (named.contains("-")) {
            throw new UsageException("fix edits files in place; standard input ('-') has no file to edit");
        }
        DescriptorPaths.Found found = history != null && (paths == null || paths.isEmpty())
                ? searched.changed(history.changedFiles(), named, config.exclude(), engine.readLimits(), err)
                : searched.expand(named, config.exclude(), engine.readLimits(), err);
        GovernanceEngine built = engine.build(err);
        int exit = ExitCode.APPROVED;
        for (var unread : found.unreadable()) {
            err.println("meshgov: " + TextReport.safe(unread.source()) + ": not fixed: cannot be read");
            exit = ExitCode.UNUSABLE;
        }
        for (var notJudged : found.notJudged()) {
            err.println("meshgov: " + TextReport.safe(notJudged.source()) + ": not fixed: not judged as a descriptor");
        }
        int fixing = new FileFixer(engine.readLimits()).fixAll(built, history, found.files(), dryRun, out, err).exitCode();
        return exit == ExitCode.APPROVED ? fixing : exit;
    }
}
