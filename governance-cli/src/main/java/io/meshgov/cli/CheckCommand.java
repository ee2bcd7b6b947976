package io.meshgov.cli;

import io.meshgov.batch.BatchProgress;
import io.meshgov.batch.BatchResult;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.rules.StandardRules;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code meshgov check}: judge descriptors against the standard pack and any rule folders. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Judge data contracts and data products; exit 0 when all are approved, 1 when any is rejected,"
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

    @Override
    public Integer call() {
        ProjectConfig config = engine.config();
        List<String> named = paths != null && !paths.isEmpty() ? paths : config.pathsFromHere();
        if (named.isEmpty()) {
            throw new UsageException("name the descriptors to judge (files, folders or globs), or list them under 'paths:'"
                    + " in " + ProjectConfig.FILE);
        }
        DescriptorPaths.Found found = searched.expand(named, config.exclude(), spec.commandLine().getErr());
        List<Path> files = found.files();
        GovernanceEngine built = engine.build(spec.commandLine().getErr());
        BatchResult batch = engine.withUnsearchable(engine.batch(built).evaluateAll(files, progressOnTerminal(files.size())), found);
        Report report = new Report(StandardRules.version(), batch, built.rules(), built.fingerprint(),
                output.failOn(config));
        output.write(report, config, spec.commandLine().getOut(), spec.commandLine().getErr());
        return report.exitCode();
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
