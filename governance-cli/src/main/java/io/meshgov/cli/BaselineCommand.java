package io.meshgov.cli;

import io.meshgov.Problem;
import io.meshgov.batch.BatchResult;
import io.meshgov.batch.UnreadableDescriptor;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.policy.Baseline;
import io.meshgov.read.BaselineFile;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code meshgov baseline}: accept an existing estate's findings, so that from now on only new findings block. */
@Command(name = "baseline", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Record the findings of existing descriptors as accepted: 'meshgov check --baseline FILE' then"
                + " reports them without blocking, and blocks only new ones. Exit 0 when recorded, 2 when a descriptor"
                + " cannot be read (nothing is written then).",
        footerHeading = "%nExamples:%n",
        footer = {"  meshgov baseline --policy governance.yaml --output meshgov-baseline.yaml contracts/",
                "  meshgov check --policy governance.yaml --baseline meshgov-baseline.yaml contracts/"})
final class BaselineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Descriptor files, folders or globs (.gitignore syntax, from the current folder); in folders, YAML and JSON files that are not descriptors are skipped.")
    List<String> paths;

    @Mixin
    EngineOptions engine;

    @Mixin
    DescriptorPaths searched;

    @Option(names = "--output", paramLabel = "FILE", required = true,
            description = "The baseline file to write (YAML; keep it under version control).")
    Path output;

    @Override
    public Integer call() {
        if (engine.baseline != null) {
            throw new UsageException("--baseline reads a baseline; to record a new one, leave it out");
        }
        DescriptorPaths.Found found = searched.expand(paths, engine.readLimits(), spec.commandLine().getErr());
        GovernanceEngine built = engine.build(spec.commandLine().getErr());
        BatchResult batch = engine.withUnsearchable(engine.batch(built).evaluateAll(found.files()), found);
        if (!found.notJudged().isEmpty()) {
            // A file that could not be told apart may be a descriptor whose findings would later pass as new.
            found.notJudged().forEach(file -> spec.commandLine().getErr().println(NotJudged.line(file)));
            spec.commandLine().getErr().println("meshgov: no baseline written: " + NotJudged.count(found.notJudged().size())
                    + "; fix them or leave them out, and run again");
            return ExitCode.UNUSABLE;
        }
        if (!batch.unreadable().isEmpty()) {
            // A baseline of part of the estate would let the unread part's findings through later as "accepted".
            for (UnreadableDescriptor unreadable : batch.unreadable()) {
                for (Problem problem : unreadable.problems()) {
                    spec.commandLine().getErr().println("meshgov: " + TextReport.safe(problem.toString()));
                }
            }
            spec.commandLine().getErr().println("meshgov: no baseline written: " + plural(batch.unreadable().size(),
                    "descriptor") + " cannot be read; fix them and run again");
            return ExitCode.UNUSABLE;
        }
        Baseline baseline = Baseline.of(batch.decisions());
        BaselineFile.write(baseline, output);
        spec.commandLine().getOut().println("recorded " + plural(baseline.entries().size(), "finding") + " of "
                + plural(batch.decisions().size(), "descriptor") + " in " + output);
        return ExitCode.APPROVED;
    }

    /** {@code 1 finding}, {@code 2 findings}. */
    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
