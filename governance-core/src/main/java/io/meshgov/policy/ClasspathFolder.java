package io.meshgov.policy;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * A folder on the classpath as a {@link Path}, whether it sits in a directory (tests, IDEs) or in a jar (as
 * shipped): rule packs and their example cases are read the same way from both.
 */
final class ClasspathFolder {

    private ClasspathFolder() {
    }

    /**
     * Applies {@code reader} to the folder while it is open; returns {@code null} when no such folder is on the
     * class loader's classpath.
     */
    static <T> T read(String root, ClassLoader classLoader, Function<Path, T> reader) throws IOException {
        URL url = classLoader.getResource(root);
        if (url == null) {
            return null;
        }
        return open(url, root, reader);
    }

    /**
     * Applies {@code reader} to the resource at {@code url} — a directory or an entry of a jar, found at
     * {@code name} on the classpath — while it is open.
     */
    static <T> T open(URL url, String name, Function<Path, T> reader) throws IOException {
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("not a readable location: " + url, e);
        }
        if (!"jar".equals(uri.getScheme())) {
            return reader.apply(Path.of(uri));
        }
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
            return reader.apply(jar.getPath(name));
        } catch (FileSystemAlreadyExistsException e) {
            return reader.apply(FileSystems.getFileSystem(uri).getPath(name));
        }
    }
}
