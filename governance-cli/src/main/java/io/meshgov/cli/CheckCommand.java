package io.meshgov.cli;

import io.meshgov.batch.BatchProgress;
import io.meshgov.DescriptorException;
import io.meshgov.batch.BatchResult;
import io.meshgov.batch.UnreadableDescriptor;
import io.meshgov.decision.Decision;
import io.meshgov.model.Descriptor;
import io.meshgov.read.DescriptorFormat;
import io.meshgov.read.DescriptorReader;
import io.meshgov.read.Recognition;
import io.meshgov.batch.DescriptorFinder;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.mesh.Catalog;
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
                "  meshgov check --policy governance.yaml --baseline meshgov-baseline.yaml contracts/",
                "  meshgov check --against main --fix"})
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

    @Option(names = "--staged",
            description = "Judge what the next commit holds, as a pre-commit hook should: the changes staged since HEAD"
                    + " (deletions too), each changed descriptor against its version at HEAD, as --against HEAD does;"
                    + " untracked files are not judged, and a staged descriptor that also has changes not staged is"
                    + " refused (the commit would hold another version): stage them, or set them aside with git stash"
                    + " --keep-index.")
    boolean staged;

    @Option(names = "--catalog", paramLabel = "PATH", split = ",",
            description = "The mesh the descriptors are judged in (files, folders or globs; repeatable): the rules see"
                    + " which products consume a contract, whether a consumed contract exists and is still served, and"
                    + " which descriptors share an id. Default: what a folder or glob PATH finds, and the whole current"
                    + " folder with --against; none when only files are named.")
    List<String> catalog;

    @Option(names = "--fix",
            description = "Apply the fixes the rules attach to the descriptors found (with --against, the version each"
                    + " change needs among them) in place first, as meshgov fix does, then judge them; what was fixed is"
                    + " said on standard error. A run that changed a file exits 1 at least: it judged the fixed files,"
                    + " not the committed ones, so commit the fixes (in CI, run check without --fix).")
    boolean fix;

    @Option(names = "--stdin-filename", paramLabel = "NAME",
            description = "The name messages give the descriptor read from standard input (PATH '-').")
    String stdinFilename;

    /** Standard input, for PATH {@code -}; tests set their own. */
    static java.io.InputStream stdin = System.in;

    @Override
    public Integer call() {
        ProjectConfig config = engine.config();
        boolean pathsGiven = paths != null && !paths.isEmpty();
        List<String> named = pathsGiven ? paths : config.pathsFromHere();
        if (staged && against != null && !against.equals("HEAD")) {
            throw new UsageException("--staged judges the next commit against HEAD: leave out --against " + against);
        }
        GitHistory history = staged ? GitHistory.staged() : against == null ? null : GitHistory.since(against);
        if (named.isEmpty() && history == null) {
            throw new UsageException("name the descriptors to judge (files, folders or globs), or list them under 'paths:'"
                    + " in " + ProjectConfig.FILE);
        }
        boolean fromStdin = named.contains("-");
        List<String> fileArguments = named.stream().filter(path -> !path.equals("-")).toList();
        if (stdinFilename != null && !fromStdin) {
            throw new UsageException("--stdin-filename names the descriptor read from standard input: add the PATH '-'");
        }
        DescriptorPaths.Found found;
        List<Path> deleted = List.of();
        if (history != null && !pathsGiven) {
            // A change is judged by what it touched: the changed descriptors (under the config's paths, if any).
            found = searched.changed(history.changedFiles(), fileArguments, config.exclude(), engine.readLimits(),
                    spec.commandLine().getErr());
            DescriptorFinder finder = searched.finder(config.exclude(), engine.readLimits());
            deleted = history.deletedFiles().stream().filter(file -> fileArguments.isEmpty()
                    ? finder.reaches(List.of(""), file) : finder.reaches(fileArguments, file)).toList();
        } else {
            found = fileArguments.isEmpty() ? DescriptorPaths.Found.NOTHING
                    : searched.expand(fileArguments, config.exclude(), engine.readLimits(), spec.commandLine().getErr());
            if (history != null) {
                DescriptorFinder finder = searched.finder(config.exclude(), engine.readLimits());
                deleted = history.deletedFiles().stream().filter(file -> finder.reaches(fileArguments, file)).toList();
            }
        }
        if (history != null) {
            deleted = new ArrayList<>(deleted);
            deleted.addAll(goneFromTheSearch(history, found, fileArguments));
        }
        List<Path> plain = new ArrayList<>();
        List<Path> changed = new ArrayList<>();
        List<UnreadableDescriptor> refused = new ArrayList<>();
        for (Path file : found.files()) {
            if (history != null && history.hasUnstagedChanges(file)) {
                refused.add(new UnreadableDescriptor(file.toString(), List.of(io.meshgov.Problem.error(
                        io.meshgov.Problem.Code.FILE, io.meshgov.SourceLocation.startOf(file.toString()), "",
                        "has changes not staged for commit, so the commit holds another version than this file: stage"
                                + " them (git add) or set them aside (git stash --keep-index), then run again"))));
                continue;
            }
            (history != null && history.earlierPath(file) != null ? changed : plain).add(file);
        }
        GovernanceEngine compiled = engine.build(spec.commandLine().getErr());
        FileFixer.Run fixing = new FileFixer.Run(ExitCode.APPROVED, 0);
        if (fix) {
            fixing = new FileFixer(engine.readLimits()).fixAll(compiled, history, found.files(), false,
                    spec.commandLine().getErr(), spec.commandLine().getErr());
        }
        GovernanceEngine built = compiled.withCatalog(mesh(compiled, config, found, fileArguments, history));
        BatchResult batch = engine.withUnsearchable(engine.batch(built).evaluateAll(plain, progressOnTerminal(plain.size())),
                found);
        List<Decision> decisions = new ArrayList<>(batch.decisions());
        List<UnreadableDescriptor> unreadable = new ArrayList<>(batch.unreadable());
        unreadable.addAll(refused);
        java.util.Set<String> compared = new java.util.HashSet<>();
        for (Path file : changed) {
            if (judgeChange(built, history, file, decisions, unreadable)) {
                compared.add(file.toString());
            }
        }
        List<UnreadableDescriptor> notJudged = new ArrayList<>(found.notJudged());
        for (Path file : deleted) {
            judgeRemoval(built, history, file, decisions, unreadable, notJudged);
        }
        if (fromStdin) {
            judgeStandardInput(built, decisions, unreadable);
        }
        decisions.sort(java.util.Comparator.comparing(Decision::source));
        Report report = new Report(StandardRules.version(), new BatchResult(decisions, unreadable, batch.waivers()),
                built.rules(), built.fingerprint(), output.failOn(config), compared)
                .withNotJudged(notJudged, searched.strict(config));
        output.write(report, config, spec.commandLine().getOut(), spec.commandLine().getErr());
        return fixing.judged(report.exitCode(), spec.commandLine().getErr());
    }

    /**
     * The mesh this run judges in: {@code --catalog} (or {@code catalog:}) with the descriptors judged; by default,
     * the descriptors judged when a folder or glob was named, and the current folder's with {@code --against}; none
     * when only files were named (unknown is not missing).
     */
    private Catalog mesh(GovernanceEngine built, ProjectConfig config, DescriptorPaths.Found found,
                         List<String> fileArguments, GitHistory history) {
        List<String> given = catalog != null && !catalog.isEmpty() ? catalog : config.catalogFromHere();
        java.util.Map<Path, Path> files = new java.util.LinkedHashMap<>();   // one entry per file, however reached
        found.files().forEach(file -> files.putIfAbsent(real(file), file));
        if (!given.isEmpty()) {
            searched.expand(given, config.exclude(), engine.readLimits(), spec.commandLine().getErr()).files()
                    .forEach(file -> files.putIfAbsent(real(file), file));
        } else if (history != null) {
            searched.finder(config.exclude(), engine.readLimits()).find(List.of(".")).descriptors()
                    .forEach(file -> files.putIfAbsent(real(file), file));
        } else if (fileArguments.stream().allMatch(argument -> java.nio.file.Files.isRegularFile(Path.of(argument)))) {
            return Catalog.empty();
        }
        try {
            return engine.batch(built).catalogOf(files.values());
        } catch (IllegalArgumentException e) {
            throw new UsageException("--catalog: " + e.getMessage());
        }
    }

    private static Path real(Path file) {
        try {
            return file.toRealPath();
        } catch (java.io.IOException e) {
            return file.toAbsolutePath().normalize();
        }
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
            byte[] content = history.contentAt(earlierPath, engine.readLimits().maxFileBytes());
            previous = DescriptorReader.read(new java.io.ByteArrayInputStream(content), earlierSource,
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

    /**
     * The earlier paths of files a change took out of the gate's sight without deleting them: renamed to a name that is
     * not YAML or JSON, moved into an ignored folder, ignored by an edited {@code .meshgovignore}, or rewritten so that
     * it no longer reads as a descriptor. Each is judged as a removal of what it was (when that was a descriptor).
     */
    private List<Path> goneFromTheSearch(GitHistory history, DescriptorPaths.Found found, List<String> scope) {
        java.util.Set<Path> judged = new java.util.HashSet<>();
        found.files().forEach(file -> judged.add(file.toAbsolutePath().normalize()));
        DescriptorFinder finder = searched.finder(List.of(), engine.readLimits());
        List<Path> gone = new ArrayList<>();
        history.changedWithEarlier().forEach((now, before) -> {
            boolean inScope = scope.isEmpty() || finder.covers(scope, before) || finder.covers(scope, now);
            if (inScope && !judged.contains(now.toAbsolutePath().normalize())) {
                gone.add(before);
            }
        });
        return gone;
    }

    /**
     * A file deleted since the ref: when its last version there was a descriptor, the decision on its removal (a
     * contract still in use must be deprecated first); other files deleted are no concern of the gate.
     */
    private void judgeRemoval(GovernanceEngine built, GitHistory history, Path file, List<Decision> decisions,
                              List<UnreadableDescriptor> unreadable, List<UnreadableDescriptor> notJudged) {
        String source = file.toString();
        if (DescriptorFormat.ofFileName(source).isEmpty()) {
            return; // not YAML or JSON at the ref: never a descriptor a search would have judged
        }
        byte[] content;
        try {
            content = history.contentAt(history.repositoryPath(file), engine.readLimits().maxFileBytes());
        } catch (java.io.IOException e) {
            unreadable.add(new UnreadableDescriptor(source, List.of(io.meshgov.Problem.error(io.meshgov.Problem.Code.FILE,
                    io.meshgov.SourceLocation.startOf(source), "", "deleted since " + TextReport.safe(history.ref())
                            + ", and its version there cannot be read (" + TextReport.safe(String.valueOf(e.getMessage()))
                            + "), so its deletion cannot be judged"))));
            return;
        }
        Recognition recognition = DescriptorReader.recognize(content, source, engine.readLimits());
        switch (recognition.content()) {
            case OTHER -> { }
            case UNREADABLE -> notJudged.add(new UnreadableDescriptor(source, recognition.problems()));
            case DESCRIPTOR -> {
                try {
                    Descriptor removed = DescriptorReader.read(new java.io.ByteArrayInputStream(content), source,
                            DescriptorFormat.ofFileName(source).orElse(DescriptorFormat.YAML), engine.readLimits());
                    decisions.add(built.evaluateRemoval(removed));
                } catch (DescriptorException e) {
                    unreadable.add(new UnreadableDescriptor(source, e.problems()));
                }
            }
        }
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
