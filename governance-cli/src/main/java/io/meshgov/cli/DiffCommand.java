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
            description = "Set NEW's version to the smallest the change needs (the next major for a breaking change, minor"
                    + " for an addition, patch otherwise), editing only where its version is written; then judge it.")
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
        if (before != null && after != null) {
            if (before.kind() != after.kind()) {
                throw new UsageException("cannot compare a " + before.kind().kindName() + " (" + previous + ") with a "
                        + after.kind().kindName() + " (" + proposed + ")");
            }
            Decision decision = built.evaluateChange(before, after);
            Optional<String> version = fix ? VersionFix.needed(decision, before.version()) : Optional.empty();
            if (version.isPresent()) {
                after = fixed(after, version.get());
                decision = built.evaluateChange(before, after);
            }
            decisions.add(decision);
        }
        Report report = new Report(StandardRules.version(), new BatchResult(decisions, unreadable), built.rules(),
                built.fingerprint(), output.failOn(engine.config()), decisions.stream().map(Decision::source)
                .collect(java.util.stream.Collectors.toSet()));
        output.write(report, engine.config(), spec.commandLine().getOut(), spec.commandLine().getErr());
        return report.exitCode();
    }

    /** NEW with its version set to {@code version} in its file, read again; NEW as it was when it cannot be set. */
    private Descriptor fixed(Descriptor after, String version) {
        java.io.PrintWriter err = spec.commandLine().getErr();
        String shown = TextReport.safe(proposed.toString());
        try {
            byte[] bytes = Files.readAllBytes(proposed);
            String text = new String(bytes, StandardCharsets.UTF_8);
            boolean utf8 = java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes);
            io.meshgov.SourceLocation key = after.origin().locations().get("version");
            Optional<String> edited = utf8 && key != null ? VersionFix.withVersion(text, key, version)
                    : Optional.empty();
            if (edited.isEmpty()) {
                err.println("meshgov: " + shown + ": the version could not be set where it is written (not UTF-8, or"
                        + " not a plain value on its key's line); set it to " + version + " by hand");
                return after;
            }
            Path temporary = Files.createTempFile(proposed.toAbsolutePath().getParent(), ".meshgov-fix", ".tmp");
            try {
                Files.writeString(temporary, edited.get(), StandardCharsets.UTF_8);
                Files.move(temporary, proposed, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
            err.println("meshgov: " + shown + ": version " + TextReport.safe(String.valueOf(after.version())) + " -> "
                    + version + ", the smallest this change needs");
            return DescriptorReader.read(proposed, engine.readLimits());
        } catch (java.io.IOException e) {
            throw new UsageException(shown + ": cannot be fixed: " + TextReport.safe(String.valueOf(e.getMessage())));
        }
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
