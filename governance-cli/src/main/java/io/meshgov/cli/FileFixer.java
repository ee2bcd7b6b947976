package io.meshgov.cli;

import io.meshgov.DescriptorException;
import io.meshgov.decision.Decision;
import io.meshgov.decision.Finding;
import io.meshgov.decision.Fix;
import io.meshgov.engine.GovernanceEngine;
import java.io.PrintWriter;
import io.meshgov.model.Descriptor;
import io.meshgov.read.DescriptorFormat;
import io.meshgov.read.DescriptorReader;
import io.meshgov.read.ReadLimits;
import io.meshgov.read.TextFixes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The fixes of a file's findings applied to its text, in rounds until nothing more is fixed: each round judges the
 * text as it is and tries the fixes its findings carry one by one ({@link TextFixes}); a fix is kept only when the
 * text judged again has no finding that was not there before. The file is written in the encoding it was read in,
 * atomically.
 */
final class FileFixer {

    /** Rounds of judging and fixing; a fix that makes another rule's fix possible needs a second. */
    static final int MAX_ROUNDS = 4;

    private final ReadLimits limits;

    FileFixer(ReadLimits limits) {
        this.limits = limits;
    }

    /**
     * What fixing one file did.
     *
     * @param before     the text as read
     * @param after      the text with the fixes made (equal to before when none)
     * @param applied    the fixes made, in order
     * @param notApplied the fixes found but not made, with why
     * @param left       the findings left for a person (not informational)
     */
    record Outcome(Path file, String before, String after, List<Fix> applied, Map<Fix, String> notApplied,
                   List<Finding> left) {

        boolean changed() {
            return !before.equals(after);
        }
    }

    /** The text of a file and how to write it back: its byte-order mark and encoding. */
    record Encoded(byte[] mark, Charset charset, String text) {
        byte[] bytes(String content) {
            byte[] body = content.getBytes(charset);
            byte[] all = Arrays.copyOf(mark, mark.length + body.length);
            System.arraycopy(body, 0, all, mark.length, body.length);
            return all;
        }
    }

    /**
     * Fixes {@code file} as judged by {@code judge}; writes it unless {@code dryRun}.
     *
     * @throws DescriptorException when the file cannot be read as a descriptor
     * @throws IOException         when it cannot be read or written
     */
    Outcome fix(Path file, Function<Descriptor, Decision> judge, boolean dryRun) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length > limits.maxFileBytes()) {
            DescriptorReader.read(file, limits);   // refuses it, located, in the reader's words
        }
        Encoded encoded = encoded(bytes);
        DescriptorFormat format = DescriptorFormat.ofFileName(file.toString()).orElse(DescriptorFormat.YAML);
        String source = file.toString();
        String text = encoded.text();
        Decision first = judge.apply(read(text, source, format));
        Set<String> placesBefore = places(first);
        List<Fix> applied = new ArrayList<>();
        Map<Fix, String> notApplied = new LinkedHashMap<>();
        Set<Fix> tried = new java.util.HashSet<>();
        Decision last = first;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean progress = false;
            for (Fix fix : fixesOf(last)) {
                if (!tried.add(fix) || !fixesOf(last).contains(fix)) {
                    continue;   // tried already, or made unnecessary by a fix made just before
                }
                TextFixes.Result result = TextFixes.apply(text, source, format, List.of(fix), limits);
                if (!result.changed()) {
                    notApplied.putAll(result.notApplied());
                    continue;
                }
                Decision judged = judge.apply(read(result.text(), source, format));
                Set<String> added = new LinkedHashSet<>(places(judged));
                added.removeAll(placesBefore);
                if (!added.isEmpty()) {
                    notApplied.put(fix, "it would add " + String.join(", ", added)
                            + "; make it by hand together with what they ask");
                    continue;
                }
                text = result.text();
                last = judged;
                applied.add(fix);
                progress = true;
            }
            if (!progress) {
                break;
            }
        }
        Decision judged = last;
        List<Finding> left = judged.findings().stream().filter(finding -> !finding.isInformational()).toList();
        notApplied.keySet().removeIf(fix -> judged.findings().stream().noneMatch(finding -> fix.equals(finding.fix())));
        if (!dryRun && !text.equals(encoded.text())) {
            write(file, encoded.bytes(text));
        }
        return new Outcome(file, encoded.text(), text, applied, notApplied, left);
    }

    /**
     * Fixes {@code files} (each judged as the next version of what it was at the ref when {@code history} has it),
     * printing what was fixed and what is left to {@code out}; the exit code: 2 when a file could not be fixed, 1 when
     * findings that reject remain, else 0.
     */
    Run fixAll(GovernanceEngine built, GitHistory history, List<Path> files, boolean dryRun, PrintWriter out,
               PrintWriter err) {
        return fixAll(files, file -> judge(built, history, file, err), dryRun, out, err);
    }

    /** As above, each file judged by the judge {@code judgeOf} gives for it. */
    Run fixAll(List<Path> files, Function<Path, Function<Descriptor, Decision>> judgeOf, boolean dryRun,
               PrintWriter out, PrintWriter err) {
        int exit = ExitCode.APPROVED;
        int fixes = 0;
        int fixedFiles = 0;
        for (Path file : files) {
            String shown = TextReport.safe(file.toString());
            FileFixer.Outcome outcome;
            try {
                outcome = fix(file, judgeOf.apply(file), dryRun);
            } catch (DescriptorException e) {
                err.println("meshgov: " + shown + ": not fixed: " + (e.problems().isEmpty() ? "cannot be read"
                        : e.problems().get(0)));
                exit = ExitCode.UNUSABLE;
                continue;
            } catch (IOException e) {
                err.println("meshgov: " + shown + ": not fixed: " + TextReport.safe(String.valueOf(e.getMessage())));
                exit = ExitCode.UNUSABLE;
                continue;
            }
            if (dryRun) {
                out.print(FileFixer.unifiedDiff(file.toString().replace('\\', '/'), outcome.before(), outcome.after()));
            }
            if (!outcome.applied().isEmpty()) {
                fixedFiles++;
                fixes += outcome.applied().size();
                out.println((dryRun ? "would fix " : "fixed ") + shown + ": " + String.join("; ",
                        outcome.applied().stream().map(Fix::describe).toList()));
            }
            for (Map.Entry<Fix, String> left : outcome.notApplied().entrySet()) {
                out.println("  not fixed: " + left.getKey().describe() + ": " + left.getValue());
            }
            for (Finding finding : outcome.left()) {
                if (!finding.hasFix() || outcome.notApplied().containsKey(finding.fix())) {
                    out.println("  left for a person: " + TextReport.safe(finding.toString()));
                }
            }
            if (exit == ExitCode.APPROVED && outcome.left().stream().anyMatch(Finding::blocks)) {
                exit = ExitCode.REJECTED;
            }
        }
        out.println((dryRun ? "would make " : "made ") + fixes + " fix" + (fixes == 1 ? "" : "es") + " in " + fixedFiles
                + " of " + files.size() + " descriptor" + (files.size() == 1 ? "" : "s"));
        return new Run(exit, fixedFiles);
    }

    /** What a fixing run ends with: its exit code (as {@code meshgov fix} returns it) and how many files it changed. */
    record Run(int exitCode, int fixedFiles) {

        /**
         * The exit code of a run that fixed files and then judged them ({@code check --fix}, {@code diff --fix}): the
         * report's, but never 0 when a file was changed — what the run approved is not what was committed, so a gate
         * that runs it fails until the fixes are committed (as a pre-commit hook that changes a file fails the commit).
         */
        int judged(int reportExitCode, PrintWriter err) {
            if (fixedFiles == 0) {
                return reportExitCode;
            }
            err.println("meshgov: --fix changed " + fixedFiles + " file" + (fixedFiles == 1 ? "" : "s") + " in place: the"
                    + " decisions above judge " + (fixedFiles == 1 ? "it" : "them") + " as fixed, not as committed;"
                    + " review the changes and commit them (the run fails until nothing needs fixing)");
            return reportExitCode == ExitCode.APPROVED ? ExitCode.REJECTED : reportExitCode;
        }
    }

    /** How a file is judged: as the next version of what it was at the ref when it changed, else plainly. */
    private Function<Descriptor, Decision> judge(GovernanceEngine built, GitHistory history, Path file,
                                                 PrintWriter err) {
        String earlierPath = history == null ? null : history.earlierPath(file);
        if (earlierPath == null) {
            return built::evaluate;
        }
        Descriptor previous;
        try {
            byte[] content = history.contentAt(earlierPath, limits.maxFileBytes());
            previous = DescriptorReader.read(new java.io.ByteArrayInputStream(content), history.ref() + ":" + earlierPath,
                    DescriptorFormat.ofFileName(earlierPath).orElse(DescriptorFormat.YAML), limits);
        } catch (IOException | DescriptorException e) {
            err.println("meshgov: " + TextReport.safe(file.toString()) + ": its version at "
                    + TextReport.safe(history.ref()) + " cannot be read; fixed without comparing");
            return built::evaluate;
        }
        return proposed -> previous.kind() == proposed.kind() ? built.evaluateChange(previous, proposed)
                : built.evaluate(proposed);
    }

    Descriptor read(String text, String source, DescriptorFormat format) {
        return DescriptorReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), source, format,
                limits);
    }

    /** The fixes a decision's findings carry, each once, in the findings' order. */
    private static List<Fix> fixesOf(Decision decision) {
        return List.copyOf(new LinkedHashSet<>(decision.findings().stream().filter(Finding::hasFix)
                .map(Finding::fix).toList()));
    }

    /**
     * Each finding that asks something of a person (a warning or an error) as rule id and path: what a fix must not
     * add. Informational findings record what changed (a breaking change announced by its major version) and may.
     */
    static Set<String> places(Decision decision) {
        Set<String> places = new LinkedHashSet<>();
        decision.findings().stream().filter(finding -> !finding.isInformational()).forEach(finding -> places.add(finding.ruleId() + " at " + (finding.path().isEmpty()
                ? "the whole file" : finding.path())));
        return places;
    }

    /**
     * The text of UTF-8 (with or without a mark) or of UTF-16/32 with a mark; anything that would not be written back
     * byte for byte is refused, so that fixing never re-encodes a file.
     */
    static Encoded encoded(byte[] bytes) throws IOException {
        record Mark(int[] prefix, Charset charset) {
        }
        List<Mark> marks = List.of(new Mark(new int[] {0x00, 0x00, 0xFE, 0xFF}, Charset.forName("UTF-32BE")),
                new Mark(new int[] {0xFF, 0xFE, 0x00, 0x00}, Charset.forName("UTF-32LE")),
                new Mark(new int[] {0xEF, 0xBB, 0xBF}, StandardCharsets.UTF_8),
                new Mark(new int[] {0xFE, 0xFF}, StandardCharsets.UTF_16BE),
                new Mark(new int[] {0xFF, 0xFE}, StandardCharsets.UTF_16LE));
        byte[] mark = new byte[0];
        Charset charset = StandardCharsets.UTF_8;
        for (Mark candidate : marks) {
            if (startsWith(bytes, candidate.prefix())) {
                mark = Arrays.copyOf(bytes, candidate.prefix().length);
                charset = candidate.charset();
                break;
            }
        }
        String text = new String(bytes, mark.length, bytes.length - mark.length, charset);
        Encoded encoded = new Encoded(mark, charset, text);
        if (!Arrays.equals(encoded.bytes(text), bytes)) {
            throw new IOException("its encoding is not UTF-8 or UTF-16/32 with a byte-order mark; save it as UTF-8 to"
                    + " have it fixed");
        }
        return encoded;
    }

    private static boolean startsWith(byte[] bytes, int[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The text of a file's bytes, as {@link #fix} reads it. */
    static String textOf(byte[] bytes) throws IOException {
        return encoded(bytes).text();
    }

    /** Written beside the file and moved over it, so that a reader never sees half a file. */
    static void write(Path named, byte[] content) throws IOException {
        Path file = named.toRealPath();   // through a link, the file it names is fixed; the link stays a link
        Path folder = file.getParent();
        Path temporary = Files.createTempFile(folder, ".meshgov-fix", ".tmp");
        try {
            Files.write(temporary, content);
            try {
                Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(file));
            } catch (UnsupportedOperationException | IOException e) {
                // not a POSIX file system: the new file keeps the folder's defaults
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * A unified diff of {@code before} and {@code after} with three lines of context, as {@code diff -u} prints it;
     * empty when they are equal.
     */
    static String unifiedDiff(String name, String before, String after) {
        if (before.equals(after)) {
            return "";
        }
        List<String> a = lines(before);
        List<String> b = lines(after);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<String[]> script = script(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix));
        List<String[]> all = new ArrayList<>();
        a.subList(0, prefix).forEach(line -> all.add(new String[] {" ", line}));
        all.addAll(script);
        a.subList(a.size() - suffix, a.size()).forEach(line -> all.add(new String[] {" ", line}));
        StringBuilder out = new StringBuilder("--- a/" + name + "\n+++ b/" + name + "\n");
        List<Integer> changes = new ArrayList<>();
        for (int k = 0; k < all.size(); k++) {
            if (!all.get(k)[0].equals(" ")) {
                changes.add(k);
            }
        }
        int next = 0;
        while (next < changes.size()) {
            int first = changes.get(next);
            int last = first;
            while (next + 1 < changes.size() && changes.get(next + 1) - last <= 7) {
                last = changes.get(++next);
            }
            next++;
            int start = Math.max(0, first - 3);
            int end = Math.min(all.size(), last + 4);
            int oldStart = 1;
            int newStart = 1;
            for (int k = 0; k < start; k++) {
                oldStart += all.get(k)[0].equals("+") ? 0 : 1;
                newStart += all.get(k)[0].equals("-") ? 0 : 1;
            }
            int oldCount = 0;
            int newCount = 0;
            StringBuilder hunk = new StringBuilder();
            for (int k = start; k < end; k++) {
                String[] line = all.get(k);
                hunk.append(line[0]).append(line[1]).append('\n');
                oldCount += line[0].equals("+") ? 0 : 1;
                newCount += line[0].equals("-") ? 0 : 1;
            }
            out.append("@@ -").append(oldCount == 0 ? oldStart - 1 : oldStart).append(',').append(oldCount)
                    .append(" +").append(newCount == 0 ? newStart - 1 : newStart).append(',').append(newCount)
                    .append(" @@\n").append(hunk);
        }
        return out.toString();
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r?\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** The most differing lines the diff traces; beyond, the middle is shown as one replaced block. */
    private static final int MAX_DIFFERENCES = 2_000;

    /**
     * The lines of {@code a} and {@code b} as a shortest edit script (Myers' algorithm: time and memory grow with the
     * number of differences, which fixes keep small, not with the file's length).
     */
    private static List<String[]> script(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int max = Math.min(n + m, MAX_DIFFERENCES);
        int offset = max + 1;
        int[] furthest = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        int found = -1;
        for (int d = 0; d <= max && found < 0; d++) {
            trace.add(furthest.clone());
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || k != d && furthest[offset + k - 1] < furthest[offset + k + 1]
                        ? furthest[offset + k + 1] : furthest[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                furthest[offset + k] = x;
                if (x >= n && y >= m) {
                    found = d;
                    break;
                }
            }
        }
        List<String[]> out = new ArrayList<>();
        if (found < 0) {
            a.forEach(line -> out.add(new String[] {"-", line}));
            b.forEach(line -> out.add(new String[] {"+", line}));
            return out;
        }
        int x = n;
        int y = m;
        for (int d = found; d > 0; d--) {
            int[] before = trace.get(d);
            int k = x - y;
            int previousK = k == -d || k != d && before[offset + k - 1] < before[offset + k + 1] ? k + 1 : k - 1;
            int previousX = before[offset + previousK];
            int previousY = previousX - previousK;
            while (x > previousX && y > previousY) {
                out.add(new String[] {" ", a.get(--x)});
                y--;
            }
            if (x == previousX) {
                out.add(new String[] {"+", b.get(--y)});
            } else {
                out.add(new String[] {"-", a.get(--x)});
            }
        }
        while (x > 0 && y > 0) {
            out.add(new String[] {" ", a.get(--x)});
            y--;
        }
        java.util.Collections.reverse(out);
        return out;
    }
}
