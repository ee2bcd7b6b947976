package io.meshgov.cli;

import io.meshgov.decision.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where and how a report is written; shared by check and diff. */
final class OutputOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, sarif, junit or github (default: ${DEFAULT-VALUE}).",
            converter = FormatConverter.class)
    Format format = Format.TEXT;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "error (default) or warning: the lowest severity that fails the run.",
            converter = FailOnConverter.class)
    Severity failOn = Severity.ERROR;

    /**
     * Writes the report, and each problem of an unreadable descriptor as one line of {@code err} too
     * ({@code meshgov: orders.odcs.yaml:4:9: ...}), where CI tools look for errors; the report lists them as well.
     */
    void write(Report report, PrintWriter out, PrintWriter err) {
        for (io.meshgov.batch.UnreadableDescriptor unreadable : report.batch().unreadable()) {
            for (io.meshgov.Problem problem : unreadable.problems()) {
                err.println("meshgov: " + TextReport.safe(problem.toString()));
            }
        }
        err.flush();
        write(report, out);
    }

    void write(Report report, PrintWriter out) {
        boolean colour = output == null && format == Format.TEXT && System.console() != null
                && System.getenv("NO_COLOR") == null;
        String text = format.render(report, colour);
        if (output == null) {
            out.print(text);
            out.flush();
            return;
        }
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(output, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(output + ": cannot write the report: " + e.getMessage(), e);
        }
    }

    /** Reads --format case-insensitively and names the valid values when wrong. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("expected one of text, json, sarif, junit, github"
                        + " but was '" + value + "'");
            }
        }
    }

    /** Reads --fail-on: error or warning. */
    static final class FailOnConverter implements picocli.CommandLine.ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            return switch (value.toLowerCase(java.util.Locale.ROOT)) {
                case "error" -> Severity.ERROR;
                case "warning" -> Severity.WARNING;
                default -> throw new picocli.CommandLine.TypeConversionException("expected error or warning but was '"
                        + value + "'");
            };
        }
    }
}
