package io.meshgov.internal.engine;

import io.meshgov.Problem.Code;
import io.meshgov.Problem;
import io.meshgov.RuleCompilationException;
import io.meshgov.SourceLocation;
import io.meshgov.policy.RuleDescription;
import io.meshgov.policy.RuleFile;
import io.meshgov.policy.RulePack;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.conf.KieBaseMutabilityOption;

/**
 * Compiles rule packs into one knowledge base with Drools' executable model, reporting every problem of every
 * file together, each at its DRL line.
 *
 * <p>Each build gets its own release id and is removed from Drools' JVM-wide repository afterwards, so builds can
 * run concurrently and repeatedly without leaking memory.
 */
final class RuleSetCompiler {

    private static final String GENERATED_SOURCE = "Java source of ";

    private RuleSetCompiler() {
    }

    /**
     * Compiles the packs in compartments: every trusted pack into one knowledge base, and each restricted layer's
     * packs ({@code restrictedLayerOfPack}: pack name to layer name) into a knowledge base of its own, whose generated
     * code is verified by {@link RestrictedCode}. Each pack is compiled on its own, or loaded as compiled ahead (see
     * {@link PackPrecompiler}) or by an earlier engine ({@code cache}, when given), and the packs' models are then
     * combined without compiling any of them again. Ids are checked unique across all packs. Throws
     * {@link RuleCompilationException} listing every problem of every pack.
     */
    static List<CompiledRuleSet> compile(List<RulePack> packs, Map<String, String> restrictedLayerOfPack,
                                         String settings, ClassLoader classLoader, PackCache cache) {
        String fingerprint = fingerprint(packs, settings);
        List<Problem> problems = new ArrayList<>();
        List<CompiledPack> compiled = new ArrayList<>();
        for (RulePack pack : packs) {
            try {
                compiled.add(compilePack(pack, restrictedLayerOfPack.get(pack.name()), classLoader, cache));
            } catch (RuleCompilationException e) {
                problems.addAll(e.problems());
            }
        }
        problems.addAll(acrossPacks(compiled));
        if (!problems.isEmpty()) {
            throw failure(problems);
        }
        Map<String, List<CompiledPack>> compartments = new LinkedHashMap<>();
        for (CompiledPack pack : compiled) {
            compartments.computeIfAbsent(restrictedLayerOfPack.getOrDefault(pack.pack().name(), ""),
                    layer -> new ArrayList<>()).add(pack);
        }
        List<CompiledRuleSet> ruleSets = new ArrayList<>();
        for (List<CompiledPack> compartment : compartments.values()) {
            List<Model> models = compartment.stream().flatMap(pack -> pack.models().stream()).toList();
            // An immutable knowledge base (no rules added once built, which meshgov never does) lets each session
            // keep its facts in one identity map instead of a store per fact class, rebuilt at every reset: ~6 KB
            // less allocated per evaluation.
            KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models, KieBaseMutabilityOption.DISABLED);
            ruleSets.add(new CompiledRuleSet(kieBase, merged(compartment), fingerprint,
                    compartment.stream().noneMatch(CompiledPack::compiledNow)));
        }
        return ruleSets;
    }

    /**
     * One pack: as compiled when it was built (trusted packs only: a restricted layer's code is verified from its
     * bytes, which a classpath pack does not keep), else as an earlier engine compiled it, else compiled now.
     */
    private static CompiledPack compilePack(RulePack pack, String restrictedLayer, ClassLoader classLoader,
                                            PackCache cache) {
        if (restrictedLayer == null) {
            CompiledPack precompiled = PrecompiledPacks.load(pack, classLoader);
            if (precompiled != null) {
                return precompiled;
            }
        }
        java.nio.file.Path entry = cache == null ? null : cache.entry(pack, classLoader);
        if (entry != null) {
            CompiledPack cached = fromCache(pack, restrictedLayer, classLoader, cache, entry);
            if (cached != null) {
                return cached;
            }
        }
        List<DrlChecker.Result> checked = check(List.of(pack), classLoader);
        if (restrictedLayer != null) {
            List<Problem> refused = RestrictedSource.check(checked, restrictedLayer, classLoader);
            if (!refused.isEmpty()) {
                throw failure(refused);
            }
        }
        KieServices services = KieServices.get();
        ReleaseId releaseId = services.newReleaseId("io.meshgov.runtime", "rules-" + UUID.randomUUID(), "1.0.0");
        try {
            PackClasses classes = PackClasses.of((InternalKieModule) buildModule(checked, classLoader, releaseId)
                    .getKieModule());
            if (restrictedLayer != null) {
                List<Problem> denied = RestrictedCode.verify(classes.classes(), restrictedLayer, checked, classLoader);
                if (!denied.isEmpty()) {
                    throw failure(denied);
                }
            }
            RuleCatalog catalog = catalogOf(List.of(pack), checked);
            List<Model> models = classes.load(classLoader);
            if (entry != null) {
                cache.store(pack, entry, classes, catalog);
            }
            return new CompiledPack(pack, models, catalog, true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Drools generated a model class it cannot load for pack " + pack.name(), e);
        } finally {
            services.getRepository().removeKieModule(releaseId);
        }
    }

    /**
     * The pack as an earlier engine compiled it, or {@code null}. A restricted layer's pack is verified again, as if
     * just compiled: the cache is a file anyone with the user's rights can change.
     */
    private static CompiledPack fromCache(RulePack pack, String restrictedLayer, ClassLoader classLoader,
                                          PackCache cache, java.nio.file.Path entry) {
        PackCache.Stored stored = cache.load(pack, entry);
        if (stored == null) {
            return null;
        }
        if (restrictedLayer != null
                && !RestrictedCode.verify(stored.classes().classes(), restrictedLayer, List.of(), classLoader).isEmpty()) {
            return null; // compiled again, its problems then located in its rule files
        }
        try {
            return new CompiledPack(pack, stored.classes().load(classLoader), stored.catalog(), false);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return null;
        }
    }

    /** One catalog of a compartment's packs, in pack order. */
    private static RuleCatalog merged(List<CompiledPack> packs) {
        if (packs.size() == 1) {
            return packs.get(0).catalog();
        }
        List<RuleDescription> rules = new ArrayList<>();
        Map<String, RuleDescription> rulesByName = new LinkedHashMap<>();
        Map<String, String> packByRule = new LinkedHashMap<>();
        List<Problem> warnings = new ArrayList<>();
        boolean declaresFindings = false;
        for (CompiledPack pack : packs) {
            RuleCatalog catalog = pack.catalog();
            rules.addAll(catalog.rules());
            rulesByName.putAll(catalog.rulesByName());
            packByRule.putAll(catalog.packByRule());
            warnings.addAll(catalog.warnings());
            declaresFindings |= catalog.declaresFindings();
        }
        return new RuleCatalog(rules, rulesByName, packByRule, declaresFindings, warnings);
    }

    /**
     * What only shows when packs meet: an id or a rule name (in the same DRL package) that two packs both use, and
     * a rule taking an id another pack retired. Within one pack, {@link #check} finds them.
     */
    private static List<Problem> acrossPacks(List<CompiledPack> packs) {
        List<Problem> problems = new ArrayList<>();
        Map<String, RuleDescription> byId = new HashMap<>();
        Map<String, CompiledPack> byKey = new HashMap<>();
        for (CompiledPack pack : packs) {
            Map<String, RuleDescription> rulesByKey = pack.catalog().rulesByName();
            for (String key : pack.catalog().packByRule().keySet()) {
                String ruleName = key.substring(key.indexOf('/') + 1);
                RuleDescription rule = rulesByKey.get(key);
                CompiledPack sameName = byKey.putIfAbsent(key, pack);
                if (sameName != null && sameName != pack) {
                    SourceLocation at = rule != null ? rule.location() : new SourceLocation(pack.pack().root(), 0, 0);
                    problems.add(Problem.error(Code.RULE_ID, at, "rule \"" + ruleName + "\"", "duplicate rule name in package "
                            + key.substring(0, key.indexOf('/')) + ": also in rule pack '" + sameName.pack().name()
                            + "'; rename one of them"));
                    continue;
                }
                if (rule == null) {
                    continue;
                }
                RuleDescription sameId = byId.putIfAbsent(rule.id(), rule);
                if (sameId != null && !sameId.pack().equals(rule.pack())) {
                    problems.add(Problem.error(Code.RULE_ID, rule.location(), "rule \"" + ruleName + "\"", "duplicate @id \""
                            + rule.id() + "\": already used by the rule at " + sameId.location()
                            + "; every rule needs its own id"));
                }
            }
        }
        for (CompiledPack retiring : packs) {
            for (CompiledPack other : packs) {
                if (other != retiring) {
                    problems.addAll(reusedIds(List.of(retiring.pack()), other.catalog().rules()));
                }
            }
        }
        return problems;
    }

    /** Checks every file of the packs; throws {@link RuleCompilationException} listing every problem found. */
    private static List<DrlChecker.Result> check(List<RulePack> packs, ClassLoader classLoader) {
        List<Problem> problems = new ArrayList<>();
        List<DrlChecker.Result> checked = new ArrayList<>();
        for (RulePack pack : packs) {
            for (RuleFile file : pack.files()) {
                DrlChecker.Result result = DrlChecker.check(file, pack.name(), classLoader);
                checked.add(result);
                problems.addAll(result.problems());
            }
        }
        Map<String, RuleDescription> rulesByName = indexRules(checked, problems);
        problems.addAll(reusedIds(packs, rulesByName.values()));
        if (!problems.isEmpty()) {
            throw failure(problems);
        }
        return checked;
    }

    /** The catalog of checked packs, files in the order of the packs. */
    static RuleCatalog catalogOf(List<RulePack> packs, List<DrlChecker.Result> checked) {
        Map<String, RuleDescription> rulesByName = indexRules(checked, new ArrayList<>());
        boolean declaresFindings = checked.stream().anyMatch(result -> result.packageDescr().getGlobals().stream()
                .anyMatch(global -> global.getIdentifier().equals(DrlChecker.FINDINGS_GLOBAL)));
        List<RuleDescription> rules = checked.stream().flatMap(result -> result.rules().stream()).toList();
        Map<String, String> packByRule = new java.util.LinkedHashMap<>();
        int index = 0;
        for (RulePack pack : packs) {
            for (int i = 0; i < pack.files().size(); i++) {
                DrlChecker.Result result = checked.get(index++);
                for (RuleDescr rule : result.packageDescr().getRules()) {
                    packByRule.put(FindingCollector.ruleKey(result.packageDescr().getName(), rule.getName()), pack.name());
                }
            }
        }
        return new RuleCatalog(rules, rulesByName, packByRule, declaresFindings, packageWarnings(packs, checked));
    }

    /** Rules that take the id of a deleted rule: ids are never reused, or old findings and waivers change meaning. */
    private static List<Problem> reusedIds(List<RulePack> packs, java.util.Collection<RuleDescription> rules) {
        List<Problem> problems = new ArrayList<>();
        for (RulePack pack : packs) {
            for (RuleDescription rule : rules) {
                if (pack.retiredIds().contains(rule.id())) {
                    problems.add(Problem.error(Code.RULE_ID, rule.location(), "", "@id \"" + rule.id() + "\" belonged to a deleted rule ("
                            + pack.root() + "/" + RulePack.RETIRED_IDS + "); give this rule an id never used before"));
                }
            }
        }
        return problems;
    }

    /**
     * Rule files whose DRL package does not end with the folder they sit in, relative to their pack: Drools' own
     * convention, and what keeps a large pack navigable. A warning, not an error: the rules still work.
     */
    private static List<Problem> packageWarnings(List<RulePack> packs, List<DrlChecker.Result> checked) {
        List<Problem> warnings = new ArrayList<>();
        int index = 0;
        for (RulePack pack : packs) {
            String root = !pack.root().isEmpty() ? pack.root().replaceAll("/+$", "")
                    : commonFolder(pack.files().stream().map(RuleFile::name).toList());
            for (RuleFile file : pack.files()) {
                DrlChecker.Result result = checked.get(index++);
                String folder = folderOf(file.name());
                String relative = folder.length() > root.length() ? folder.substring(root.isEmpty() ? 0 : root.length() + 1)
                        : "";
                String packageName = result.packageDescr() == null ? "" : result.packageDescr().getName();
                String expected = relative.replace('/', '.');
                if (!expected.isEmpty() && !packageName.equals(expected) && !packageName.endsWith("." + expected)) {
                    warnings.add(Problem.warning(Code.RULE_PACK, new SourceLocation(file.name(), 1, 1), "", "package " + packageName
                            + " does not match the folder '" + relative + "' the file sits in; end the package with '"
                            + expected + "' or move the file"));
                }
            }
        }
        return warnings;
    }

    private static String folderOf(String fileName) {
        int slash = fileName.lastIndexOf('/');
        return slash < 0 ? "" : fileName.substring(0, slash);
    }

    /** The deepest folder holding every file of a pack: its root. */
    private static String commonFolder(List<String> names) {
        String common = names.isEmpty() ? "" : folderOf(names.get(0));
        for (String name : names) {
            String folder = folderOf(name);
            while (!common.isEmpty() && !(folder.equals(common) || folder.startsWith(common + "/"))) {
                common = folderOf(common);
            }
        }
        return common;
    }

    /** Rules by package and name; duplicate ids across all packs, and duplicate names in a package, are problems. */
    private static Map<String, RuleDescription> indexRules(List<DrlChecker.Result> checked, List<Problem> problems) {
        Map<String, RuleDescription> byName = new LinkedHashMap<>();
        Map<String, RuleDescription> byId = new HashMap<>();
        for (DrlChecker.Result result : checked) {
            if (result.packageDescr() == null) {
                continue;
            }
            String packageName = result.packageDescr().getName();
            Map<Integer, RuleDescription> byLine = new HashMap<>();
            result.rules().forEach(rule -> byLine.put(rule.location().line(), rule));
            for (RuleDescr descr : result.packageDescr().getRules()) {
                RuleDescription rule = byLine.get(Math.max(descr.getLine(), 0));
                String key = FindingCollector.ruleKey(packageName, descr.getName());
                RuleDescription sameName = byName.get(key);
                if (sameName != null) {
                    problems.add(Problem.error(Code.RULE_ID, new SourceLocation(result.file().name(), descr.getLine(), descr.getColumn() + 1),
                            "rule \"" + descr.getName() + "\"", "duplicate rule name in package " + packageName
                            + ": also at " + sameName.location() + "; rename one of them"));
                    continue;
                }
                if (rule == null) {
                    continue;
                }
                byName.put(key, rule);
                if (rule.id().startsWith("ENGINE-") || rule.id().startsWith("POLICY-")) {
                    problems.add(Problem.error(Code.RULE_ID, rule.location(), "rule \"" + descr.getName() + "\"", "@id \""
                            + rule.id() + "\" is reserved: ENGINE- and POLICY- ids are meshgov's own findings (an"
                            + " evaluation stopped, a waiver expiring); give the rule an id of its pack's prefix"));
                }
                RuleDescription sameId = byId.putIfAbsent(rule.id(), rule);
                if (sameId != null) {
                    problems.add(Problem.error(Code.RULE_ID, rule.location(), "rule \"" + descr.getName() + "\"", "duplicate @id \""
                            + rule.id() + "\": already used by the rule at " + sameId.location()
                            + "; every rule needs its own id"));
                }
            }
        }
        return byName;
    }

    /** A pack compiled for shipping in its jar: the module's classes, and the catalog to ship beside them. */
    record Shipped(InternalKieModule module, RuleCatalog catalog) {
    }

    /**
     * Checks and compiles one pack for shipping: the executable model's classes and its list of model classes, in
     * a KIE module built under a fixed release id. Throws like {@link #compile} when the pack has problems.
     */
    static Shipped compileForShipping(RulePack pack, ClassLoader classLoader) {
        List<DrlChecker.Result> checked = check(List.of(pack), classLoader);
        KieServices services = KieServices.get();
        ReleaseId releaseId = services.newReleaseId("io.meshgov.precompiled", pack.name(), "1.0.0");
        try {
            return new Shipped((InternalKieModule) buildModule(checked, classLoader, releaseId).getKieModule(),
                    catalogOf(List.of(pack), checked));
        } finally {
            services.getRepository().removeKieModule(releaseId);
        }
    }

    /**
     * {@code sha256:} of what compiling one pack depends on — its files and its retired ids, not its name or version
     * (a policy may name and pin a pack otherwise than its build did): what a precompiled index or a cached pack is
     * checked against.
     */
    static String packFingerprint(RulePack pack) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, "pack");
            for (RuleFile file : pack.files()) {
                update(digest, file.name());
                update(digest, file.text());
            }
            update(digest, String.join("\n", pack.retiredIds()));
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    private static KieBuilder buildModule(List<DrlChecker.Result> checked, ClassLoader classLoader,
                                          ReleaseId releaseId) {
        KieServices services = KieServices.get();
        KieFileSystem fileSystem = services.newKieFileSystem();
        fileSystem.generateAndWritePomXML(releaseId);
        Map<String, DrlChecker.Result> byDroolsPath = new HashMap<>();
        for (int i = 0; i < checked.size(); i++) {
            DrlChecker.Result result = checked.get(i);
            String packageName = result.packageDescr().getName();
            String folder = packageName == null || packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/";
            String baseName = result.file().name().substring(result.file().name().lastIndexOf('/') + 1);
            String droolsPath = folder + "f" + i + "_" + baseName;
            byDroolsPath.put(droolsPath, result);
            fileSystem.write("src/main/resources/" + droolsPath, result.file().text());
        }
        KieBuilder builder;
        try {
            builder = services.newKieBuilder(fileSystem, classLoader).buildAll(ExecutableModelProject.class);
        } catch (RuntimeException crash) {
            services.getRepository().removeKieModule(releaseId);
            throw failure(List.of(RuleIsolation.locate(checked, crash, classLoader)));
        }
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            services.getRepository().removeKieModule(releaseId);
            throw failure(locate(errors, byDroolsPath));
        }
        return builder;
    }

    /**
     * Drools' executable model reports type and field errors without a line; the checker's suspects for the same
     * file, matched on the name Drools quotes, supply the line and a "did you mean". Errors in consequences are
     * reported against generated Java; the failing statement is found in the rule's consequence instead.
     */
    private static List<Problem> locate(List<Message> errors, Map<String, DrlChecker.Result> byDroolsPath) {
        Map<String, List<String>> generatedSources = new HashMap<>();
        for (Message error : errors) {
            String text = String.valueOf(error.getText());
            if (text.startsWith(GENERATED_SOURCE)) {
                generatedSources.put(error.getPath(), text.substring(text.indexOf('\n') + 1).lines().toList());
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (Message error : errors) {
            String text = String.valueOf(error.getText()).strip();
            if (text.startsWith(GENERATED_SOURCE)) {
                continue;
            }
            String firstLine = text.lines().findFirst().orElse("");
            DrlChecker.Result result = byDroolsPath.get(error.getPath());
            Problem located = result != null ? inDrl(result, firstLine, error.getLine())
                    : inConsequence(byDroolsPath.values(), generatedSources.get(error.getPath()), error.getLine(),
                            firstLine);
            if (located == null) {
                located = Problem.error(Code.RULE_COMPILE, new SourceLocation(packageFile(byDroolsPath, error.getPath()), 0, 0), "",
                        "does not compile: " + firstLine);
            }
            if (!problems.contains(located)) {
                problems.add(located);
            }
        }
        return problems;
    }

    private static Problem inDrl(DrlChecker.Result result, String text, int line) {
        for (DrlChecker.Suspect suspect : result.suspects()) {
            if (text.contains(suspect.token())) {
                return suspect.problem();
            }
        }
        return Problem.error(Code.RULE_COMPILE, new SourceLocation(result.file().name(), Math.max(line, 0), 0), "",
                "does not compile: " + text);
    }

    /** Finds the generated statement that failed in the consequence of the rule it came from. */
    private static Problem inConsequence(Collection<DrlChecker.Result> results, List<String> generated, int line,
                                         String text) {
        if (generated == null || line < 1 || line > generated.size()) {
            return null;
        }
        String statement = generated.get(line - 1).strip();
        if (statement.isEmpty()) {
            return null;
        }
        for (DrlChecker.Result result : results) {
            for (RuleDescr rule : result.packageDescr().getRules()) {
                String consequence = String.valueOf(rule.getConsequence());
                int at = consequence.indexOf(statement);
                if (at >= 0) {
                    String before = consequence.substring(0, at);
                    int drlLine = rule.getConsequenceLine() + (int) before.chars().filter(c -> c == '\n').count();
                    return Problem.error(Code.RULE_COMPILE, new SourceLocation(result.file().name(), Math.max(drlLine, 0), 0),
                            "rule \"" + rule.getName() + "\"", "does not compile: " + text);
                }
            }
        }
        return null;
    }

    /** For generated code that cannot be traced to a statement: the first rule file of the same DRL package. */
    private static String packageFile(Map<String, DrlChecker.Result> byDroolsPath, String generatedPath) {
        String path = String.valueOf(generatedPath);
        for (Map.Entry<String, DrlChecker.Result> entry : byDroolsPath.entrySet()) {
            String folder = entry.getKey().contains("/") ? entry.getKey().substring(0, entry.getKey().lastIndexOf('/'))
                    : "";
            if (!folder.isEmpty() && path.startsWith("src/main/java/" + folder + "/")) {
                return entry.getValue().file().name();
            }
        }
        return path;
    }

    private static RuleCompilationException failure(List<Problem> problems) {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(null);
        return new RuleCompilationException(sorted);
    }

    /** {@code sha256:} of every pack's name, version and files, and of {@code settings} (the conventions in force). */
    static String fingerprint(List<RulePack> packs, String settings) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, settings);
            for (RulePack pack : packs) {
                update(digest, pack.name());
                update(digest, pack.version());
                for (RuleFile file : pack.files()) {
                    update(digest, file.name());
                    update(digest, file.text());
                }
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
