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

    /**
     * Every example descriptor: the YAML and JSON files under {@code odcs/examples}, {@code odcs/examples-v3.2.0},
     * {@code odps/examples} and {@code odps/examples-v1.1.0}.
     */
    public static List<Path> examples() {
        try (Stream<Path> files = Stream.of("odcs/examples", "odcs/examples-v3.2.0", "odps/examples",
                "odps/examples-v1.1.0").map(root()::resolve).filter(Files::isDirectory).flatMap(Corpus::walk)) {
            return files.filter(file -> file.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList();
        }
    }

    private static Stream<Path> walk(Path folder) {
        try {
            return Files.walk(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
