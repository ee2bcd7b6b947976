package io.meshgov.rules;

import static io.meshgov.rules.ContractTrees.sla;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.meshgov.decision.Decision;
import io.meshgov.decision.Finding;
import io.meshgov.decision.Fix;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.read.DescriptorFormat;
import io.meshgov.read.DescriptorReader;
import io.meshgov.read.ReadLimits;
import io.meshgov.read.TextFixes;
import io.meshgov.testkit.PolicyCases;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The standard pack's fixes on generated contracts, written in varied styles with comments: fixing removes the
 * findings it aims at, adds no warning or error, keeps every comment line in order, changes the document only at the
 * fields it names, and reaches a point where nothing more changes.
 */
class FixProperties {

    private static GovernanceEngine engine;

    @BeforeContainer
    static void useTheStandardPack() {
        engine = StandardPackCasesTest.RUNNER.engineFor(PolicyCases.DEFAULT_DATE, null);
    }

    /** A fixable way to break a contract and the rule whose fix mends it. */
    record Breakage(String rule, Consumer<Map<String, Object>> apply) {
        @Override
        public String toString() {
            return rule;
        }
    }

    private static final List<Breakage> FIXABLE = List.of(
            new Breakage("META-011", c -> c.put("version", "1.2")),
            new Breakage("QUAL-001", c -> {
                sla(c, "latency").put("value", "4h");
                sla(c, "latency").remove("unit");
            }),
            new Breakage("SENS-002", c -> properties(c).add(personal("customer_email", "internal"))),
            new Breakage("META-003", c -> properties(c).add(personal("phone_number", null))),
            new Breakage("SENS-004", c -> c.put("customProperties", List.of(Map.of("property", "dataClassification",
                    "value", "internal")))));

    /** How the file is written. */
    enum Style { BLOCK_QUOTED, BLOCK_PLAIN, FLOW, JSON }

    @Provide
    Arbitrary<List<Breakage>> breakages() {
        return Arbitraries.of(FIXABLE).list().ofMinSize(1).ofMaxSize(FIXABLE.size()).uniqueElements(Breakage::rule);
    }

    @Provide
    Arbitrary<Map<String, Object>> contracts() {
        return StandardPackProperties.compliant();
    }

    @Property(tries = 80)
    void fixing_removesItsFindings_addsNone_keepsComments_andSettles(
            @ForAll("contracts") Map<String, Object> compliant, @ForAll("breakages") List<Breakage> breakages,
            @ForAll Style style, @ForAll long seed) throws Exception {
        Map<String, Object> contract = StandardPackProperties.copy(compliant);
        breakages.forEach(breakage -> breakage.apply().accept(contract));
        DescriptorFormat format = style == Style.JSON ? DescriptorFormat.JSON : DescriptorFormat.YAML;
        String source = style == Style.JSON ? "generated.odcs.json" : "generated.odcs.yaml";
        String text = written(contract, style, new Random(seed));
        Decision before = judge(text, source, format);

        String fixed = text;
        List<Fix> applied = new ArrayList<>();
        int rounds = 0;
        for (Decision last = before; ; last = judge(fixed, source, format)) {
            List<Fix> fixes = List.copyOf(new LinkedHashSet<>(last.findings().stream().filter(Finding::hasFix)
                    .map(Finding::fix).toList()));
            TextFixes.Result result = TextFixes.apply(fixed, source, format, fixes, ReadLimits.defaults());
            if (!result.changed()) {
                break;
            }
            applied.addAll(result.applied());
            fixed = result.text();
            assertTrue(++rounds <= 3, "settles within three rounds: " + applied);
        }
        Decision after = judge(fixed, source, format);
        assertTrue(applied.size() >= breakages.size(), "a fix for each breakage: " + applied);

        Set<String> placesBefore = places(before);
        Set<String> added = new TreeSet<>(places(after));
        added.removeAll(placesBefore);
        assertEquals(Set.of(), added, "no new warning or error\n" + fixed);
        for (Breakage breakage : breakages) {
            assertTrue(after.findings().stream().noneMatch(finding -> finding.ruleId().equals(breakage.rule())),
                    breakage.rule() + " fixed:\n" + fixed + "\n" + after.findings());
        }
        assertEquals(comments(text), comments(fixed), "every comment kept, in order");
        Set<String> fields = new TreeSet<>();
        applied.forEach(fix -> fix.edits().forEach(edit -> fields.add(lastField(edit.path()))));
        Set<String> changed = new TreeSet<>();
        differences(tree(text, format), tree(fixed, format), "", changed);
        assertTrue(fields.containsAll(changed), "changed only " + fields + " but changed " + changed);
    }

    private static Decision judge(String text, String source, DescriptorFormat format) {
        return engine.evaluate(DescriptorReader.read(text, source, format));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> properties(Map<String, Object> contract) {
        return (List<Object>) ((Map<String, Object>) ((List<Object>) contract.get("schema")).get(0)).get("properties");
    }

    private static Map<String, Object> personal(String name, String classification) {
        Map<String, Object> property = new LinkedHashMap<>();
        property.put("name", name);
        property.put("logicalType", "string");
        property.put("physicalType", "varchar(64)");
        property.put("description", "How to reach the customer.");
        if (classification != null) {
            property.put("classification", classification);
        }
        return property;
    }

    /** The contract as text in {@code style}, with comment lines between block lines for YAML. */
    private static String written(Map<String, Object> contract, Style style, Random random) throws Exception {
        if (style == Style.JSON || style == Style.FLOW) {
            String json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(contract);
            return style == Style.FLOW ? "# a contract in flow style\n" + json : json;
        }
        YAMLFactory factory = YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .configure(YAMLGenerator.Feature.MINIMIZE_QUOTES, style == Style.BLOCK_PLAIN).build();
        String yaml = new ObjectMapper(factory).writeValueAsString(contract);
        StringBuilder out = new StringBuilder();
        for (String line : yaml.split("\n")) {
            if (random.nextInt(4) == 0) {
                out.append(" ".repeat(random.nextInt(6))).append("# note ").append(random.nextInt(1000)).append('\n');
            }
            if (random.nextInt(8) == 0) {
                out.append('\n');
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static List<String> comments(String text) {
        return text.lines().filter(line -> line.strip().startsWith("#")).toList();
    }

    private static Set<String> places(Decision decision) {
        Set<String> places = new TreeSet<>();
        decision.findings().stream().filter(finding -> !finding.isInformational())
                .forEach(finding -> places.add(finding.ruleId() + " " + finding.path()));
        return places;
    }

    private static String lastField(String path) {
        String parent = io.meshgov.model.ElementPaths.parent(path);
        return parent.isEmpty() ? path : path.substring(parent.length() + 1);
    }

    private static Object tree(String text, DescriptorFormat format) throws Exception {
        return new ObjectMapper(format == DescriptorFormat.JSON ? new com.fasterxml.jackson.core.JsonFactory()
                : new YAMLFactory()).readValue(text, Object.class);
    }

    /** The keys under which two trees differ (a key added or removed, or a different value). */
    private static void differences(Object a, Object b, String key, Set<String> out) {
        if (a instanceof Map<?, ?> left && b instanceof Map<?, ?> right) {
            Set<Object> keys = new LinkedHashSet<>(left.keySet());
            keys.addAll(right.keySet());
            for (Object each : keys) {
                differences(left.get(each), right.get(each), String.valueOf(each), out);
            }
        } else if (a instanceof List<?> left && b instanceof List<?> right && left.size() == right.size()) {
            for (int i = 0; i < left.size(); i++) {
                differences(left.get(i), right.get(i), key, out);
            }
        } else if (a == null ? b != null : !String.valueOf(a).equals(String.valueOf(b))) {
            out.add(key);
        }
    }
}
