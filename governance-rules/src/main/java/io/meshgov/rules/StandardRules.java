package io.meshgov.rules;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.policy.RulePack;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.apiguardian.api.API;

/**
 * The standard rule pack that a governance council adopts on day one and then adapts: the publish gate (owner,
 * description, classification, quality checks) and, as it grows, completeness, sensitivity, interoperability
 * and lifecycle rules. Its DRL files ship in this jar under {@value #ROOT}.
 */
@API(status = STABLE, since = "0.1.0")
public final class StandardRules {

    /** The pack's name, as decisions and catalogs show it. */
    public static final String NAME = "standard";
    /**
     * The rules whose findings name the consumers a change reaches (a breaking change, a deletion): reports list them
     * apart, as who must be told.
     */
    public static final java.util.Set<String> CONSUMER_NOTICES = java.util.Set.of("MESH-007", "MESH-008");

    /** The classpath folder that holds the pack's DRL files. */
    public static final String ROOT = "io/meshgov/rules/standard";

    /**
     * The classpath folder that holds the pack's policy test cases ({@code *.cases.yaml} with their descriptors):
     * its tests, and examples of each rule failing and passing.
     */
    public static final String CASES_ROOT = "io/meshgov/rules/standard-cases";

    private StandardRules() {
    }

    /**
     * Applies {@code reader} to the folder of the pack's test cases ({@link #CASES_ROOT}), in this jar or on disk,
     * while it is open; {@code null} when the jar holds no cases.
     *
     * @throws UncheckedIOException when the folder cannot be read
     */
    public static <T> T withCases(java.util.function.Function<java.nio.file.Path, T> reader) {
        try {
            return readFolder(CASES_ROOT, reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The standard pack, read from this jar. */
    public static RulePack pack() {
        return RulePack.fromClasspath(NAME, version(), ROOT, StandardRules.class.getClassLoader());
    }

    /** The version of this jar, which is the pack's version. */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = StandardRules.class.getResourceAsStream("standard-pack.properties")) {
            if (in == null) {
                throw new IllegalStateException("standard-pack.properties is missing from the governance-rules jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    /** Applies {@code reader} to a folder of this jar (or of the classes folder, in tests) while it is open. */
    private static <T> T readFolder(String root, java.util.function.Function<java.nio.file.Path, T> reader)
            throws IOException {
        java.net.URL url = StandardRules.class.getClassLoader().getResource(root);
        if (url == null) {
            return null;
        }
        java.net.URI uri;
        try {
            uri = url.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IOException("not a readable location: " + url, e);
        }
        if (!"jar".equals(uri.getScheme())) {
            return reader.apply(java.nio.file.Path.of(uri));
        }
        try (java.nio.file.FileSystem jar = java.nio.file.FileSystems.newFileSystem(uri, java.util.Map.of())) {
            return reader.apply(jar.getPath(root));
        } catch (java.nio.file.FileSystemAlreadyExistsException e) {
            return reader.apply(java.nio.file.FileSystems.getFileSystem(uri).getPath(root));
        }
    }
}
