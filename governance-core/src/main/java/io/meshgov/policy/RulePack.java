package io.meshgov.policy;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.ClosestName;
import io.meshgov.ConfigurationException;
import io.meshgov.Problem.Code;
import io.meshgov.Problem;
import io.meshgov.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * A named set of rule files that an engine is built from — the council's standard pack, an organisation's pack,
 * a domain's pack. Packs are layered in the order they are added to {@code GovernanceEngine.Builder}.
 *
 * @param name        the pack's name ({@code standard}, {@code payments})
 * @param version     the pack's version, recorded with decisions; empty when unversioned
 * @param files       its DRL files, in a stable order
 * @param precompiled the classpath resource indexing the pack's rules compiled at build time, or {@code ""}: an
 *                    engine built from this pack alone then loads them instead of compiling (see
 *                    {@code governance-rules}' build)
 * @param root        the folder the pack was read from, as its file names begin; {@code ""} for DRL held in memory
 * @param retiredIds  ids of rules deleted from the pack, from {@value #RETIRED_IDS} at its root: never to be reused
 */
@API(status = STABLE, since = "0.1.0")
public record RulePack(String name, String version, List<RuleFile> files, String precompiled, String root,
                       List<String> retiredIds) {

    /** The file at a pack's root that lists the ids of its deleted rules, one a line ({@code #} starts a comment). */
    public static final String RETIRED_IDS = "retired-ids.txt";

    /** The name of the index a build-time compilation leaves beside a classpath pack's DRL files. */
    public static final String PRECOMPILED_INDEX = "precompiled.properties";

    /** A pack compiled when an engine is built. */
    public RulePack(String name, String version, List<RuleFile> files) {
        this(name, version, files, "", "", List.of());
    }

    public RulePack {
        precompiled = precompiled == null ? "" : precompiled;
        root = root == null ? "" : root;
        retiredIds = retiredIds == null ? List.of() : List.copyOf(retiredIds);
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a rule pack needs a name");
        }
        version = version == null ? "" : version;
        files = List.copyOf(files);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("rule pack \"" + name + "\" has no rule files");
        }
    }

    /** A pack of DRL held in memory, such as a test's or an embedder's single rule. */
    public static RulePack ofDrl(String name, String drl) {
        return new RulePack(name, "", List.of(new RuleFile(name + ".drl", drl)));
    }

    /**
     * Every {@code .drl} file under a directory, recursively, sorted by path; the pack is named after the
     * directory. A missing or empty directory is an error, never an empty pack.
     *
     * @throws ConfigurationException when the directory is missing, holds no {@code .drl} file or cannot be read
     */
    public static RulePack fromDirectory(Path directory) {
        String source = directory.toString();
        if (!Files.isDirectory(directory)) {
            throw notFound(source, "no such directory; name a folder that holds .drl rule files");
        }
        List<RuleFile> files = readTree(directory, source, directory);
        Path fileName = directory.toAbsolutePath().normalize().getFileName();
        return new RulePack(fileName == null ? source : fileName.toString(), "", files, "", source,
                retiredIds(directory, source));
    }

    /**
     * Every {@code .drl} file under a classpath folder ({@code io/meshgov/rules/standard}), from a directory or a
     * jar; this is how rule packs are shipped as Maven artifacts.
     *
     * @throws ConfigurationException when the folder is not on the classpath, holds no rule file or cannot be read
     */
    public static RulePack fromClasspath(String name, String version, String root, ClassLoader classLoader) {
        String source = "classpath:" + root;
        try {
            String index = root + "/" + PRECOMPILED_INDEX;
            String precompiled = classLoader.getResource(index) == null ? "" : index;
            URL folderUrl = classLoader.getResource(root);
            if (folderUrl != null && "jar".equals(folderUrl.getProtocol())) {
                return fromJar(name, version, root, precompiled, folderUrl);
            }
            RulePack pack = ClasspathFolder.read(root, classLoader, folder -> new RulePack(name, version,
                    readTree(folder, root, folder), precompiled, root, retiredIds(folder, root)));
            if (pack == null) {
                throw notFound(source, "no such folder on the classpath; is the jar that holds the rule pack a dependency?");
            }
            return pack;
        } catch (IOException e) {
            throw notFound(source, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * The rules of a knowledge base that a KIE module on the classpath declares — a rule-pack jar with a
     * {@code META-INF/kmodule.xml}, as teams publish them to their Maven repository. The pack takes the kbase's
     * name and the module's version (from its Maven descriptor). {@code artifact} ({@code groupId:artifactId})
     * picks one module when several declare a kbase of that name; empty for any.
     *
     * @throws ConfigurationException when no module, or more than one, declares the kbase, or it cannot be read
     */
    public static RulePack fromKieBase(String kbase, String artifact, ClassLoader classLoader) {
        String source = "kbase " + kbase + (artifact.isEmpty() ? "" : " of " + artifact);
        List<KieModules.KieBaseEntry> all = KieModules.kieBases(classLoader);
        List<KieModules.KieBaseEntry> matching = all.stream()
                .filter(entry -> entry.name().equals(kbase) && (artifact.isEmpty() || entry.artifact().equals(artifact)))
                .toList();
        if (matching.isEmpty()) {
            List<String> known = all.stream().map(KieModules.KieBaseEntry::name).distinct().sorted().toList();
            throw notFound(source, "no kmodule.xml on the classpath declares it" + ClosestName.hint(kbase, known)
                    + (known.isEmpty() ? "; is the rule-pack jar a dependency?" : " (declared: " + String.join(", ", known) + ")"));
        }
        if (matching.size() > 1) {
            throw notFound(source, "declared by " + matching.size() + " modules on the classpath ("
                    + matching.stream().map(entry -> entry.artifact().isEmpty() ? entry.module().toString() : entry.artifact())
                    .toList() + "); name the artifact (groupId:artifactId) to pick one");
        }
        KieModules.KieBaseEntry entry = matching.get(0);
        String root = entry.folders().size() == 1 ? entry.folders().get(0) : "";
        try {
            return KieModules.openModule(entry.module(), moduleRoot -> {
                ownPackagesOnly(source, entry, moduleRoot);
                List<RuleFile> files = new ArrayList<>();
                List<String> folders = entry.folders().isEmpty() ? List.of("") : entry.folders();
                for (String folder : folders) {
                    Path path = folder.isEmpty() ? moduleRoot : moduleRoot.resolve(folder);
                    if (!Files.isDirectory(path)) {
                        throw notFound(source, "its package folder " + folder + " is not in the module");
                    }
                    files.addAll(readTree(path, folder, path));
                }
                String index = root.isEmpty() ? "" : root + "/" + PRECOMPILED_INDEX;
                boolean precompiled = !index.isEmpty() && Files.isRegularFile(moduleRoot.resolve(index));
                return new RulePack(kbase, entry.version(), files, precompiled ? index : "", root,
                        root.isEmpty() ? List.of() : retiredIds(moduleRoot.resolve(root), root));
            });
        } catch (IOException e) {
            throw notFound(source, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * A pack jar holds classes in its own kbase's packages only: a class in another owner's package — meshgov's
     * {@code io/meshgov/model}, say — would run as that owner's code. meshgov's own jars are exempt (the standard
     * pack's jar holds its {@code StandardRules}); everyone else's class outside its packages is refused, named.
     */
    private static void ownPackagesOnly(String source, KieModules.KieBaseEntry entry, Path moduleRoot) {
        if (isMeshgovsOwn(entry.module())) {
            return;
        }
        List<String> folders = entry.folders();
        try (java.util.stream.Stream<Path> walk = Files.walk(moduleRoot)) {
            for (Path file : (Iterable<Path>) walk::iterator) {
                String name = moduleRoot.relativize(file).toString().replace('\\', '/');
                if (!name.endsWith(".class") || name.startsWith("META-INF/")) {
                    continue;
                }
                String folder = name.contains("/") ? name.substring(0, name.lastIndexOf('/')) : "";
                boolean own = !folders.isEmpty() && folders.stream().anyMatch(root -> folder.equals(root)
                        || folder.startsWith(root + "/"));
                if (!own) {
                    throw notFound(source, "its jar holds " + name + ", a class outside the kbase's packages "
                            + (folders.isEmpty() ? "(it names none)" : folders.stream().map(f -> f.replace('/', '.'))
                            .toList().toString()) + "; a rule-pack jar may only hold classes of its own packages");
                }
            }
        } catch (IOException e) {
            throw notFound(source, "cannot be read: " + e.getMessage());
        }
    }

    /** Whether a kmodule.xml is in one of meshgov's own jars: core's, or the standard pack's. */
    private static boolean isMeshgovsOwn(URL module) {
        String text = module.toString();
        String root = text.startsWith("jar:") && text.contains("!/") ? text.substring(4, text.indexOf("!/"))
                : text.endsWith("META-INF/kmodule.xml") ? text.substring(0, text.length() - "META-INF/kmodule.xml".length())
                : text;
        for (String ownClass : List.of("io.meshgov.policy.RulePack", "io.meshgov.rules.StandardRules")) {
            try {
                Class<?> type = Class.forName(ownClass, false, RulePack.class.getClassLoader());
                java.security.CodeSource source = type.getProtectionDomain().getCodeSource();
                if (source != null && source.getLocation() != null && root.equals(source.getLocation().toString())) {
                    return true;
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // not on this class path: not one of ours here
            }
        }
        return false;
    }

    /** The same rules under another name and version, as a policy names them. */
    public RulePack renamed(String newName, String newVersion) {
        return new RulePack(newName, newVersion, files, precompiled, root, retiredIds);
    }

    /**
     * A pack in a jar, read entry by entry. A zip file system over the jar would index every entry before listing
     * one folder: ~40 ms of the command line's start, whose shaded jar holds some 10,000.
     */
    private static RulePack fromJar(String name, String version, String root, String precompiled, URL folderUrl)
            throws IOException {
        JarURLConnection connection = (JarURLConnection) folderUrl.openConnection();
        connection.setUseCaches(false); // a jar of our own, closed below; the class loader's stays open
        try (JarFile jar = connection.getJarFile()) {
            String prefix = root + "/";
            List<String> drlNames = new ArrayList<>();
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                if (!entry.isDirectory() && entry.getName().startsWith(prefix) && entry.getName().endsWith(".drl")) {
                    drlNames.add(entry.getName());
                }
            }
            Collections.sort(drlNames);
            List<RuleFile> files = new ArrayList<>();
            for (String drl : drlNames) {
                files.add(new RuleFile(drl, text(jar, jar.getJarEntry(drl))));
            }
            if (files.isEmpty()) {
                throw notFound(root, "holds no .drl rule files");
            }
            JarEntry retired = jar.getJarEntry(prefix + RETIRED_IDS);
            List<String> retiredIds = retired == null ? List.of() : idsOf(text(jar, retired).lines().toList());
            return new RulePack(name, version, files, precompiled, root, retiredIds);
        }
    }

    private static String text(JarFile jar, JarEntry entry) throws IOException {
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<RuleFile> readTree(Path directory, String displayRoot, Path relativeTo) {
        List<RuleFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            List<Path> drlFiles = walk.filter(path -> path.getFileName() != null
                            && path.getFileName().toString().endsWith(".drl") && Files.isRegularFile(path))
                    .sorted()
                    .toList();
            for (Path drl : drlFiles) {
                String relative = relativeTo.relativize(drl).toString().replace('\\', '/');
                String name = displayRoot.endsWith("/") ? displayRoot + relative : displayRoot + "/" + relative;
                files.add(new RuleFile(name, Files.readString(drl, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw notFound(displayRoot, "cannot be read: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw notFound(displayRoot, "holds no .drl rule files");
        }
        return files;
    }

    private static List<String> retiredIds(Path folder, String displayRoot) {
        Path file = folder.resolve(RETIRED_IDS);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return idsOf(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw notFound(displayRoot + "/" + RETIRED_IDS, "cannot be read: " + e.getMessage());
        }
    }

    /** The ids a {@value #RETIRED_IDS} file lists: one a line, {@code #} starting a comment. */
    private static List<String> idsOf(List<String> lines) {
        return lines.stream().map(line -> line.replaceFirst("#.*", "").strip()).filter(line -> !line.isEmpty()).toList();
    }

    /** A pack named where there is none: the configuration is wrong, not a rule. */
    private static ConfigurationException notFound(String source, String message) {
        return new ConfigurationException(List.of(Problem.error(Code.RULE_PACK, new SourceLocation(source, 0, 0), "", message)));
    }
}
