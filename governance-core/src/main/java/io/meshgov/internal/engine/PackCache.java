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
 *
 * <p>An entry is code that will run, so it is authenticated, never trusted for its place: each is signed (HMAC-SHA256
 * over its index and classes) with a key kept outside the cache folder, in the user's own configuration
 * ({@value #KEY_PROPERTY}, else {@code $XDG_CONFIG_HOME/meshgov/cache.key}, else {@code ~/.config/meshgov/cache.key}),
 * created on first use and readable by its owner alone. An entry planted by anyone without that key — in a cache
 * shared between CI jobs, say — fails its signature and is compiled again, never run; its index may name only classes
 * the entry itself holds. A cache folder that other users can write is not used at all. When no key can be kept, one
 * is made for this process, and entries last as long as it does.
 */
final class PackCache {

    /** How many compiled packs are kept; each is some tens to hundreds of kilobytes. */
    static final int MAX_ENTRIES = 64;
    static final String INDEX = "meshgov-pack.properties";
    /** The entry holding the signature of all the others. */
    static final String SIGNATURE = "meshgov-pack.signature";
    /** The system property naming the key file. */
    static final String KEY_PROPERTY = "meshgov.cacheKey";
    private static final byte[] PROCESS_KEY = randomKey();
    private static final String FORMAT = "meshgov pack cache 2";
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(function\\s+|static\\s+)?([\\w.$]+)");
    private static final Logger LOG = LoggerFactory.getLogger(PackCache.class);

    private final Path directory;
    private final byte[] key;
    /** Why the folder is not used, or {@code null} when it is. */
    private final String unusable;

    PackCache(Path directory) {
        this.directory = directory;
        this.unusable = unsafeFolder(directory);
        this.key = unusable == null ? key(directory) : PROCESS_KEY;
        if (unusable != null) {
            LOG.warn("{}: {}; compiled rule packs are neither kept nor loaded there", directory, unusable);
        }
    }

    /** Why a cache folder must not be used — other users can write it — or {@code null}. */
    static String unsafeFolder(Path directory) {
        try {
            for (Path folder = directory.toAbsolutePath(); folder != null; folder = folder.getParent()) {
                if (!Files.exists(folder)) {
                    continue;
                }
                java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions =
                        Files.getPosixFilePermissions(folder);
                boolean sticky = folder.getParent() != null && Files.getAttribute(folder, "unix:mode") instanceof Integer mode
                        && (mode & 01000) != 0;
                if (!sticky && (permissions.contains(java.nio.file.attribute.PosixFilePermission.GROUP_WRITE)
                        || permissions.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE))) {
                    return folder.equals(directory.toAbsolutePath()) ? "other users can write this folder"
                            : "other users can write " + folder + ", which holds it";
                }
                return null;   // the nearest existing folder decides: it is where new entries would be created
            }
            return null;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return null;   // no POSIX permissions here (Windows): the signature still guards every entry
        } catch (IOException e) {
            return "its permissions cannot be read (" + e.getMessage() + ")";
        }
    }

    /** The pack as compiled by an earlier engine into {@code entry}, or {@code null} when it must be compiled now. */
    Stored load(RulePack pack, Path entry) {
        if (unusable != null) {
            return null;
        }
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
            Map<String, byte[]> entries = new TreeMap<>();
            byte[] signature = null;
            try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(jar))) {
                for (ZipEntry file = in.getNextEntry(); file != null; file = in.getNextEntry()) {
                    byte[] bytes = in.readAllBytes();
                    if (file.getName().equals(SIGNATURE)) {
                        signature = bytes;
                    } else if (entries.put(file.getName(), bytes) != null) {
                        signature = null;   // a name twice: which one would run?
                        break;
                    }
                }
            }
            if (signature == null || !MessageDigest.isEqual(signature,
                    HexFormat.of().formatHex(sign(entries)).getBytes(StandardCharsets.ISO_8859_1))) {
                LOG.warn("{}: not signed by this user's meshgov, so it is compiled again and never run", entry);
                return null;
            }
            Map<String, byte[]> classes = new TreeMap<>();
            Properties index = null;
            for (Map.Entry<String, byte[]> file : entries.entrySet()) {
                if (file.getKey().equals(INDEX)) {
                    index = new Properties();
                    index.load(new StringReader(new String(file.getValue(), StandardCharsets.ISO_8859_1)));
                } else if (file.getKey().endsWith(".class")) {
                    classes.put(file.getKey(), file.getValue());
                }
            }
            if (index == null || !RuleSetCompiler.packFingerprint(pack).equals(index.getProperty(PrecompiledPacks.FINGERPRINT))) {
                LOG.info("{}: not a compilation of the rule pack '{}', compiling it again", entry, pack.name());
                return null;
            }
            for (String model : PrecompiledPacks.modelNames(index)) {
                if (!classes.containsKey(model.replace('.', '/') + ".class")) {
                    LOG.warn("{}: its index names a class it does not hold, so it is compiled again", entry);
                    return null;
                }
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
        if (unusable != null) {
            return;
        }
        Path partial = directory.resolve(entry.getFileName() + "." + UUID.randomUUID() + ".partial");
        try {
            createOwnerOnly(directory);
            Map<String, byte[]> entries = new TreeMap<>(classes.classes());
            entries.put(INDEX, PrecompiledPacks.index(pack.name(), RuleSetCompiler.packFingerprint(pack), classes.models(),
                    catalog).getBytes(StandardCharsets.ISO_8859_1));
            try (OutputStream file = Files.newOutputStream(partial); ZipOutputStream out = new ZipOutputStream(file)) {
                add(out, SIGNATURE, HexFormat.of().formatHex(sign(entries)).getBytes(StandardCharsets.ISO_8859_1));
                for (Map.Entry<String, byte[]> written : entries.entrySet()) {
                    add(out, written.getKey(), written.getValue());
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

    /** HMAC-SHA256 of every entry, name and content, in name order, under this user's key. */
    private byte[] sign(Map<String, byte[]> entries) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
            mac.update(FORMAT.getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                byte[] name = entry.getKey().getBytes(StandardCharsets.UTF_8);
                mac.update(java.nio.ByteBuffer.allocate(8).putInt(name.length).putInt(entry.getValue().length).array());
                mac.update(name);
                mac.update(entry.getValue());
            }
            return mac.doFinal();
        } catch (NoSuchAlgorithmException | java.security.InvalidKeyException e) {
            throw new IllegalStateException("every JDK provides HmacSHA256", e);
        }
    }

    /**
     * This user's key: its file, created with 32 random bytes readable by the owner alone on first use. A key file
     * inside the cache folder, or readable by others, or that cannot be kept, gives way to a key of this process.
     */
    private static byte[] key(Path directory) {
        Path file = keyFile();
        if (file == null || file.toAbsolutePath().normalize().startsWith(directory.toAbsolutePath().normalize())) {
            LOG.warn("no key file outside the cache folder {}: compiled packs are kept for this process only", directory);
            return PROCESS_KEY;
        }
        try {
            if (!Files.exists(file)) {
                createOwnerOnly(file.toAbsolutePath().getParent());
                Path partial = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".partial");
                try {
                    Files.write(partial, randomKey(), java.nio.file.StandardOpenOption.CREATE_NEW);
                    ownerOnly(partial);
                    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    LOG.debug("{}: written by another build meanwhile", file);
                } finally {
                    Files.deleteIfExists(partial);
                }
            }
            String problem = unsafeKey(file);
            if (problem != null) {
                LOG.warn("{}: {}; compiled packs are kept for this process only", file, problem);
                return PROCESS_KEY;
            }
            byte[] key = Files.readAllBytes(file);
            if (key.length < 32 || key.length > 1024) {
                LOG.warn("{}: not a meshgov cache key; compiled packs are kept for this process only", file);
                return PROCESS_KEY;
            }
            return key;
        } catch (IOException | RuntimeException e) {
            LOG.warn("{}: the cache key cannot be kept ({}); compiled packs are kept for this process only", file, e.toString());
            return PROCESS_KEY;
        }
    }

    private static Path keyFile() {
        String property = System.getProperty(KEY_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String config = System.getenv("XDG_CONFIG_HOME");
        if (config != null && !config.isBlank()) {
            return Path.of(config, "meshgov", "cache.key");
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() || home.equals("?") ? null : Path.of(home, ".config", "meshgov", "cache.key");
    }

    /**
     * Creates the folder and any missing parent writable by its owner alone, whatever the umask (Ubuntu's 002 would
     * make it group-writable, and so unusable as a cache by {@link #unsafeFolder}).
     */
    private static void createOwnerOnly(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        try {
            Files.createDirectories(directory, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(directory);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            LOG.debug("{}: no POSIX permissions to set", file);
        }
    }

    /** Why a key file may not be trusted: others can read or write it. */
    private static String unsafeKey(Path file) throws IOException {
        try {
            java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            for (java.nio.file.attribute.PosixFilePermission permission : permissions) {
                if (permission.name().startsWith("GROUP") || permission.name().startsWith("OTHERS")) {
                    return "other users can read or write it (chmod 600 it)";
                }
            }
            return null;
        } catch (UnsupportedOperationException e) {
            return null;
        }
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return key;
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
        List<Path> partials = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.forEach(file -> (file.getFileName().toString().endsWith(".jar") ? entries
                    : file.getFileName().toString().endsWith(".partial") ? partials : new ArrayList<Path>()).add(file));
        }
        long staleBefore = System.currentTimeMillis() - 10 * 60 * 1000L; // a build writes one in well under a second
        for (Path partial : partials) {
            if (lastModified(partial).toMillis() < staleBefore) {
                Files.deleteIfExists(partial);
            }
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
