package io.meshgov;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared corpus of published ODCS and ODPS examples, beside the repository (system property meshgov.corpus). */
public final class Corpus {

    private Corpus() {
    }

    public static Path root() {
        String configured = System.getProperty("meshgov.corpus");
        Path root = Path.of(configured == null ? "../../shared/corpus" : configured).normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("the shared corpus is not at " + root
                    + "; check out ../shared beside the repository or set -Dmeshgov.corpus");
        }
        return root;
    }

    /** Every example descriptor: the YAML and JSON files under {@code odcs/examples} and {@code odps/examples}. */
    public static List<Path> examples() {
        try (Stream<Path> files = Stream.concat(Files.walk(root().resolve("odcs/examples")),
                Files.walk(root().resolve("odps/examples")))) {
            return files.filter(file -> file.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
