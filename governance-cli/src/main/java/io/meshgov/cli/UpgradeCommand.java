package io.meshgov.cli;

import io.meshgov.DescriptorException;
import io.meshgov.decision.Decision;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.read.DescriptorFormat;
import io.meshgov.read.StandardUpgrade;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code meshgov upgrade}: descriptors moved to a newer version of their standard, in place. */
@Command(name = "upgrade", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Move descriptors to a newer version of their standard — ODCS v3.0.x to v3.1.0 to v3.2.0, ODPS v0.9.0"
                + " to v1.0.0 to v1.1.0 — editing only what the standard changed (team as an object with members, quality"
                + " rule → metric, apiVersion), where it is written: comments, order and style stay. A file is written"
                + " only when the upgraded version gets no warning or error the old one did not; what is left to a"
                + " person is said. Exit 0 when every file is upgraded or already current, 2 when one is not.",
        footerHeading = "%nExamples:%n",
        footer = {"  meshgov upgrade --dry-run contracts/", "  meshgov upgrade --to v3.1.0 orders.odcs.yaml"})
final class UpgradeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Descriptor files, folders or globs, as for check.")
    List<String> paths;

    @Option(names = "--to", paramLabel = "VERSION",
            description = "The version to reach (default: the newest, ODCS " + StandardUpgrade.LATEST_ODCS + ", ODPS "
                    + StandardUpgrade.LATEST_ODPS + ").")
    String to;

    @Option(names = "--dry-run", description = "Print the changes as a unified diff instead of writing them.")
    boolean dryRun;

    @Mixin
    EngineOptions engine;

    @Mixin
    DescriptorPaths searched;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DescriptorPaths.Found found = searched.expand(paths, engine.config().exclude(), engine.readLimits(), err);
        GovernanceEngine built = engine.build(err);
        FileFixer reader = new FileFixer(engine.readLimits());
        int exit = ExitCode.APPROVED;
        int upgraded = 0;
        for (var unread : found.unreadable()) {
            err.println("meshgov: " + TextReport.safe(unread.source()) + ": not upgraded: cannot be read");
            exit = ExitCode.UNUSABLE;
        }
        for (Path file : found.files()) {
            String shown = TextReport.safe(file.toString());
            try {
                FileFixer.Encoded encoded = FileFixer.encoded(Files.readAllBytes(file));
                DescriptorFormat format = DescriptorFormat.ofFileName(file.toString()).orElse(DescriptorFormat.YAML);
                StandardUpgrade.Result result = StandardUpgrade.upgrade(encoded.text(), file.toString(), format, to,
                        engine.readLimits());
                result.left().forEach(line -> out.println("  left for a person: " + shown + ": " + line));
                if (!result.changed()) {
                    out.println(shown + ": already " + result.from());
                    continue;
                }
                Decision before = built.evaluate(reader.read(encoded.text(), file.toString(), format));
                Decision after = built.evaluate(reader.read(result.text(), file.toString(), format));
                Set<String> added = new LinkedHashSet<>(FileFixer.places(after));
                added.removeAll(FileFixer.places(before));
                if (!added.isEmpty()) {
                    err.println("meshgov: " + shown + ": not upgraded: " + result.to() + " would add " + String.join(", ",
                            added) + " (meshgov upgrade --dry-run shows the edit; make it with what they ask)");
                    exit = ExitCode.UNUSABLE;
                    continue;
                }
                if (dryRun) {
                    out.print(FileFixer.unifiedDiff(file.toString().replace('\\', '/'), encoded.text(), result.text()));
                } else {
                    FileFixer.write(file, encoded.bytes(result.text()));
                }
                upgraded++;
                out.println((dryRun ? "would upgrade " : "upgraded ") + shown + ": " + String.join("; ", result.steps()));
            } catch (IllegalArgumentException e) {
                err.println("meshgov: " + shown + ": not upgraded: " + TextReport.safe(e.getMessage()));
                exit = ExitCode.UNUSABLE;
            } catch (DescriptorException e) {
                err.println("meshgov: " + shown + ": not upgraded: " + (e.problems().isEmpty() ? "cannot be read"
                        : e.problems().get(0)));
                exit = ExitCode.UNUSABLE;
            } catch (IOException e) {
                err.println("meshgov: " + shown + ": not upgraded: " + TextReport.safe(String.valueOf(e.getMessage())));
                exit = ExitCode.UNUSABLE;
            }
        }
        out.println((dryRun ? "would upgrade " : "upgraded ") + upgraded + " of " + found.files().size() + " descriptor"
                + (found.files().size() == 1 ? "" : "s"));
        out.flush();
        return exit;
    }
}
