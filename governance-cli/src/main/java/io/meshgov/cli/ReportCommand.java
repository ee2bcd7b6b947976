package io.meshgov.cli;

import io.meshgov.batch.BatchResult;
import io.meshgov.batch.BatchSummary;
import io.meshgov.batch.Scorecard;
import io.meshgov.engine.GovernanceEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code meshgov report}: a governance scorecard of a catalog, as a static page and JSON. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write a governance scorecard of the descriptors: how each domain stands, the rules most often"
                + " broken, the waivers in force, the descriptors to fix first — index.html (self-contained: no server,"
                + " no network) and scorecard.json in DIR. Exit 0 when written, 2 when it cannot be.",
        footerHeading = "%nExamples:%n",
        footer = {"  meshgov report --output scorecard/ catalog/",
                "  meshgov report --policy governance.yaml --previous last-month/scorecard.json --output scorecard/ catalog/"})
final class ReportCommand implements Callable<Integer> {

    /** The most of an earlier scorecard read: no scorecard file is read without a bound. */
    static final int MAX_SCORECARD_BYTES = 256 * 1024 * 1024;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Descriptor files, folders or globs, as for check; no PATH: the paths of meshgov.yaml.")
    List<String> paths;

    @Option(names = "--output", paramLabel = "DIR", required = true,
            description = "The folder to write index.html and scorecard.json into.")
    Path output;

    @Option(names = "--previous", paramLabel = "FILE",
            description = "An earlier report's scorecard.json: each domain's movement since then (repeatable; the earliest counts).")
    List<Path> previous = new ArrayList<>();

    @Mixin
    EngineOptions engine;

    @Mixin
    DescriptorPaths searched;

    @Override
    public Integer call() {
        ProjectConfig config = engine.config();
        List<String> named = paths != null && !paths.isEmpty() ? paths : config.pathsFromHere();
        if (named.isEmpty()) {
            throw new UsageException("name the descriptors to report on, or list them under 'paths:' in " + ProjectConfig.FILE);
        }
        List<Scorecard> earlier = new ArrayList<>();
        for (Path file : previous) {
            String shown = TextReport.safe(file.toString());
            if (!Files.isRegularFile(file)) {
                throw new UsageException("--previous " + shown + ": not a file; name the scorecard.json of an earlier report");
            }
            try (java.io.InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes(MAX_SCORECARD_BYTES + 1);
                if (bytes.length > MAX_SCORECARD_BYTES) {
                    throw new UsageException("--previous " + shown + ": larger than " + MAX_SCORECARD_BYTES / (1024 * 1024)
                            + " MB, more than any scorecard meshgov writes");
                }
                earlier.add(Scorecard.fromJson(new String(bytes, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UsageException("--previous " + shown + ": cannot be read: " + TextReport.safe(String.valueOf(e.getMessage())));
            } catch (io.meshgov.ConfigurationException e) {
                io.meshgov.Problem problem = e.problems().get(0);
                throw new UsageException("--previous " + shown + (problem.location().line() > 0 ? ":"
                        + problem.location().line() : "") + ": " + TextReport.safe(problem.message()));
            }
        }
        DescriptorPaths.Found found = searched.expand(named, config.exclude(), engine.readLimits(), spec.commandLine().getErr());
        GovernanceEngine compiled = engine.build(spec.commandLine().getErr());
        io.meshgov.mesh.Catalog catalog;
        try {
            catalog = engine.batch(compiled).catalogOf(found.files());   // the descriptors reported on are the mesh
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        GovernanceEngine built = compiled.withCatalog(catalog);
        List<Scorecard.Judged> judged = new ArrayList<>();
        BatchSummary summary = engine.batch(built).evaluateEachWithDescriptor(found.files(),
                (descriptor, decision) -> judged.add(new Scorecard.Judged(descriptor.domain(), decision)));
        judged.sort(Comparator.comparing(one -> one.decision().source()));
        BatchResult batch = engine.withUnsearchable(new BatchResult(judged.stream().map(Scorecard.Judged::decision)
                .toList(), summary.unreadable(), summary.waivers()), found);
        Scorecard card = Scorecard.of(judged, batch.waivers(), built.rules(), built.today().toString(), earlier,
                catalog, built.conventions());
        try {
            Files.createDirectories(output);
            Files.writeString(output.resolve("scorecard.json"), card.toJson(), StandardCharsets.UTF_8);
            Files.writeString(output.resolve("index.html"), ScorecardPage.render(card, output), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(output + ": the report cannot be written: " + e.getMessage(), e);
        }
        batch.unreadable().forEach(unreadable -> unreadable.problems().forEach(problem ->
                spec.commandLine().getErr().println("meshgov: " + TextReport.safe(problem.toString()))));
        found.notJudged().forEach(file -> spec.commandLine().getErr().println(NotJudged.line(file)));
        spec.commandLine().getOut().println("scorecard of " + BaselineCommand.plural(judged.size(), "descriptor")
                + " written to " + output.resolve("index.html") + " and " + output.resolve("scorecard.json")
                + (batch.unreadable().isEmpty() ? "" : "; " + BaselineCommand.plural(batch.unreadable().size(),
                "descriptor") + " could not be read")
                + (found.notJudged().isEmpty() ? "" : "; " + NotJudged.count(found.notJudged().size())));
        return batch.unreadable().isEmpty() && !(searched.strict(config) && !found.notJudged().isEmpty())
                ? ExitCode.APPROVED : ExitCode.UNUSABLE;
    }
}
