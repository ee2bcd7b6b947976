package io.meshgov.cli;

import io.meshgov.DescriptorException;
import io.meshgov.batch.BatchResult;
import io.meshgov.batch.UnreadableDescriptor;
import io.meshgov.decision.Decision;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.model.Descriptor;
import io.meshgov.read.DescriptorReader;
import io.meshgov.rules.StandardRules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code meshgov diff}: the compatibility decision on a new version of a descriptor. */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Judge NEW as the next version of OLD: every change classified under the contract's"
                + " compatibility mode, the version bump checked, and the new version judged like any descriptor."
                + " Exit codes as for check.",
        footerHeading = "%nExamples:%n",
        footer = {"  meshgov diff orders-1.4.0.odcs.yaml orders.odcs.yaml",
                "  git show main:contracts/orders.odcs.yaml > /tmp/orders-main.yaml && meshgov diff /tmp/orders-main.yaml contracts/orders.odcs.yaml",
                "  meshgov diff --fix orders-1.4.0.odcs.yaml orders.odcs.yaml"})
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The version consumers read today.")
    Path previous;

    @Parameters(index = "1", paramLabel = "NEW", description = "The proposed version.")
    Path proposed;

    @picocli.CommandLine.Option(names = "--fix",
            description = "Apply the fixes of NEW's findings in place first, as meshgov fix does: among them, NEW's version"
                    + " set to the smallest the change needs (the next major for a breaking change, minor for an"
                    + " addition, patch otherwise), edited only where it is written; then judge it. A run that changed"
                    + " NEW exits 1 at least: commit the change.")
    boolean fix;

    @Mixin
    EngineOptions engine;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        List<UnreadableDescriptor> unreadable = new ArrayList<>();
        Descriptor before = read(previous, unreadable);
        Descriptor after = read(proposed, unreadable);
        GovernanceEngine built = engine.build(spec.commandLine().getErr());
        List<Decision> decisions = new ArrayList<>();
        FileFixer.Run fixing = new FileFixer.Run(ExitCode.APPROVED, 0);
        if (before != null && after != null) {
            if (before.kind() != after.kind()) {
                throw new UsageException("cannot compare a " + before.kind().kindName() + " (" + previous + ") with a "
                        + after.kind().kindName() + " (" + proposed + ")");
            }
            if (fix) {
                Descriptor base = before;
                fixing = new FileFixer(engine.readLimits()).fixAll(List.of(proposed),
                        file -> next -> built.evaluateChange(base, next), false, spec.commandLine().getErr(),
                        spec.commandLine().getErr());
                after = read(proposed, unreadable);
            }
            if (after != null) {
                decisions.add(built.evaluateChange(before, after));
            }
        }
        Report report = new Report(StandardRules.version(), new BatchResult(decisions, unreadable), built.rules(),
                built.fingerprint(), output.failOn(engine.config()), decisions.stream().map(Decision::source)
                .collect(java.util.stream.Collectors.toSet()));
        output.write(report, engine.config(), spec.commandLine().getOut(), spec.commandLine().getErr());
        return fixing.judged(report.exitCode(), spec.commandLine().getErr());
    }

    private Descriptor read(Path file, List<UnreadableDescriptor> unreadable) {
        try {
            return DescriptorReader.read(file, engine.readLimits());
        } catch (DescriptorException e) {
            unreadable.add(new UnreadableDescriptor(file.toString(), e.problems()));
            return null;
        }
    }
}
