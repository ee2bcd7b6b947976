package io.meshgov.cli;

import io.meshgov.batch.BatchEvaluator;
import io.meshgov.batch.BatchResult;
import io.meshgov.batch.UnreadableDescriptor;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.policy.GovernancePolicy;
import io.meshgov.policy.RulePack;
import io.meshgov.read.BaselineFile;
import io.meshgov.read.ConventionsReader;
import io.meshgov.read.PolicyReader;
import io.meshgov.read.ReadLimits;
import io.meshgov.rules.StandardRules;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** Which rules and conventions the engine is built from; shared by the commands that evaluate. */
final class EngineOptions {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A folder of .drl rule files to layer on top of the standard pack (repeatable).")
    List<Path> ruleFolders = new ArrayList<>();

    @Option(names = "--conventions", paramLabel = "FILE",
            description = "The council's conventions file (roles, classification scale, naming...).")
    Path conventions;

    @Option(names = "--no-standard", description = "Leave out the standard pack: only the --rules folders.")
    boolean noStandard;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "A governance policy (governance.yaml): rule packs in layers, overrides, enforcement levels, "
                    + "waivers. Replaces --rules and --no-standard.")
    Path policy;

    @Option(names = "--pack-jar", paramLabel = "FILE",
            description = "A published rule-pack jar (a KIE module with a kmodule.xml), repeatable: the policy's layers"
                    + " name its kbases (packs: [{kbase: NAME}]). What java -cp would add, for the launcher, the action"
                    + " and the hook, which run java -jar.")
    List<Path> packJars = new ArrayList<>();

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Judge as on this day (YYYY-MM-DD) instead of today: preview a staged roll-out or a waiver's "
                    + "expiry, or reproduce an earlier decision.")
    LocalDate asOf;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Findings accepted as they are (written by 'meshgov baseline'): reported, never blocking.")
    Path baseline;

    @Option(names = "--limit", paramLabel = "NAME=N",
            description = "Raise or lower a read limit (repeatable): fileBytes (default 4194304), textLength (262144), "
                    + "depth (64), values (200000), aliases (1000). See docs/reading.md.")
    Map<String, Long> limits = new LinkedHashMap<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "The project's settings (default: meshgov.yaml or .meshgov.yaml in the current folder).")
    Path configFile;

    @Option(names = "--no-config", description = "Ignore meshgov.yaml: only the options given.")
    boolean noConfig;

    @Option(names = "--ignore-waivers",
            description = "Audit: judge as if no waiver and no baseline existed, showing every finding they hide.")
    boolean ignoreWaivers;

    private ProjectConfig config;

    /** The project's settings: --config, else meshgov.yaml here, else none. Read once. */
    ProjectConfig config() {
        if (config == null) {
            config = noConfig ? ProjectConfig.NONE : configFile != null ? ProjectConfig.read(configFile) : ProjectConfig.find();
        }
        return config;
    }

    /** Whether the command line names the rules itself: then the config's rule settings are all set aside. */
    private boolean rulesOnCommandLine() {
        return policy != null || !ruleFolders.isEmpty() || noStandard;
    }

    private List<Path> folders() {
        return rulesOnCommandLine() ? ruleFolders : config().rules();
    }

    private boolean withoutStandard() {
        return rulesOnCommandLine() ? noStandard : Boolean.FALSE.equals(config().standard());
    }

    private Path policyFile() {
        return policy != null ? policy : rulesOnCommandLine() ? null : config().policy();
    }

    @Option(names = "--no-cache",
            description = "Compile rule folders afresh and keep nothing. By default a compiled folder is kept in "
                    + "$MESHGOV_CACHE (else ~/.cache/meshgov) and loaded, not compiled, while its files are unchanged.")
    boolean noCache;

    /**
     * Where compiled rule packs are kept between runs: {@code packs} under the system property {@code meshgov.cache},
     * else {@code $MESHGOV_CACHE}, else {@code $XDG_CACHE_HOME/meshgov}, else {@code ~/.cache/meshgov} (the
     * launcher keeps its class-data archive there too); none with {@code --no-cache}.
     */
    Path packCache() {
        if (noCache) {
            return null;
        }
        String folder = System.getProperty("meshgov.cache");
        if (folder == null || folder.isBlank()) {
            folder = System.getenv("MESHGOV_CACHE");
        }
        if (folder == null || folder.isBlank()) {
            String xdg = System.getenv("XDG_CACHE_HOME");
            String home = System.getProperty("user.home");
            if (xdg != null && !xdg.isBlank()) {
                folder = Path.of(xdg, "meshgov").toString();
            } else if (home != null && !home.isBlank() && !home.equals("?")) {
                folder = Path.of(home, ".cache", "meshgov").toString();
            } else {
                return null;
            }
        }
        return Path.of(folder, "packs");
    }

    /** The read limits: the defaults, with each --limit applied. */
    ReadLimits readLimits() {
        ReadLimits readLimits = ReadLimits.defaults();
        for (Map.Entry<String, Long> limit : limits.entrySet()) {
            try {
                readLimits = readLimits.with(limit.getKey(), limit.getValue());
            } catch (IllegalArgumentException e) {
                throw new UsageException("--limit " + limit.getKey() + "=" + limit.getValue() + ": " + e.getMessage());
            }
        }
        return readLimits;
    }

    /** A batch with the places the paths named that could not be searched listed first among its unreadable entries. */
    BatchResult withUnsearchable(BatchResult batch, DescriptorPaths.Found found) {
        if (found.unreadable().isEmpty()) {
            return batch;
        }
        List<UnreadableDescriptor> unreadable = new ArrayList<>(found.unreadable());
        unreadable.addAll(batch.unreadable());
        return new BatchResult(batch.decisions(), unreadable, batch.waivers());
    }

    /** The rule packs in layer order: the standard pack unless left out, then each --rules folder. */
    List<RulePack> packs() {
        if (withoutStandard() && folders().isEmpty()) {
            throw new UsageException("--no-standard leaves no rules: add at least one --rules DIR");
        }
        List<RulePack> packs = new ArrayList<>();
        if (!withoutStandard()) {
            packs.add(StandardRules.pack());
        }
        for (Path folder : folders()) {
            RulePack pack = RulePack.fromDirectory(folder);
            for (RulePack added : packs) {
                if (added.name().equals(pack.name())) {
                    throw new UsageException("--rules " + folder + ": a rule pack is named after its folder, and '"
                            + pack.name() + "' is already " + (added.root().isEmpty() ? "the standard pack"
                            : "--rules " + added.root()) + "; rename one folder, or name both in a policy's layers");
                }
            }
            packs.add(pack);
        }
        return packs;
    }

    /** The pack jars of the command line, else of the config. */
    private List<Path> allPackJars() {
        return !packJars.isEmpty() ? packJars : config().packJars();
    }

    /**
     * The class loader the policy's kbases are found by: meshgov's own, and the pack jars after it (meshgov's classes
     * always win; a jar that carries classes outside its own kbase's packages is refused when its kbase is read).
     */
    ClassLoader packLoader() {
        ClassLoader meshgov = EngineOptions.class.getClassLoader();
        List<Path> jars = allPackJars();
        if (jars.isEmpty()) {
            return meshgov;
        }
        java.net.URL[] urls = new java.net.URL[jars.size()];
        for (int i = 0; i < jars.size(); i++) {
            Path jar = jars.get(i);
            if (!java.nio.file.Files.isRegularFile(jar) || !java.nio.file.Files.isReadable(jar)) {
                throw new UsageException("--pack-jar " + TextReport.safe(jar.toString()) + ": no such readable file; name"
                        + " the rule-pack jar the council published");
            }
            try {
                urls[i] = jar.toAbsolutePath().toUri().toURL();
            } catch (java.net.MalformedURLException e) {
                throw new UsageException("--pack-jar " + TextReport.safe(jar.toString()) + ": not a file name");
            }
        }
        return new java.net.URLClassLoader("meshgov-pack-jars", urls, meshgov);
    }

    /** Builds the engine; what building warns about goes to {@code err}, never into a report. */
    GovernanceEngine build(java.io.PrintWriter err) {
        GovernanceEngine.Builder builder = GovernanceEngine.builder();
        Path policyFile = policyFile();
        if (policyFile != null) {
            if (!ruleFolders.isEmpty() || noStandard) {
                throw new UsageException("--policy names every rule pack in its layers; drop --rules and --no-standard, "
                        + "or add the folders to a layer of " + policy);
            }
            if (config().policy() != null && policy == null && (!config().rules().isEmpty() || config().standard() != null)) {
                throw new UsageException(config().file() + ": 'policy' names every rule pack in its layers; drop 'rules'"
                        + " and 'standard'");
            }
            ClassLoader packs = packLoader();
            GovernancePolicy read = PolicyReader.read(policyFile, packs);
            builder.classLoader(packs);
            builder.policy(ignoreWaivers ? read.withoutWaivers() : read);
        } else {
            if (!allPackJars().isEmpty()) {
                throw new UsageException("--pack-jar: a pack jar's kbases are named in a policy's layers; give one (--policy"
                        + " or 'policy:' in " + ProjectConfig.FILE + "), e.g. packs: [{kbase: NAME}]");
            }
            packs().forEach(builder::rulePack);
        }
        Path baselineFile = baseline != null ? baseline : config().baseline();
        if (baselineFile != null && !ignoreWaivers) {
            builder.baseline(BaselineFile.read(baselineFile));
        }
        if (asOf != null) {
            builder.clock(Clock.fixed(asOf.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
        }
        Path conventionsFile = conventions != null ? conventions : config().conventions();
        if (conventionsFile != null) {
            builder.conventions(ConventionsReader.read(conventionsFile));
        }
        Path cache = packCache();
        if (cache != null) {
            builder.compiledPackCache(cache);
        }
        GovernanceEngine engine = builder.build();
        warn(engine, err);
        return engine;
    }

    /** Reads and judges files with {@code engine}, within the read limits given on the command line. */
    BatchEvaluator batch(GovernanceEngine engine) {
        return BatchEvaluator.of(engine).readLimits(readLimits());
    }

    static void warn(GovernanceEngine engine, java.io.PrintWriter err) {
        engine.warnings().forEach(warning -> err.println("meshgov: warning: " + warning));
        err.flush();
    }
}
