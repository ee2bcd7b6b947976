package io.meshgov.cli;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every meshgov command in README.md, CONTRIBUTING.md and docs/ is one the command line accepts as written; those
 * whose files exist in this repository are run, from the folder the document runs them from, and must judge (exit
 * other than 2). A documented command can no longer drift from the command line.
 */
class DocumentedCommandsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern SHELL_BLOCK = Pattern.compile("```(?:sh|bash|shell)\\n(.*?)```", Pattern.DOTALL);
    private static final Set<String> RUNNABLE = Set.of("check", "test", "rules", "explain", "diff");
    /**
     * The only names a document may use for files of the reader's own repository, which this one does not hold: a
     * command naming any other missing file fails the test, as it would fail the reader.
     */
    private static final Set<String> PLACEHOLDERS = Set.of("contracts/", "governance.yaml", "meshgov-baseline.yaml",
            "orders.odcs.yaml", "old/orders.odcs.yaml", "policy-tests/", "lib/council-rules-1.4.0.jar");

    /** One documented command: where it is written, the folder it runs from, its arguments after "meshgov". */
    record Documented(String where, Path folder, List<String> arguments) {
    }

    @Test
    void everyDocumentedCommand_parses_andThoseWithTheirFilesHere_run() throws IOException {
        List<Documented> commands = documentedCommands();
        int ran = 0;
        List<String> failures = new ArrayList<>();
        for (Documented command : commands) {
            try {
                Meshgov.commandLine().setCaseInsensitiveEnumValuesAllowed(true)
                        .parseArgs(command.arguments().toArray(String[]::new));
            } catch (CommandLine.ParameterException e) {
                failures.add(command.where() + ": " + String.join(" ", command.arguments()) + " -> " + e.getMessage());
                continue;
            }
            List<String> runnable;
            try {
                runnable = runnable(command);
            } catch (IllegalStateException e) {
                failures.add(command.where() + ": " + e.getMessage());
                continue;
            }
            if (runnable != null) {
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                int exit = Meshgov.run(runnable.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
                if (exit == ExitCode.UNUSABLE) {
                    failures.add(command.where() + ": " + String.join(" ", command.arguments()) + " exited 2: " + err);
                }
                ran++;
            }
        }
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
        assertTrue(commands.size() >= 8, "found " + commands.size() + " documented commands");
        assertTrue(ran >= 4, "ran " + ran + " documented commands");
        assertNotEquals(0, ran);
    }

    /** The arguments with the document's files made absolute, or null when the command cannot run here as written. */
    private static List<String> runnable(Documented command) {
        List<String> arguments = command.arguments();
        if (arguments.isEmpty() || !RUNNABLE.contains(arguments.get(0)) || arguments.contains("--output")
                || arguments.stream().anyMatch(argument -> argument.contains("$") || argument.contains("="))) {
            return null;
        }
        List<String> absolute = new ArrayList<>();
        for (String argument : arguments) {
            boolean looksLikeAPath = argument.contains("/") || argument.matches(".*\\.(ya?ml|json|drl)");
            if (!looksLikeAPath || argument.startsWith("-")) {
                absolute.add(argument);
                continue;
            }
            Path path = command.folder().resolve(argument);
            if (!Files.exists(path)) {
                if (PLACEHOLDERS.contains(argument)) {
                    return null; // the reader's own file: the command parses, and that is all it can do here
                }
                throw new IllegalStateException("no such file or folder as " + argument + ", from " + (command.folder()
                        .equals(ROOT) ? "the repository root" : ROOT.relativize(command.folder()) + "/")
                        + " (use one that exists here, or one of " + PLACEHOLDERS + ")");
            }
            absolute.add(path.toString());
        }
        return absolute;
    }

    private static List<Documented> documentedCommands() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("CONTRIBUTING.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(file -> file.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        List<Documented> commands = new ArrayList<>();
        for (Path document : documents) {
            // The first-rule guide works in its own folder, as a domain's repository would.
            Path folder = document.getFileName().toString().equals("first-rule.md")
                    ? ROOT.resolve("governance-examples/first-rule") : ROOT;
            Matcher blocks = SHELL_BLOCK.matcher(Files.readString(document));
            while (blocks.find()) {
                for (String line : blocks.group(1).replace("\\\n", " ").split("\n")) {
                    for (String segment : line.split("&&|;|\\|")) {
                        List<String> arguments = meshgovArguments(words(segment.strip()));
                        if (arguments != null) {
                            commands.add(new Documented(ROOT.relativize(document) + ": " + segment.strip(), folder,
                                    arguments));
                        }
                    }
                }
            }
        }
        return commands;
    }

    /** The words after "meshgov", "java -jar .../meshgov.jar" or ".../meshgov", or null for another command. */
    private static List<String> meshgovArguments(List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        if (words.get(0).equals("meshgov") || words.get(0).endsWith("/meshgov")) {
            return words.subList(1, words.size());
        }
        if (words.size() > 2 && words.get(0).equals("java") && words.get(1).equals("-jar")
                && words.get(2).endsWith("meshgov.jar")) {
            return words.subList(3, words.size());
        }
        if (words.size() > 1 && words.get(0).equals("sh") && words.get(1).endsWith("/meshgov")) {
            return words.subList(2, words.size());
        }
        return null;
    }

    /** Shell words: spaces split, single and double quotes group. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else if (c == '#' && word == null) {
                break;
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }
}
