package io.meshgov.cli;

import io.meshgov.batch.BatchProgress;
import io.meshgov.DescriptorException;
import io.meshgov.batch.BatchResult;
import io.meshgov.batch.UnreadableDescriptor;
import io.meshgov.decision.Decision;
import io.meshgov.model.Descriptor;
import io.meshgov.read.DescriptorFormat;
import io.meshgov.read.DescriptorReader;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.rules.StandardRules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code meshgov check}: judge descriptors against the standard pack and any rule folders. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Judge data contracts and data products; exit 0 when all are approved, 1 when any is rejected, 3 when"
                + " only warnings fail the run (--fail-on warning),"
                + " 2 when a descriptor cannot be read or the rules do not compile.",
        footerHeading = "%nExamples:%n",
        footer = {"  meshgov check contracts/",
                "  meshgov check --rules rules/payments --format sarif --output meshgov.sarif 'contracts/**/*.yaml'",
                "  meshgov check --fail-on warning --conventions council.yaml orders.odcs.yaml",
                "  meshgov check --policy governance.yaml --baseline meshgov-baseline.yaml contracts/"})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Descriptor files, folders or globs (.gitignore syntax, from the current folder); in folders, YAML and JSON files that are not descriptors are skipped.")
    List<String> paths;

    @Mixin
    EngineOptions engine;

    @Mixin
    DescriptorPaths searched;

    @Mixin
    OutputOptions output;

    @Option(names = "--against", paramLabel = "REF",
            description = "Judge every descriptor changed since the git branch, tag or commit REF as the next version of "
                    + "what it was there (renames followed; new files judged plainly), as buf breaking --against does.")
    String against;

    @Option(names = "--stdin-filename", paramLabel = "NAME",
            description = "The name messages give the descriptor read from standard input (PATH '-').")
    String stdinFilename;

    /** Standard input, for PATH {@code -}; tests set their own. */
    static java.io.InputStream stdin = System.in;

    @Override
    public Integer call() {
        ProjectConfig config = engine.config();
        List<String> named = paths != null && !paths.isEmpty() ? paths : config.pathsFromHere();
        if (named.isEmpty()) {
            throw new UsageException("name the descriptors to judge (files, folders or globs), or list them under 'paths:'"
                    + " in " + ProjectConfig.FILE);
        }
        boolean fromStdin = named.contains("-");
        List<String> fileArguments = named.stream().filter(path -> !path.equals("-")).toList();
        if (stdinFilename != null && !fromStdin) {
            throw new UsageException("--stdin-filename names the descriptor read from standard input: add the PATH '-'");
        }
        DescriptorPaths.Found found = fileArguments.isEmpty() ? new DescriptorPaths.Found(List.of(), List.of(), List.of())
                : searched.expand(fileArguments, config.exclude(), spec.commandLine().getErr());
        GitHistory history = against == null ? null : GitHistory.since(against);
        List<Path> plain = new ArrayList<>();
        List<Path> changed = new ArrayList<>();
        for (Path file : found.files()) {
            (history != null && history.earlierPath(file) != null ? changed : plain).add(file);
        }
        GovernanceEngine built = engine.build(spec.commandLine().getErr());
        BatchResult batch = engine.withUnsearchable(engine.batch(built).evaluateAll(plain, progressOnTerminal(plain.size())),
                found);
        List<Decision> decisions = new ArrayList<>(batch.decisions());
        List<UnreadableDescriptor> unreadable = new ArrayList<>(batch.unreadable());
        java.util.Set<String> compared = new java.util.HashSet<>();
        for (Path file : changed) {
            if (judgeChange(built, history, file, decisions, unreadable)) {
                compared.add(file.toString());
            }
        }
        if (fromStdin) {
            judgeStandardInput(built, decisions, unreadable);
        }
        decisions.sort(java.util.Comparator.comparing(Decision::source));
        Report report = new Report(StandardRules.version(), new BatchResult(decisions, unreadable, batch.waivers()),
                built.rules(), built.fingerprint(), output.failOn(config), compared);
        output.write(report, config, spec.commandLine().getOut(), spec.commandLine().getErr());
        return report.exitCode();
    }

    /** A changed descriptor, judged as the next version of its content at the ref; whether it was compared. */
    private boolean judgeChange(GovernanceEngine built, GitHistory history, Path file, List<Decision> decisions,
                             List<UnreadableDescriptor> unreadable) {
        Descriptor proposed;
        try {
            proposed = DescriptorReader.read(file, engine.readLimits());
        } catch (DescriptorException e) {
            unreadable.add(new UnreadableDescriptor(file.toString(), e.problems()));
            return false;
        }
        String earlierPath = history.earlierPath(file);
        String earlierSource = history.ref() + ":" + earlierPath;
        Descriptor previous;
        try {
            String text = history.contentAt(earlierPath, engine.readLimits().maxFileBytes());
            previous = DescriptorReader.read(new java.io.ByteArrayInputStream(text.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)), earlierSource,
                    DescriptorFormat.ofFileName(earlierPath).orElse(DescriptorFormat.YAML), engine.readLimits());
        } catch (java.io.IOException | DescriptorException e) {
            String why = e instanceof DescriptorException unread && !unread.problems().isEmpty()
                    ? unread.problems().get(0).toString() : e.getMessage();
            spec.commandLine().getErr().println("meshgov: " + file + ": its version at " + history.ref()
                    + " cannot be read (" + TextReport.safe(String.valueOf(why)) + "); judged without comparing");
            decisions.add(built.evaluate(proposed));
            return false;
        }
        if (previous.kind() != proposed.kind()) {
            spec.commandLine().getErr().println("meshgov: " + file + ": was a " + previous.kind().kindName() + " at "
                    + history.ref() + " and is a " + proposed.kind().kindName() + " now; judged without comparing");
            decisions.add(built.evaluate(proposed));
            return false;
        }
        decisions.add(built.evaluateChange(previous, proposed));
        return true;
    }

    /** The descriptor on standard input, read within the file size limit. */
    private void judgeStandardInput(GovernanceEngine built, List<Decision> decisions, List<UnreadableDescriptor> unreadable) {
        String name = stdinFilename != null ? stdinFilename : "<stdin>";
        try {
            byte[] bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, engine.readLimits().maxFileBytes() + 1));
            String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            DescriptorFormat format = name.toLowerCase(java.util.Locale.ROOT).endsWith(".json")
                    || (stdinFilename == null && text.stripLeading().startsWith("{")) ? DescriptorFormat.JSON
                    : DescriptorFormat.YAML;
            if (bytes.length > engine.readLimits().maxFileBytes()) {
                throw new UsageException(name + ": standard input is larger than the file size limit ("
                        + engine.readLimits().maxFileBytes() + " bytes; --limit fileBytes=N)");
            }
            decisions.add(built.evaluate(DescriptorReader.read(new java.io.ByteArrayInputStream(bytes), name, format,
                    engine.readLimits())));
        } catch (DescriptorException e) {
            unreadable.add(new UnreadableDescriptor(name, e.problems()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("standard input cannot be read: " + e.getMessage(), e);
        }
    }

    /** A counter on standard error for long batches, only when a person is watching a terminal. */
    private static BatchProgress progressOnTerminal(int total) {
        if (total < 20 || System.console() == null) {
            return (done, all) -> { };
        }
        return (done, all) -> {
            System.err.print("\rmeshgov: " + done + "/" + all + " descriptors" + (done == all ? "\r" + " ".repeat(40) + "\r" : ""));
            System.err.flush();
        };
    }
}
