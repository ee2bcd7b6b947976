package io.meshgov.cli;

import io.meshgov.decision.Fix;
import io.meshgov.read.DescriptorFormat;
import io.meshgov.read.ReadLimits;
import io.meshgov.read.TextFixes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Findings' fixes as reports carry them: the replacements in the judged file (SARIF's {@code artifactChanges}) and
 * the lines as they would read (a pull request's suggestion). Each file is read once per report; a source that is
 * no file (standard input, an earlier version) gives none.
 */
final class FixSuggestions {

    /** The lines a fix touches, as they read now and as they would read. */
    record Suggestion(int firstLine, int lastLine, String lines) {
    }

    private final Map<String, Optional<String>> texts = new HashMap<>();

    List<TextFixes.Replacement> replacements(String source, Fix fix) {
        Optional<String> text = text(source);
        if (text.isEmpty()) {
            return List.of();
        }
        return TextFixes.replacements(text.get(), source, format(source), fix, ReadLimits.defaults());
    }

    /** The lines from the first to the last a fix edits, as they would read with it; empty when it cannot be made. */
    Optional<Suggestion> suggestion(String source, Fix fix) {
        List<TextFixes.Replacement> replacements = replacements(source, fix);
        if (replacements.isEmpty()) {
            return Optional.empty();
        }
        String text = text(source).orElseThrow();
        List<String> lines = text.lines().toList();
        int first = replacements.stream().mapToInt(replacement -> replacement.start().line()).min().orElseThrow();
        int last = replacements.stream().mapToInt(replacement -> replacement.end().line()).max().orElseThrow();
        if (first < 1 || last > lines.size()) {
            return Optional.empty();
        }
        StringBuilder edited = new StringBuilder(String.join("\n", lines.subList(first - 1, last)));
        // From the last replacement backwards, so that earlier columns stay right.
        List<Integer> backwards = new java.util.ArrayList<>();
        for (int i = replacements.size() - 1; i >= 0; i--) {
            backwards.add(i);
        }
        backwards.sort((a, b) -> replacements.get(b).start().compareTo(replacements.get(a).start()));
        for (int index : backwards) {
            TextFixes.Replacement replacement = replacements.get(index);
            int start = offset(edited, replacement.start().line() - first, replacement.start().column());
            int end = offset(edited, replacement.end().line() - first, replacement.end().column());
            if (start < 0 || end < start) {
                return Optional.empty();
            }
            edited.replace(start, end, replacement.text().replace("\r\n", "\n"));
        }
        return Optional.of(new Suggestion(first, last, edited.toString()));
    }

    private static int offset(CharSequence text, int line, int column) {
        int at = 0;
        for (int i = 0; i < line; i++) {
            while (at < text.length() && text.charAt(at) != '\n') {
                at++;
            }
            if (at >= text.length()) {
                return -1;
            }
            at++;
        }
        int offset = Character.offsetByCodePoints(text, at, column - 1);
        return offset <= text.length() ? offset : -1;
    }

    private Optional<String> text(String source) {
        return texts.computeIfAbsent(source, name -> {
            try {
                Path file = Path.of(name);
                if (!Files.isRegularFile(file) || Files.size(file) > ReadLimits.defaults().maxFileBytes()) {
                    return Optional.empty();
                }
                return Optional.of(FileFixer.textOf(Files.readAllBytes(file)));
            } catch (java.io.IOException | java.nio.file.InvalidPathException | SecurityException e) {
                return Optional.empty();
            }
        });
    }

    private static DescriptorFormat format(String source) {
        return DescriptorFormat.ofFileName(source).orElse(DescriptorFormat.YAML);
    }
}
