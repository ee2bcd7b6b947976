package io.meshgov.read;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.ConfigurationException;
import io.meshgov.DescriptorException;
import io.meshgov.Problem.Code;
import io.meshgov.Problem;
import io.meshgov.SourceLocation;
import io.meshgov.policy.Baseline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/** Reads and writes the baseline file: YAML, one entry per accepted finding, sorted so diffs stay readable. */
@API(status = STABLE, since = "0.1.0")
public final class BaselineFile {

    private static final List<String> KEYS = List.of("findings");
    private static final List<String> ENTRY_KEYS = List.of("fingerprint", "rule", "descriptor", "path");

    private BaselineFile() {
    }

    /**
     * Reads a baseline file written by {@link #write}.
     *
     * @throws ConfigurationException listing every problem found, each at its line
     */
    public static Baseline read(Path file) {
        String source = file.toString();
        Node root;
        try (InputStream in = Files.newInputStream(file)) {
            root = DocumentParser.parse(in, source, DescriptorFormat.YAML);
        } catch (IOException e) {
            throw new ConfigurationException(List.of(Problem.error(Code.FILE, new SourceLocation(source, 0, 0), "",
                    "cannot be read: " + e.getMessage() + "; record a baseline with 'meshgov baseline'")));
        } catch (DescriptorException e) {
            throw new ConfigurationException(e.problems());
        }
        if (!(root instanceof Node.Mapping mapping)) {
            throw new ConfigurationException(List.of(Problem.error(Code.CONTENT, root.location(), "",
                    "expected a baseline (findings: [...]) but was " + root.describe())));
        }
        ReadContext context = new ReadContext(source);
        Section section = new Section(mapping, "", "", context);
        List<Baseline.Entry> entries = new ArrayList<>();
        for (Section entry : section.sections("findings", null)) {
            String fingerprint = entry.text("fingerprint");
            if (fingerprint == null) {
                entry.missing("fingerprint", "each accepted finding needs the fingerprint meshgov recorded");
                continue;
            }
            entries.add(new Baseline.Entry(fingerprint, entry.text("rule"), entry.text("descriptor"), entry.text("path")));
            Section.unknownKeys(entry, ENTRY_KEYS);
        }
        Section.unknownKeys(section, KEYS);
        context.throwIfProblems();
        return new Baseline(entries);
    }

    /**
     * Writes the baseline as YAML, one entry per accepted finding.
     *
     * @throws java.io.UncheckedIOException when the file cannot be written
     */
    public static void write(Baseline baseline, Path file) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("# meshgov baseline: findings accepted when it was recorded; they are reported but do not block.\n");
        yaml.append("# Fixing one removes it for good; record again only when the council agrees.\n");
        yaml.append(baseline.isEmpty() ? "findings: []\n" : "findings:\n");
        for (Baseline.Entry entry : baseline.entries()) {
            yaml.append("  - fingerprint: ").append(quoted(entry.fingerprint())).append('\n');
            yaml.append("    rule: ").append(quoted(entry.rule())).append('\n');
            yaml.append("    descriptor: ").append(quoted(entry.descriptor())).append('\n');
            yaml.append("    path: ").append(quoted(entry.path())).append('\n');
        }
        try {
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the baseline " + file + ": " + e.getMessage(), e);
        }
    }

    /** A YAML double-quoted scalar: every value reads back as the same text. */
    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
