package io.meshgov.internal.engine;

import io.meshgov.Problem.Code;
import io.meshgov.Problem;
import io.meshgov.SourceLocation;
import io.meshgov.decision.Severity;
import io.meshgov.policy.RuleDescription;
import io.meshgov.policy.RulePack;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.drools.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a rule pack compiled at build time (see {@link PackPrecompiler}): compiling the standard pack at run time
 * takes seconds, loading its executable model a few hundred milliseconds. The index records the fingerprint of the
 * DRL it was compiled from and the pack's {@link RuleCatalog}, so that loading parses no DRL at all; a pack whose
 * files differ, or whose index cannot be used, is compiled as usual.
 */
final class PrecompiledPacks {

    static final String FINGERPRINT = "fingerprint";
    static final String MODELS = "models";
    private static final String RULES = "rules";
    private static final String WARNINGS = "warnings";
    private static final String DECLARES_FINDINGS = "declaresFindings";
    private static final Logger LOG = LoggerFactory.getLogger(PrecompiledPacks.class);

    private PrecompiledPacks() {
    }

    /** The pack as compiled when it was built, or {@code null} when it must be compiled now. */
    static CompiledPack load(RulePack pack, ClassLoader classLoader) {
        if (pack.precompiled().isEmpty()) {
            return null;
        }
        Properties index = new Properties();
        try (InputStream in = classLoader.getResourceAsStream(pack.precompiled())) {
            if (in == null) {
                return null;
            }
            index.load(in);
        } catch (IOException e) {
            LOG.warn("{}: cannot be read, compiling the pack instead: {}", pack.precompiled(), e.getMessage());
            return null;
        }
        if (!RuleSetCompiler.packFingerprint(pack).equals(index.getProperty(FINGERPRINT))
                || index.getProperty(RULES) == null) {
            LOG.info("{}: compiled from other rule files, compiling the pack instead", pack.precompiled());
            return null;
        }
        try {
            List<Model> models = PackClasses.instantiate(modelNames(index), classLoader);
            return models.isEmpty() ? null : new CompiledPack(pack, models, readCatalog(index, pack.name()), false);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            LOG.warn("{}: cannot be loaded, compiling the pack instead: {}", pack.precompiled(), e.toString());
            return null;
        }
    }

    /** The model classes an index names. */
    static List<String> modelNames(Properties index) {
        List<String> names = new ArrayList<>();
        for (String name : index.getProperty(MODELS, "").split(",")) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names;
    }

    /**
     * The index's text: fingerprint, model classes and catalog, one escaped property a line in a fixed order (no
     * timestamp, unlike {@link Properties#store}), so that builds stay reproducible.
     */
    static String index(String packName, String fingerprint, List<String> models, RuleCatalog catalog) {
        StringBuilder text = new StringBuilder("# The rules of pack '" + packName
                + "', compiled at build time by meshgov's PackPrecompiler.\n");
        line(text, FINGERPRINT, fingerprint);
        line(text, MODELS, String.join(",", models));
        line(text, DECLARES_FINDINGS, String.valueOf(catalog.declaresFindings()));
        Map<String, RuleDescription> byKey = new LinkedHashMap<>();
        catalog.rulesByName().forEach(byKey::put);
        List<String> keys = new ArrayList<>(catalog.packByRule().keySet());
        line(text, RULES, String.valueOf(keys.size()));
        for (int i = 0; i < keys.size(); i++) {
            String prefix = "rule." + i + ".";
            line(text, prefix + "key", keys.get(i));
            RuleDescription rule = byKey.get(keys.get(i));
            if (rule != null) {
                line(text, prefix + "id", rule.id());
                line(text, prefix + "severity", rule.severity().name());
                line(text, prefix + "title", rule.title());
                line(text, prefix + "rationale", rule.rationale());
                line(text, prefix + "remediation", rule.remediation());
                line(text, prefix + "documentation", rule.documentation());
                line(text, prefix + "fix", rule.fix());
                location(text, prefix, rule.location());
            }
        }
        line(text, WARNINGS, String.valueOf(catalog.warnings().size()));
        for (int i = 0; i < catalog.warnings().size(); i++) {
            Problem warning = catalog.warnings().get(i);
            location(text, "warning." + i + ".", warning.location());
            line(text, "warning." + i + ".message", warning.message());
        }
        return text.toString();
    }

    static RuleCatalog readCatalog(Properties index, String packName) {
        List<RuleDescription> rules = new ArrayList<>();
        Map<String, RuleDescription> rulesByName = new LinkedHashMap<>();
        Map<String, String> packByRule = new LinkedHashMap<>();
        int count = Integer.parseInt(index.getProperty(RULES));
        for (int i = 0; i < count; i++) {
            String prefix = "rule." + i + ".";
            String key = index.getProperty(prefix + "key");
            packByRule.put(key, packName);
            String id = index.getProperty(prefix + "id");
            if (id != null) {
                RuleDescription rule = new RuleDescription(id, Severity.valueOf(index.getProperty(prefix + "severity")),
                        index.getProperty(prefix + "title"), index.getProperty(prefix + "rationale"),
                        index.getProperty(prefix + "remediation"), index.getProperty(prefix + "documentation"),
                        packName, location(index, prefix), index.getProperty(prefix + "fix", ""));
                rules.add(rule);
                rulesByName.put(key, rule);
            }
        }
        List<Problem> warnings = new ArrayList<>();
        int warningCount = Integer.parseInt(index.getProperty(WARNINGS, "0"));
        for (int i = 0; i < warningCount; i++) {
            warnings.add(Problem.warning(Code.RULE_PACK, location(index, "warning." + i + "."), "",
                    index.getProperty("warning." + i + ".message")));
        }
        return new RuleCatalog(rules, rulesByName, packByRule,
                Boolean.parseBoolean(index.getProperty(DECLARES_FINDINGS)), warnings);
    }

    private static void location(StringBuilder text, String prefix, SourceLocation location) {
        line(text, prefix + "source", location.source());
        line(text, prefix + "line", String.valueOf(location.line()));
        line(text, prefix + "column", String.valueOf(location.column()));
    }

    private static SourceLocation location(Properties index, String prefix) {
        return new SourceLocation(index.getProperty(prefix + "source"),
                Integer.parseInt(index.getProperty(prefix + "line")), Integer.parseInt(index.getProperty(prefix + "column")));
    }

    /** One property, escaped as {@link Properties} escapes it (newlines, separators, non-ASCII). */
    private static void line(StringBuilder text, String key, String value) {
        Properties one = new Properties();
        one.setProperty(key, value);
        StringWriter out = new StringWriter();
        try {
            one.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // store() writes a "#date" line, then the entry.
        text.append(out.toString().lines().filter(entry -> !entry.startsWith("#")).findFirst().orElseThrow()).append('\n');
    }
}
