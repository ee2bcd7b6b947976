package io.meshgov.cli;

import io.meshgov.decision.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** Which reports a run writes, where, and what fails it; shared by check and diff. */
final class OutputOptions {

    @Option(names = "--format", paramLabel = "FORMAT[=FILE]",
            description = "text, json, sarif, junit, github, markdown or gitlab; FORMAT=FILE writes that report to FILE. "
                    + "Repeat for several reports from one run, e.g. --format sarif=meshgov.sarif --format text "
                    + "(default: text).")
    List<String> formats = new ArrayList<>();

    @Option(names = "--add-format", paramLabel = "FORMAT=FILE",
            description = "A further report, written to FILE besides the reports --format or meshgov.yaml choose "
                    + "(repeatable): how a CI integration adds its own reports without replacing the project's.")
    List<String> addedFormats = new ArrayList<>();

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output (one --format without =FILE).")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "error (default) or warning: the lowest severity that fails the run.",
            converter = FailOnConverter.class, completionCandidates = FailOnLevels.class)
    Severity failOn;

    @Option(names = {"-q", "--quiet"},
            description = "In the text report, only descriptors that fail the run, and the summary.")
    boolean quiet;

    @Option(names = "--color", negatable = true,
            description = "Colour the text report (--no-color: never). Default: on a terminal, unless NO_COLOR is set.")
    Boolean colour;

    /** One report: its format, and its file or {@code null} for standard output. */
    record Target(Format format, Path file) {
    }

    /** The level that fails the run: --fail-on, else the project config's, else error. */
    Severity failOn(ProjectConfig config) {
        return failOn != null ? failOn : config.failOn() != null ? config.failOn() : Severity.ERROR;
    }

    /** The reports to write: --format (each FORMAT or FORMAT=FILE), else the project config's, else text. */
    List<Target> targets(ProjectConfig config) {
        if (output != null && Format.named(output.toString()) != null && !Files.exists(output)) {
            throw new UsageException("--output " + output + " would write the report to a file named '" + output
                    + "'; to choose the report's format, use --format " + output.toString().toLowerCase(Locale.ROOT));
        }
        List<String> given = !formats.isEmpty() ? formats : !config.formats().isEmpty() ? config.formats() : List.of("text");
        List<Target> targets = new ArrayList<>();
        for (String spec : addedFormats) {
            if (spec.indexOf('=') < 0) {
                throw new UsageException("--add-format " + spec + ": name the file, e.g. --add-format " + spec + "="
                        + "meshgov." + spec);
            }
        }
        given = new ArrayList<>(given);
        given.addAll(addedFormats);
        for (String spec : given) {
            int equals = spec.indexOf('=');
            String name = equals < 0 ? spec : spec.substring(0, equals);
            Format format = Format.named(name);
            if (format == null) {
                throw new UsageException("--format " + spec + ": expected one of " + Format.names() + " but was '" + name + "'");
            }
            Path file = equals < 0 ? null : Path.of(spec.substring(equals + 1));
            if (file != null && file.toString().isEmpty()) {
                throw new UsageException("--format " + spec + ": name the file after '=', e.g. " + name + "=meshgov." + name);
            }
            targets.add(new Target(format, file == null && !formats.isEmpty() ? output : file));
        }
        if (output != null && targets.stream().noneMatch(target -> output.equals(target.file()))) {
            throw new UsageException("--output " + output + ": every --format names its own file (FORMAT=FILE); drop --output");
        }
        if (targets.stream().filter(target -> target.file() == null).count() > 1) {
            throw new UsageException("--format: only one report can go to standard output; give the others a file "
                    + "(FORMAT=FILE)");
        }
        return targets;
    }

    /**
     * Writes every report, and each problem of an unreadable descriptor as one line of {@code err} too
     * ({@code meshgov: orders.odcs.yaml:4:9: ...}), where CI tools look for errors; the reports list them as well.
     */
    void write(Report report, ProjectConfig config, PrintWriter out, PrintWriter err) {
        for (io.meshgov.batch.UnreadableDescriptor unreadable : report.batch().unreadable()) {
            for (io.meshgov.Problem problem : unreadable.problems()) {
                err.println("meshgov: " + TextReport.safe(problem.toString()));
            }
        }
        report.notJudged().forEach(file -> err.println(NotJudged.line(file)));
        err.flush();
        List<Target> targets = targets(config);
        java.util.Set<Path> inputs = new java.util.HashSet<>();
        report.batch().decisions().forEach(decision -> inputs.add(Path.of(decision.source()).toAbsolutePath().normalize()));
        report.batch().unreadable().forEach(file -> inputs.add(Path.of(file.source()).toAbsolutePath().normalize()));
        for (Target target : targets) {
            if (target.file() != null && inputs.contains(target.file().toAbsolutePath().normalize())) {
                throw new UsageException("--format " + target.format().name().toLowerCase(Locale.ROOT) + "="
                        + TextReport.safe(target.file().toString()) + " would write the report over a descriptor it"
                        + " judges; name another file");
            }
        }
        for (Target target : targets) {
            boolean painted = target.file() == null && target.format() == Format.TEXT
                    && (colour != null ? colour : System.console() != null && System.getenv("NO_COLOR") == null);
            if (target.file() == null) {
                try {
                    target.format().write(report, painted, quiet, out);
                } catch (IOException e) {
                    throw new UncheckedIOException("the report cannot be written: " + e.getMessage(), e);
                }
            } else {
                writeFile(target, report);
            }
        }
    }

    private void writeFile(Target target, Report report) {
        Path file = target.file();
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (java.io.Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                target.format().write(report, false, quiet, writer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write the report: " + e.getMessage(), e);
        }
    }

    /** What --fail-on accepts, for shell completion (a severity's INFO is no level a run fails on). */
    static final class FailOnLevels extends java.util.ArrayList<String> {
        private static final long serialVersionUID = 1L;

        FailOnLevels() {
            super(java.util.List.of("error", "warning"));
        }
    }

    /** Reads --fail-on: error or warning. */
    static final class FailOnConverter implements picocli.CommandLine.ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            Severity level = level(value);
            if (level == null) {
                throw new picocli.CommandLine.TypeConversionException("expected error or warning but was '" + value + "'");
            }
            return level;
        }

        static Severity level(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "error" -> Severity.ERROR;
                case "warning" -> Severity.WARNING;
                default -> null;
            };
        }
    }
}
