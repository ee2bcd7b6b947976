package io.meshgov.internal.engine;

import io.meshgov.policy.RuleFile;
import io.meshgov.policy.RulePack;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.drools.base.util.Drools;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rule packs compiled at run time, kept on disk so that the next engine built from the same rule files loads them
 * instead of compiling: one file per pack ({@code <key>.jar}, its classes and {@value #INDEX}), where the key is
 * the SHA-256 of the pack's files, of meshgov's and Drools' builds, of the JDK's version, and of every class
 * outside the JDK and meshgov that the rules import. Anything else that differs gives another key.
 *
 * <p>Written atomically (a whole file, renamed into place), so concurrent builds never read half an entry; an
 * entry that cannot be read, or was compiled from other files, is compiled again and replaced. At most
 * {@value #MAX_ENTRIES} entries are kept, the least recently used removed first. The cache is a speed-up only: when
 * it cannot be written, packs are compiled as if there were none.
 */
final class PackCache {

    /** How many compiled packs are kept; each is some tens to hundreds of kilobytes. */
    static final int MAX_ENTRIES = 64;
    static final String INDEX = "meshgov-pack.properties";
    private static final String FORMAT = "meshgov pack cache 1";
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(function\\s+|static\\s+)?([\\w.$]+)");
    private static final Logger LOG = LoggerFactory.getLogger(PackCache.class);

    private final Path directory;

    PackCache(Path directory) {
        this.directory = directory;
    }

    /** The pack as compiled by an earlier engine into {@code entry}, or {@code null} when it must be compiled now. */
    Stored load(RulePack pack, Path entry) {
        byte[] jar;
        try {
            jar = Files.readAllBytes(entry);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            LOG.warn("{}: cannot be read, compiling the rule pack '{}' instead: {}", entry, pack.name(), e.getMessage());
            return null;
        }
        try {
            Map<String, byte[]> classes = new TreeMap<>();
            Properties index = null;
            try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(jar))) {
                for (ZipEntry file = in.getNextEntry(); file != null; file = in.getNextEntry()) {
                    byte[] bytes = in.readAllBytes();
                    if (file.getName().equals(INDEX)) {
                        index = new Properties();
                        index.load(new StringReader(new String(bytes, StandardCharsets.ISO_8859_1)));
                    } else if (file.getName().endsWith(".class")) {
                        classes.put(file.getName(), bytes);
                    }
                }
            }
            if (index == null || !RuleSetCompiler.packFingerprint(pack).equals(index.getProperty(PrecompiledPacks.FINGERPRINT))) {
                LOG.info("{}: not a compilation of the rule pack '{}', compiling it again", entry, pack.name());
                return null;
            }
            touch(entry);
            return new Stored(new PackClasses(classes, PrecompiledPacks.modelNames(index)),
                    PrecompiledPacks.readCatalog(index, pack.name()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("{}: cannot be used, compiling the rule pack '{}' instead: {}", entry, pack.name(), e.toString());
            return null;
        }
    }

    /** A cached pack: its classes, and the catalog compiled with them. */
    record Stored(PackClasses classes, RuleCatalog catalog) {
    }

    /** Keeps a pack just compiled in {@code entry}; a cache that cannot be written is reported and otherwise ignored. */
    void store(RulePack pack, Path entry, PackClasses classes, RuleCatalog catalog) {
        Path partial = directory.resolve(entry.getFileName() + "." + UUID.randomUUID() + ".partial");
        try {
            Files.createDirectories(directory);
            try (OutputStream file = Files.newOutputStream(partial); ZipOutputStream out = new ZipOutputStream(file)) {
                add(out, INDEX, PrecompiledPacks.index(pack.name(), RuleSetCompiler.packFingerprint(pack), classes.models(),
                        catalog).getBytes(StandardCharsets.ISO_8859_1));
                for (Map.Entry<String, byte[]> compiled : classes.classes().entrySet()) {
                    add(out, compiled.getKey(), compiled.getValue());
                }
            }
            try {
                Files.move(partial, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, entry, StandardCopyOption.REPLACE_EXISTING);
            }
            prune();
        } catch (IOException | RuntimeException e) {
            LOG.warn("compiled rule pack '{}' not kept in {}: {}", pack.name(), directory, e.toString());
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                LOG.debug("{} left behind: {}", partial, e.toString());
            }
        }
    }

    private static void add(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0); // the same pack gives the same bytes
        out.putNextEntry(entry);
        out.write(bytes);
        out.closeEntry();
    }

    /** Removes the least recently used entries beyond {@value #MAX_ENTRIES}, and partial files an interrupted build left. */
    private void prune() throws IOException {
        List<Path> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(file -> file.getFileName().toString().endsWith(".jar")).forEach(entries::add);
        }
        if (entries.size() <= MAX_ENTRIES) {
            return;
        }
        entries.sort((a, b) -> lastModified(b).compareTo(lastModified(a)));
        for (Path stale : entries.subList(MAX_ENTRIES, entries.size())) {
            Files.deleteIfExists(stale);
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void touch(Path entry) {
        try {
            Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            LOG.debug("{}: last use not recorded: {}", entry, e.toString());
        }
    }

    /** The file that holds the pack compiled in this very setting. */
    Path entry(RulePack pack, ClassLoader classLoader) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<String> parts = new ArrayList<>(List.of(FORMAT, RuleSetCompiler.packFingerprint(pack),
                    build(RuleSetCompiler.class), Drools.getFullVersion(), System.getProperty("java.specification.version")));
            for (RuleFile file : pack.files()) {
                Matcher imports = IMPORT.matcher(file.text());
                while (imports.find()) {
                    parts.add(importedBuild(imports.group(2), imports.group(1) != null, classLoader));
                }
            }
            for (String part : parts) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return directory.resolve(HexFormat.of().formatHex(digest.digest()) + ".jar");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    /** Which build of an imported class the rules would see: none for the JDK's and meshgov's own (keyed apart). */
    private static String importedBuild(String name, boolean member, ClassLoader classLoader) {
        String className = member && name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        if (className.startsWith("java.") || className.startsWith("io.meshgov.") || className.endsWith(".*")) {
            return className;
        }
        try {
            return className + "@" + build(Class.forName(className, false, classLoader));
        } catch (ClassNotFoundException | LinkageError e) {
            return className + "@unknown";
        }
    }

    /**
     * A jar's name, size and time, or a class file's time when loaded from a folder: what changes when the class is
     * built again.
     */
    private static String build(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location == null || !"file".equals(location.getProtocol())) {
            return String.valueOf(location);
        }
        try {
            Path path = Path.of(location.toURI());
            if (Files.isDirectory(path)) {
                path = path.resolve(type.getName().replace('.', '/') + ".class");
            }
            return path + ":" + Files.size(path) + ":" + Files.getLastModifiedTime(path).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return location.toString();
        }
    }

}
