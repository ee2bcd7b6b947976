package io.meshgov.read;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.ClosestName;
import io.meshgov.ConfigurationException;
import io.meshgov.DescriptorException;
import io.meshgov.MeshgovException;
import io.meshgov.Problem.Code;
import io.meshgov.Problem;
import io.meshgov.SourceLocation;
import io.meshgov.conventions.ConventionSettings;
import io.meshgov.conventions.ConventionsOverlay;
import io.meshgov.decision.Enforcement;
import io.meshgov.decision.Severity;
import io.meshgov.policy.Baseline;
import io.meshgov.policy.EnforcementStage;
import io.meshgov.policy.EvaluationLimits;
import io.meshgov.policy.GovernancePolicy;
import io.meshgov.policy.PolicyLayer;
import io.meshgov.policy.RuleOverride;
import io.meshgov.policy.RulePack;
import io.meshgov.policy.Scope;
import io.meshgov.policy.Waiver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Reads a governance policy file. Everything that can be checked without compiling rules is checked here and
 * reported together, each problem at its line with what to write instead; rule ids are checked when an engine is
 * built from the policy, since only then are the rules known.
 */
@API(status = STABLE, since = "0.1.0")
public final class PolicyReader {

    private static final List<String> KEYS = List.of("policy", "version", "waiverWarningDays", "baseline",
            "evaluation", "layers");
    private static final List<String> EVALUATION_KEYS = List.of("maxFirings", "timeBudget");
    private static final List<String> LAYER_KEYS = List.of("name", "extends", "domain", "where", "trusted", "packs",
            "conventions", "locked", "overrides", "enforcement", "waivers");
    private static final List<String> SCOPE_KEYS = List.of("domains", "descriptors", "files", "tags", "paths");
    private static final List<String> PACK_KEYS = List.of("kbase", "artifact", "folder", "name", "version");
    private static final List<String> OVERRIDE_KEYS = List.of("rule", "where", "disabled", "severity");
    private static final List<String> STAGE_KEYS = List.of("rule", "level", "until", "then");
    private static final List<String> WAIVER_KEYS = List.of("id", "rule", "where", "justification", "owner",
            "approver", "expires");
    private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile("([0-9]{1,9})(ms|s|m)");
    private static final String LEVELS = "advisory, soft-mandatory or hard-mandatory";

    private final Path file;
    private final Path folder;
    private final ClassLoader classLoader;
    private final ReadContext context;

    private PolicyReader(Path file, ClassLoader classLoader) {
        this.file = file;
        Path parent = file.toAbsolutePath().getParent();
        this.folder = parent == null ? Path.of("") : parent;
        this.classLoader = classLoader;
        this.context = new ReadContext(file.toString());
    }

    /**
     * Reads a policy file ({@code governance.yaml}); rule-pack folders, conventions and baseline files it names are
     * relative to it, and rule-pack jars are looked up on {@code classLoader}.
     *
     * @throws ConfigurationException listing every problem found, each at its line
     */
    public static GovernancePolicy read(Path file, ClassLoader classLoader) {
        return new PolicyReader(file, classLoader).read();
    }

    /** As {@link #read(Path, ClassLoader)}, with meshgov's own class loader. */
    public static GovernancePolicy read(Path file) {
        return read(file, PolicyReader.class.getClassLoader());
    }

    private GovernancePolicy read() {
        Node.Mapping root = parse(file, "a governance policy (policy: ..., layers: [...])");
        Section policy = new Section(root, "", "", context);
        String name = policy.text("policy");
        if (name == null) {
            policy.missing("policy", "name the policy, e.g. \"policy: acme-governance\"");
        }
        String version = policy.text("version");
        Integer warningDays = policy.integer("waiverWarningDays");
        if (warningDays != null && warningDays < 0) {
            policy.invalid("waiverWarningDays", "expected a number of days (0 or more) but was " + warningDays);
        }
        Baseline baseline = null;
        String baselineFile = policy.text("baseline");
        if (baselineFile != null) {
            baseline = baseline(policy, baselineFile);
        }
        EvaluationLimits limits = evaluationLimits(policy.section("evaluation"));
        List<PolicyLayer> layers = new ArrayList<>();
        List<Section> layerSections = policy.sections("layers", "name");
        if (layerSections.isEmpty() && !policy.has("layers")) {
            policy.missing("layers", "list at least one layer, e.g. \"layers: [{name: council, trusted: true, packs: [{kbase: standard}]}]\"");
        }
        for (Section layer : layerSections) {
            PolicyLayer read = layer(layer);
            if (read != null) {
                layers.add(read);
            }
        }
        Section.unknownKeys(policy, KEYS);
        if (!layerSections.isEmpty() && layerSections.stream().noneMatch(layer -> layer.has("packs"))) {
            context.problem(policy.location(), "layers", "no layer names a rule pack, so nothing would judge the "
                    + "descriptors; give a layer its packs, e.g. \"packs: [{kbase: standard}]\"");
        }
        List<PolicyLayer> ordered = ordered(layers);
        checkUnique(ordered);
        context.throwIfProblems();
        return new GovernancePolicy(file.toString(), name, version, ordered,
                warningDays == null ? GovernancePolicy.DEFAULT_WAIVER_WARNING_DAYS : warningDays, baseline, limits);
    }

    /** {@code evaluation: {maxFirings: 100000, timeBudget: 10s}}: either may be left out for its default. */
    private EvaluationLimits evaluationLimits(Section evaluation) {
        EvaluationLimits defaults = EvaluationLimits.defaults();
        if (evaluation == null) {
            return defaults;
        }
        Integer maxFirings = evaluation.integer("maxFirings");
        if (maxFirings != null && maxFirings < 1) {
            evaluation.invalid("maxFirings", "expected a number of rule firings of 1 or more");
            maxFirings = null;
        }
        java.time.Duration budget = defaults.timeBudget();
        String budgetText = evaluation.text("timeBudget");
        if (budgetText != null) {
            java.util.regex.Matcher matcher = DURATION.matcher(budgetText.strip());
            if (matcher.matches() && Long.parseLong(matcher.group(1)) > 0) {
                long amount = Long.parseLong(matcher.group(1));
                budget = switch (matcher.group(2)) {
                    case "ms" -> java.time.Duration.ofMillis(amount);
                    case "s" -> java.time.Duration.ofSeconds(amount);
                    default -> java.time.Duration.ofMinutes(amount);
                };
            } else {
                evaluation.invalid("timeBudget", "expected a positive duration such as 10s, 500ms or 2m");
            }
        }
        Section.unknownKeys(evaluation, EVALUATION_KEYS);
        return new EvaluationLimits(maxFirings == null ? defaults.maxFirings() : maxFirings, budget);
    }

    private PolicyLayer layer(Section layer) {
        String name = layer.text("name");
        if (name == null) {
            layer.missing("name", "name the layer, e.g. \"name: payments\"");
            name = "";
        }
        List<String> parents = textOrTexts(layer, "extends");
        Scope scope = scope(layer.section("where"), false);
        String domain = layer.text("domain");
        if (domain != null) {
            if (!scope.domains().isEmpty()) {
                layer.invalid("domain", "give the domain either as \"domain:\" or in \"where: {domains: [...]}\", not both");
            }
            scope = new Scope(List.of(domain), scope.descriptors(), scope.files(), scope.tags(), scope.paths());
        }
        List<RulePack> packs = new ArrayList<>();
        for (Section pack : layer.sections("packs", "name")) {
            RulePack read = pack(pack);
            if (read != null) {
                packs.add(read);
            }
        }
        ConventionsOverlay conventions = conventions(layer);
        List<String> locked = textOrTexts(layer, "locked");
        List<RuleOverride> overrides = new ArrayList<>();
        for (Section override : layer.sections("overrides", "rule")) {
            RuleOverride read = override(override);
            if (read != null) {
                overrides.add(read);
            }
        }
        List<EnforcementStage> stages = new ArrayList<>();
        for (Section stage : layer.sections("enforcement", "rule")) {
            EnforcementStage read = stage(stage);
            if (read != null) {
                stages.add(read);
            }
        }
        List<Waiver> waivers = new ArrayList<>();
        for (Section waiver : layer.sections("waivers", "id")) {
            Waiver read = waiver(waiver, name);
            if (read != null) {
                waivers.add(read);
            }
        }
        boolean trusted = layer.flag("trusted");
        Section.unknownKeys(layer, LAYER_KEYS);
        return new PolicyLayer(name, parents, scope, packs, conventions, locked, overrides, stages, waivers,
                layer.location(), trusted);
    }

    private Scope scope(Section where, boolean judgesFindings) {
        if (where == null) {
            return Scope.everywhere();
        }
        List<String> paths = textOrTexts(where, "paths");
        if (!judgesFindings && !paths.isEmpty()) {
            where.invalid("paths", "a layer applies to whole descriptors; narrow it by domains, descriptors, files "
                    + "or tags, and use \"paths\" in an override or a waiver");
        }
        Scope scope = new Scope(textOrTexts(where, "domains"), textOrTexts(where, "descriptors"),
                textOrTexts(where, "files"), textOrTexts(where, "tags"), paths);
        Section.unknownKeys(where, SCOPE_KEYS);
        return scope;
    }

    private RulePack pack(Section pack) {
        String kbase = pack.text("kbase");
        String folderName = pack.text("folder");
        String artifact = pack.text("artifact");
        String version = pack.text("version");
        String rename = pack.text("name");
        Section.unknownKeys(pack, PACK_KEYS);
        if ((kbase == null) == (folderName == null)) {
            pack.invalid(kbase == null ? "" : "folder", "name the pack either by \"kbase:\" (a rule-pack jar with a "
                    + "kmodule.xml on the classpath, e.g. \"kbase: standard\") or by \"folder:\" (DRL files beside "
                    + "the policy, e.g. \"folder: rules/payments\"), not both");
            return null;
        }
        try {
            if (kbase != null) {
                RulePack found = RulePack.fromKieBase(kbase, artifact == null ? "" : artifact, classLoader);
                if (version != null && !version.equals(found.version())) {
                    pack.invalid("version", "the policy pins " + kbase + " " + version + " but the classpath holds "
                            + (found.version().isEmpty() ? "an unversioned one" : found.version())
                            + "; depend on " + version + " or change the pin");
                    return null;
                }
                return rename == null ? found : found.renamed(rename, found.version());
            }
            if (artifact != null) {
                pack.invalid("artifact", "\"artifact\" picks a rule-pack jar; a folder pack has none");
            }
            RulePack found = RulePack.fromDirectory(folder.resolve(folderName));
            RulePack named = found.renamed(rename == null ? found.name() : rename, version == null ? "" : version);
            return new RulePack(named.name(), named.version(), relativeNames(named, folderName), "", folderName,
                    named.retiredIds());
        } catch (MeshgovException e) {
            for (Problem problem : e.problems()) {
                pack.invalid(kbase != null ? "kbase" : "folder", problem.location().source() + ": " + problem.message());
            }
            return null;
        }
    }

    /** File names as the policy writes the folder, so findings and errors name {@code rules/payments/x.drl}. */
    private static List<io.meshgov.policy.RuleFile> relativeNames(RulePack pack, String folderName) {
        String root = pack.root();
        return pack.files().stream().map(ruleFile -> new io.meshgov.policy.RuleFile(
                ruleFile.name().startsWith(root) ? folderName + ruleFile.name().substring(root.length()) : ruleFile.name(),
                ruleFile.text())).toList();
    }

    private ConventionsOverlay conventions(Section layer) {
        Node node = layer.node("conventions");
        if (node == null || node instanceof Node.Scalar scalar && scalar.type() == Node.ScalarType.NULL) {
            return ConventionsOverlay.none();
        }
        if (node instanceof Node.Scalar scalar) {
            Path conventionsFile = folder.resolve(scalar.text());
            if (!Files.isRegularFile(conventionsFile)) {
                layer.invalid("conventions", "no such file " + scalar.text() + "; name a conventions file beside the "
                        + "policy, or write the conventions here as an object");
                return ConventionsOverlay.none();
            }
            node = parse(conventionsFile, "an object of conventions");
            if (node == null) {
                return ConventionsOverlay.none();
            }
        }
        try {
            ConventionSettings values = ConventionsReader.read(node, node.location().source(),
                    ConventionSettings.defaults());
            return ConventionsOverlay.of(values, ((Node.Mapping) node).members().keySet());
        } catch (ConfigurationException e) {
            e.problems().forEach(context::problem);
            return ConventionsOverlay.none();
        }
    }

    private RuleOverride override(Section override) {
        String rule = rule(override);
        Scope where = scope(override.section("where"), true);
        boolean disabled = override.flag("disabled");
        Severity severity = null;
        String severityText = override.text("severity");
        if (severityText != null) {
            try {
                severity = Severity.valueOf(severityText);
            } catch (IllegalArgumentException e) {
                List<String> names = Arrays.stream(Severity.values()).map(Enum::name).toList();
                override.invalid("severity", "expected one of " + names + " but was \"" + severityText + "\""
                        + ClosestName.hint(severityText, names));
            }
        }
        Section.unknownKeys(override, OVERRIDE_KEYS);
        if (!disabled && severityText == null) {
            override.invalid("", "an override changes something: add \"disabled: true\" or \"severity: WARNING\"");
            return null;
        }
        if (disabled && severityText != null) {
            override.invalid("severity", "a disabled rule has no severity; drop \"severity\" or \"disabled\"");
        }
        return rule == null || severityText != null && severity == null ? null
                : new RuleOverride(rule, where, disabled, severity, override.location());
    }

    private EnforcementStage stage(Section stage) {
        String rule = rule(stage);
        Enforcement level = level(stage, "level", true);
        LocalDate until = date(stage, "until", false);
        Enforcement then = level(stage, "then", false);
        Section.unknownKeys(stage, STAGE_KEYS);
        if (stage.has("until") != stage.has("then")) {
            stage.invalid(stage.has("until") ? "until" : "then", "a staged roll-out needs both: \"until: 2027-01-01\" "
                    + "(the first day of the second stage) and \"then: hard-mandatory\" (its level)");
            return null;
        }
        return rule == null || level == null || stage.has("until") && (until == null || then == null) ? null
                : new EnforcementStage(rule, level, until, then, stage.location());
    }

    private Waiver waiver(Section waiver, String layer) {
        String id = required(waiver, "id", "give the waiver a reference, e.g. \"id: WVR-2026-014\"");
        String rule = rule(waiver);
        Scope where = scope(waiver.section("where"), true);
        String justification = required(waiver, "justification",
                "say why the exception is acceptable for now, e.g. \"justification: legacy ids are migrated in Q1\"");
        String owner = required(waiver, "owner", "name who removes the cause, e.g. \"owner: payments-data-team\"");
        String approver = required(waiver, "approver", "name who accepted it, e.g. \"approver: governance-council\"");
        LocalDate expires = date(waiver, "expires", true);
        Section.unknownKeys(waiver, WAIVER_KEYS);
        if (id == null || rule == null || justification == null || owner == null || approver == null || expires == null) {
            return null;
        }
        if (rule.contains("*") || rule.contains("?")) {
            waiver.invalid("rule", "a waiver lifts one rule; name its id exactly instead of \"" + rule + "\"");
            return null;
        }
        return new Waiver(id, rule, where, justification, owner, approver, expires, layer, waiver.location());
    }

    private static String rule(Section section) {
        return required(section, "rule", "name the rule by its id, e.g. \"rule: META-001\"");
    }

    private static String required(Section section, String key, String howToFix) {
        String value = section.text(key);
        if (value == null || value.isBlank()) {
            section.missing(key, howToFix);
            return null;
        }
        return value;
    }

    private static Enforcement level(Section section, String key, boolean required) {
        String text = section.text(key);
        if (text == null) {
            if (required) {
                section.missing(key, "say how strictly the rule is enforced: " + LEVELS);
            }
            return null;
        }
        Enforcement level = Enforcement.ofLabel(text).orElse(null);
        if (level == null) {
            List<String> labels = Arrays.stream(Enforcement.values()).map(Enforcement::label).toList();
            section.invalid(key, "expected " + LEVELS + " but was \"" + text + "\"" + ClosestName.hint(text, labels));
        }
        return level;
    }

    private static LocalDate date(Section section, String key, boolean required) {
        String text = section.text(key);
        if (text == null) {
            if (required) {
                section.missing(key, "every waiver expires; give its last day, e.g. \"" + key + ": 2027-01-31\"");
            }
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            section.invalid(key, "expected a date as YYYY-MM-DD, e.g. 2027-01-31, but was \"" + text + "\"");
            return null;
        }
    }

    private static List<String> textOrTexts(Section section, String key) {
        Node node = section.node(key);
        if (node instanceof Node.Scalar scalar && scalar.type() != Node.ScalarType.NULL) {
            return List.of(scalar.text());
        }
        return section.texts(key);
    }

    private Baseline baseline(Section policy, String name) {
        Path baselineFile = folder.resolve(name);
        if (!Files.isRegularFile(baselineFile)) {
            policy.invalid("baseline", "no such file " + name + "; record one with 'meshgov baseline --policy "
                    + file.getFileName() + " --output " + name + " PATH...'");
            return null;
        }
        try {
            return BaselineFile.read(baselineFile);
        } catch (ConfigurationException e) {
            e.problems().forEach(context::problem);
            return null;
        }
    }

    /** Layers after the layers they extend (a stable topological order); unknown parents and cycles are problems. */
    private List<PolicyLayer> ordered(List<PolicyLayer> layers) {
        Map<String, PolicyLayer> byName = new LinkedHashMap<>();
        for (PolicyLayer layer : layers) {
            if (byName.putIfAbsent(layer.name(), layer) != null && !layer.name().isEmpty()) {
                context.problem(layer.location(), "layers", "a second layer named \"" + layer.name()
                        + "\"; layer names are unique");
            }
        }
        for (PolicyLayer layer : layers) {
            for (String parent : layer.extendsFrom()) {
                if (!byName.containsKey(parent)) {
                    context.problem(layer.location(), "extends", "layer \"" + layer.name() + "\" extends \"" + parent
                            + "\", which is not a layer of this policy" + ClosestName.hint(parent, byName.keySet()));
                }
            }
        }
        List<PolicyLayer> ordered = new ArrayList<>();
        Map<String, Integer> state = new HashMap<>();
        for (PolicyLayer layer : byName.values()) {
            visit(layer, byName, state, ordered, new ArrayList<>());
        }
        return ordered;
    }

    private void visit(PolicyLayer layer, Map<String, PolicyLayer> byName, Map<String, Integer> state,
                       List<PolicyLayer> ordered, List<String> chain) {
        Integer seen = state.get(layer.name());
        if (seen != null && seen == 2) {
            return;
        }
        chain.add(layer.name());
        if (seen != null) {
            context.problem(layer.location(), "extends", "layers extend each other in a cycle: "
                    + String.join(" -> ", chain.subList(chain.indexOf(layer.name()), chain.size()))
                    + "; a layer may only extend layers above it");
            chain.remove(chain.size() - 1);
            return;
        }
        state.put(layer.name(), 1);
        for (String parent : layer.extendsFrom()) {
            PolicyLayer parentLayer = byName.get(parent);
            if (parentLayer != null) {
                visit(parentLayer, byName, state, ordered, chain);
            }
        }
        state.put(layer.name(), 2);
        chain.remove(chain.size() - 1);
        ordered.add(layer);
    }

    private void checkUnique(List<PolicyLayer> layers) {
        Map<String, PolicyLayer> packs = new HashMap<>();
        Map<String, Waiver> waivers = new HashMap<>();
        for (PolicyLayer layer : layers) {
            for (RulePack pack : layer.packs()) {
                PolicyLayer other = packs.putIfAbsent(pack.name(), layer);
                if (other != null) {
                    context.problem(layer.location(), "packs", "pack \"" + pack.name() + "\" is already in layer \""
                            + other.name() + "\"; a pack belongs to one layer (give a folder pack another \"name\")");
                }
            }
            for (Waiver waiver : layer.waivers()) {
                Waiver other = waivers.putIfAbsent(waiver.id(), waiver);
                if (other != null) {
                    context.problem(waiver.location(), "id", "waiver id \"" + waiver.id() + "\" is already used at "
                            + other.location() + "; waiver ids are unique");
                }
            }
        }
    }

    private Node.Mapping parse(Path path, String expected) {
        try (InputStream in = Files.newInputStream(path)) {
            Node root = DocumentParser.parse(in, path.toString(), DescriptorFormat.YAML);
            if (root instanceof Node.Mapping mapping) {
                return mapping;
            }
            throw new ConfigurationException(List.of(Problem.error(Code.CONTENT, root.location(), "",
                    "expected " + expected + " but was " + root.describe())));
        } catch (IOException e) {
            throw new ConfigurationException(List.of(Problem.error(Code.FILE, new SourceLocation(path.toString(), 0, 0), "",
                    "cannot be read: " + e.getMessage())));
        } catch (DescriptorException e) {
            throw new ConfigurationException(e.problems());
        }
    }
}
