package io.meshgov.batch;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.meshgov.conventions.Conventions;
import io.meshgov.mesh.Catalog;
import io.meshgov.mesh.CatalogEntry;
import io.meshgov.decision.Decision;
import io.meshgov.decision.Finding;
import io.meshgov.decision.Outcome;
import io.meshgov.policy.RuleDescription;
import io.meshgov.policy.WaiverStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * How a mesh stands, from a batch's decisions: overall and per domain, the outcomes, the share of descriptors with
 * complete metadata (no finding of a completeness rule), findings by severity, pack and area, the rules most often
 * broken, the waivers in force and how they stand, the worst descriptors, and each domain's movement since earlier
 * scorecards. The figures behind {@code meshgov report}'s page, for a catalog service to render its own; written and
 * read as JSON ({@link #toJson}, {@link #fromJson}; {@code schemaVersion} {@value #SCHEMA_VERSION}).
 *
 * @param schemaVersion  the JSON's version; fields are only ever added within a major version
 * @param asOf           the day the decisions were made as of
 * @param overall        every descriptor together
 * @param domains        each domain, by name; descriptors without one are counted under {@value #NO_DOMAIN}
 * @param topRules       the rules most often broken, most first (at most {@value #TOP_RULES})
 * @param waivers        every waiver of the policy and how it stands
 * @param worst          the descriptors with the most blocking findings (at most {@value #WORST})
 * @param descriptors    every descriptor's outcome and findings' fingerprints: what a later scorecard compares with
 * @param trend          each domain's movement since the earliest previous scorecard given; empty without one
 * @param mesh           the mesh the descriptors were judged in: which domains consume which, and the contracts at
 *                       risk; empty when judged without a catalog (and in scorecards of schema 1.0)
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Scorecard(String schemaVersion, String asOf, Totals overall, List<DomainScore> domains,
                        List<RuleCount> topRules, List<WaiverLine> waivers, List<WorstDescriptor> worst,
                        List<DescriptorLine> descriptors, List<Movement> trend, Mesh mesh) {

    public static final String SCHEMA_VERSION = "1.1";

    public Scorecard {
        mesh = mesh == null ? Mesh.NONE : mesh;
    }

    /**
     * The mesh as a graph between domains.
     *
     * @param dependencies each pair of domains where products of one consume contracts of the other, most first
     * @param atRisk       contracts deprecated or retired that products still consume, soonest retirement first
     */
    public record Mesh(List<Dependency> dependencies, List<ContractAtRisk> atRisk) {
        static final Mesh NONE = new Mesh(List.of(), List.of());

        public Mesh {
            dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
            atRisk = atRisk == null ? List.of() : List.copyOf(atRisk);
        }
    }

    /**
     * Products of {@code consumer} consume contracts of {@code producer}.
     *
     * @param products  how many products of the consumer domain consume the producer's contracts
     * @param contracts how many contracts of the producer domain they consume
     */
    public record Dependency(String consumer, String producer, int products, int contracts) {
    }

    /** A contract that will stop being served, and the products that still consume it. */
    public record ContractAtRisk(String contract, String domain, String status, String retirementDate,
                                 String replacement, String source, List<String> consumers) {
    }
    /** The domain descriptors that name none are counted under. */
    public static final String NO_DOMAIN = "(no domain)";
    static final int TOP_RULES = 10;
    static final int WORST = 10;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** One descriptor's decision, and the domain it belongs to. */
    public record Judged(String domain, Decision decision) {
    }

    /**
     * The counts of a set of descriptors.
     *
     * @param completeMetadataPercent the share, 0–100 with one decimal, with no finding of a completeness rule
     */
    public record Totals(int descriptors, int approved, int approvedWithWarnings, int rejected,
                         double completeMetadataPercent, Map<String, Integer> findingsBySeverity,
                         Map<String, Integer> findingsByPack, Map<String, Integer> findingsByArea, int waived,
                         int baselined) {
    }

    /** A domain's counts. */
    public record DomainScore(String domain, Totals totals) {
    }

    /** A rule and how often it was broken: its findings, and in how many descriptors. */
    public record RuleCount(String ruleId, String title, String pack, String area, int findings, int descriptors,
                            String remediation, String documentation) {
    }

    /** A waiver of the policy, and how it stands over the batch. */
    public record WaiverLine(String id, String rule, String layer, String owner, String approver, String expires,
                             String state, int matches) {
    }

    /** A descriptor with blocking findings, with each finding and how to fix it. */
    public record WorstDescriptor(String source, String domain, String outcome, int blocking,
                                  List<FindingLine> findings) {
    }

    /**
     * One finding, located.
     *
     * @param advisory for an error that does not block because its rule is advisory, the policy's word on it — which
     *                 layer made it advisory and until when ({@code "advisory by layer council (until 2027-03-01...)"});
     *                 {@code null} otherwise
     */
    public record FindingLine(String ruleId, String severity, boolean blocks, String message, String remediation,
                              String file, int line, String advisory) {
    }

    /**
     * A descriptor's outcome and its findings' fingerprints.
     *
     * @param id the descriptor's id, by which a later scorecard finds it again wherever its file moved; {@code null}
     *           in scorecards of schema 1.0, which are compared by file
     */
    public record DescriptorLine(String source, String domain, String outcome, List<String> findings, String id) {
    }

    /**
     * A domain's movement since an earlier scorecard.
     *
     * @param verdict        {@code better}, {@code worse}, {@code same}, {@code new}, or {@code gone} for a domain with no
 *                       descriptor any more
     * @param newRejections  descriptors rejected now that were not then
     * @param fixedFindings  findings then that are gone now
     */
    public record Movement(String domain, String verdict, int rejectedThen, int rejectedNow, int findingsThen,
                           int findingsNow, List<String> newRejections, int fixedFindings) {
    }

    /**
     * The scorecard of judged descriptors. {@code rules} are the rules in force (their pack, area — the folder of
     * their file under the pack, such as {@code completeness} — title and remediation); {@code previous}, earlier
     * scorecards, oldest first.
     */
    public static Scorecard of(List<Judged> judged, List<WaiverStatus> waivers, List<RuleDescription> rules,
                               String asOf, List<Scorecard> previous) {
        return of(judged, waivers, rules, asOf, previous, Catalog.empty(), Conventions.defaults());
    }

    /**
     * As {@link #of(List, List, List, String, List)}, with the mesh the descriptors were judged in: which domains
     * consume which, and the contracts at risk (deprecated or retired, by {@code conventions}, with consumers).
     */
    public static Scorecard of(List<Judged> judged, List<WaiverStatus> waivers, List<RuleDescription> rules,
                               String asOf, List<Scorecard> previous, Catalog catalog, Conventions conventions) {
        Map<String, RuleDescription> byId = new LinkedHashMap<>();
        rules.forEach(rule -> byId.putIfAbsent(rule.id(), rule));
        Map<String, List<Judged>> byDomain = new TreeMap<>();
        for (Judged one : judged) {
            byDomain.computeIfAbsent(domainOf(one), key -> new ArrayList<>()).add(one);
        }
        List<DomainScore> domains = new ArrayList<>();
        byDomain.forEach((domain, members) -> domains.add(new DomainScore(domain, totals(members, byId))));
        List<DescriptorLine> lines = judged.stream().map(one -> new DescriptorLine(one.decision().source(), domainOf(one),
                one.decision().outcome().name(), one.decision().findings().stream()
                .map(finding -> finding.ruleId() + " " + finding.provenance().fingerprint()).sorted().toList(),
                one.decision().descriptorId())).toList();
        return new Scorecard(SCHEMA_VERSION, asOf, totals(judged, byId), domains, topRules(judged, byId),
                waivers.stream().map(status -> new WaiverLine(status.waiver().id(), status.waiver().rule(),
                        status.waiver().layer(), status.waiver().owner(), status.waiver().approver(),
                        String.valueOf(status.waiver().expires()), status.state().name(), status.matches())).toList(),
                worst(judged), lines, previous.isEmpty() ? List.of() : trend(previous.get(0), domains, lines),
                mesh(catalog, conventions));
    }

    private static Mesh mesh(Catalog catalog, Conventions conventions) {
        Map<List<String>, java.util.Set<String>> products = new TreeMap<>(java.util.Comparator
                .comparing((List<String> pair) -> pair.get(0)).thenComparing(pair -> pair.get(1)));
        Map<List<String>, java.util.Set<String>> contracts = new java.util.HashMap<>();
        List<ContractAtRisk> atRisk = new ArrayList<>();
        for (CatalogEntry entry : catalog.entries()) {
            if (!entry.isContract()) {
                continue;
            }
            List<CatalogEntry> consumers = catalog.consumersOf(entry.id());
            if (consumers.isEmpty() || !entry.equals(catalog.contract(entry.id()))) {
                continue;
            }
            for (CatalogEntry product : consumers) {
                List<String> pair = List.of(domainOf(product.domain()), domainOf(entry.domain()));
                products.computeIfAbsent(pair, key -> new java.util.TreeSet<>()).add(product.source());
                contracts.computeIfAbsent(pair, key -> new java.util.TreeSet<>()).add(entry.source());
            }
            if (conventions.meansDeprecated(entry.status()) || conventions.meansRetired(entry.status())) {
                atRisk.add(new ContractAtRisk(entry.id(), domainOf(entry.domain()), entry.status(),
                        entry.retirementDate(), entry.replacement(), entry.source(),
                        consumers.stream().map(CatalogEntry::label).sorted().toList()));
            }
        }
        List<Dependency> dependencies = new ArrayList<>();
        products.forEach((pair, users) -> dependencies.add(new Dependency(pair.get(0), pair.get(1), users.size(),
                contracts.get(pair).size())));
        dependencies.sort(java.util.Comparator.comparingInt(Dependency::products).reversed());
        atRisk.sort(java.util.Comparator.comparing((ContractAtRisk risk) -> risk.retirementDate() == null ? "~"
                : risk.retirementDate()).thenComparing(ContractAtRisk::contract));
        return new Mesh(dependencies, atRisk);
    }

    private static String domainOf(String domain) {
        return domain == null || domain.isBlank() ? NO_DOMAIN : domain;
    }

    /** The area of a rule: the folder of its file under its pack ({@code completeness}); {@code engine} for none. */
    public static String areaOf(RuleDescription rule) {
        if (rule == null) {
            return "engine";
        }
        String source = rule.location().source();
        int slash = source.lastIndexOf('/');
        if (slash <= 0) {
            return rule.pack();
        }
        String folder = source.substring(0, slash);
        return folder.substring(folder.lastIndexOf('/') + 1);
    }

    private static String domainOf(Judged one) {
        return one.domain() == null || one.domain().isBlank() ? NO_DOMAIN : one.domain();
    }

    private static Totals totals(List<Judged> judged, Map<String, RuleDescription> byId) {
        int approved = 0;
        int warnings = 0;
        int rejected = 0;
        int complete = 0;
        int waived = 0;
        int baselined = 0;
        Map<String, Integer> bySeverity = new TreeMap<>();
        Map<String, Integer> byPack = new TreeMap<>();
        Map<String, Integer> byArea = new TreeMap<>();
        for (Judged one : judged) {
            Decision decision = one.decision();
            switch (decision.outcome()) {
                case APPROVED -> approved++;
                case APPROVED_WITH_WARNINGS -> warnings++;
                case REJECTED -> rejected++;
            }
            boolean incomplete = false;
            for (Finding finding : decision.findings()) {
                RuleDescription rule = byId.get(finding.ruleId());
                String area = areaOf(rule);
                incomplete |= area.equals("completeness");
                bySeverity.merge(finding.severity().name(), 1, Integer::sum);
                byPack.merge(rule == null ? "engine" : rule.pack(), 1, Integer::sum);
                byArea.merge(area, 1, Integer::sum);
                waived += finding.provenance().isWaived() ? 1 : 0;
                baselined += finding.provenance().baselined() ? 1 : 0;
            }
            complete += incomplete ? 0 : 1;
        }
        double percent = judged.isEmpty() ? 100.0 : Math.round(1000.0 * complete / judged.size()) / 10.0;
        return new Totals(judged.size(), approved, warnings, rejected, percent, bySeverity, byPack, byArea, waived,
                baselined);
    }

    private static List<RuleCount> topRules(List<Judged> judged, Map<String, RuleDescription> byId) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Judged one : judged) {
            Set<String> seen = new HashSet<>();
            for (Finding finding : one.decision().findings()) {
                if (finding.isInformational()) {
                    continue;
                }
                int[] count = counts.computeIfAbsent(finding.ruleId(), key -> new int[2]);
                count[0]++;
                if (seen.add(finding.ruleId())) {
                    count[1]++;
                }
            }
        }
        return counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, int[]>>comparingInt(entry -> -entry.getValue()[0])
                        .thenComparing(Map.Entry::getKey))
                .limit(TOP_RULES)
                .map(entry -> {
                    RuleDescription rule = byId.get(entry.getKey());
                    return new RuleCount(entry.getKey(), rule == null ? entry.getKey() : rule.title(),
                            rule == null ? "engine" : rule.pack(), areaOf(rule), entry.getValue()[0], entry.getValue()[1],
                            rule == null ? "" : rule.remediation(), rule == null ? "" : rule.documentation());
                }).toList();
    }

    private static List<WorstDescriptor> worst(List<Judged> judged) {
        return judged.stream()
                .filter(one -> !one.decision().blocking().isEmpty())
                .sorted(Comparator.<Judged>comparingInt(one -> -one.decision().blocking().size())
                        .thenComparingInt(one -> -one.decision().findings().size())
                        .thenComparing(one -> one.decision().source()))
                .limit(WORST)
                .map(one -> new WorstDescriptor(one.decision().source(), domainOf(one), one.decision().outcome().name(),
                        one.decision().blocking().size(), one.decision().findings().stream()
                        .filter(finding -> !finding.isInformational())
                        .map(finding -> new FindingLine(finding.ruleId(), finding.severity().name(), finding.blocks(),
                                finding.message(), finding.remediation(), finding.location() == null
                                ? one.decision().source() : finding.location().source(),
                                finding.location() == null ? 0 : finding.location().line(), advisory(finding)))
                        .toList()))
                .toList();
    }

    private static List<Movement> trend(Scorecard then, List<DomainScore> domains, List<DescriptorLine> now) {
        Map<String, DomainScore> before = new LinkedHashMap<>();
        then.domains().forEach(score -> before.put(score.domain(), score));
        // A descriptor is found again by its id wherever its file moved (by its file in scorecards of schema 1.0).
        boolean byId = then.descriptors().stream().allMatch(line -> line.id() != null && !line.id().isBlank());
        Map<String, DescriptorLine> descriptorsThen = new LinkedHashMap<>();
        then.descriptors().forEach(line -> descriptorsThen.put(key(line, byId), line));
        List<Movement> movements = new ArrayList<>();
        for (DomainScore score : domains) {
            DomainScore earlier = before.get(score.domain());
            List<DescriptorLine> mine = now.stream().filter(line -> line.domain().equals(score.domain())).toList();
            List<String> newRejections = mine.stream()
                    .filter(line -> line.outcome().equals(Outcome.REJECTED.name()))
                    .filter(line -> descriptorsThen.get(key(line, byId)) == null
                            || !descriptorsThen.get(key(line, byId)).outcome().equals(Outcome.REJECTED.name()))
                    .map(DescriptorLine::source).toList();
            Set<String> findingsNow = new HashSet<>();
            mine.forEach(line -> findingsNow.addAll(line.findings()));
            int fixed = 0;
            for (DescriptorLine line : then.descriptors()) {
                if (line.domain().equals(score.domain())) {
                    fixed += (int) line.findings().stream().filter(finding -> !findingsNow.contains(finding)).count();
                }
            }
            int findingsThen = earlier == null ? 0 : findingCount(earlier.totals());
            int findingsCount = findingCount(score.totals());
            int rejectedThen = earlier == null ? 0 : earlier.totals().rejected();
            String verdict = earlier == null ? "new"
                    : score.totals().rejected() < rejectedThen || (score.totals().rejected() == rejectedThen
                    && findingsCount < findingsThen) ? "better"
                    : score.totals().rejected() > rejectedThen || findingsCount > findingsThen ? "worse" : "same";
            movements.add(new Movement(score.domain(), verdict, rejectedThen, score.totals().rejected(), findingsThen,
                    findingsCount, newRejections, fixed));
        }
        java.util.Set<String> domainsNow = new HashSet<>();
        domains.forEach(score -> domainsNow.add(score.domain()));
        for (DomainScore earlier : then.domains()) {
            if (!domainsNow.contains(earlier.domain())) {   // a domain that disappeared is shown, never dropped
                int findingsThen = findingCount(earlier.totals());
                movements.add(new Movement(earlier.domain(), "gone", earlier.totals().rejected(), 0, findingsThen, 0,
                        List.of(), 0));
            }
        }
        return movements;
    }

    /** Why an error does not block, when its rule is advisory: the enforcement the policy recorded on it. */
    private static String advisory(io.meshgov.decision.Finding finding) {
        if (finding.blocks() || finding.provenance().enforcement() != io.meshgov.decision.Enforcement.ADVISORY) {
            return null;
        }
        return finding.provenance().effects().stream().filter(effect -> effect.startsWith("advisory")).findFirst()
                .orElse("advisory");
    }

    /** How a later scorecard finds a descriptor again: its id when the earlier scorecard has ids, else its file. */
    private static String key(DescriptorLine line, boolean byId) {
        return byId && line.id() != null ? "id:" + line.id() : "file:" + line.source();
    }

    private static int findingCount(Totals totals) {
        return totals.findingsBySeverity().values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The scorecard as JSON. */
    public String toJson() {
        try {
            return MAPPER.writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a scorecard always serialises", e);
        }
    }

    /**
     * A scorecard written by {@link #toJson}.
     *
     * @throws io.meshgov.ConfigurationException when the text is not one, or of another major schema version,
     *                                           saying what is wrong and where
     */
    public static Scorecard fromJson(String json) {
        Scorecard read;
        try {
            read = MAPPER.readValue(json, Scorecard.class);
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            String at = e.getPath().stream().map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                    : "[" + reference.getIndex() + "]").reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
            throw notAScorecard(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), at.isEmpty()
                    ? "the file is not a JSON object" : visible(at) + " has the wrong type");
        } catch (JsonProcessingException e) {
            throw notAScorecard(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "not valid JSON");
        }
        if (read == null) {
            throw notAScorecard(1, "the file holds no JSON object");
        }
        if (read.schemaVersion() == null || !read.schemaVersion().startsWith("1.")) {
            throw notAScorecard(0, "a scorecard of schema version " + (read.schemaVersion() == null ? "(none)"
                    : visible(read.schemaVersion())) + "; this meshgov reads 1.x, as 'meshgov report' writes it");
        }
        String missing = missing(read, "");
        if (missing != null) {
            throw notAScorecard(0, visible(missing) + " is missing; use a scorecard.json that 'meshgov report' wrote");
        }
        return read;
    }

    private static io.meshgov.ConfigurationException notAScorecard(int line, String message) {
        return new io.meshgov.ConfigurationException(List.of(io.meshgov.Problem.error(io.meshgov.Problem.Code.CONTENT,
                new io.meshgov.SourceLocation("scorecard JSON", line, 0), "", "not a meshgov scorecard: " + message)));
    }

    /** Text from the file, shortened and with control characters escaped, for a message. */
    private static String visible(String text) {
        String shown = text.length() > 80 ? text.substring(0, 77) + "..." : text;
        StringBuilder out = new StringBuilder();
        shown.chars().forEach(c -> out.append(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                ? String.format(java.util.Locale.ROOT, "\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }

    /** The first record component or list item that a scorecard written by meshgov always has, but this one lacks. */
    private static String missing(Object value, String path) {
        if (value instanceof Record record) {
            for (java.lang.reflect.RecordComponent component : record.getClass().getRecordComponents()) {
                Object part;
                try {
                    part = component.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                String at = path.isEmpty() ? component.getName() : path + "." + component.getName();
                boolean optional = component.getType() == String.class && !at.equals("schemaVersion");
                if (part == null && !optional) {
                    return at;
                }
                String inside = missing(part, at);
                if (inside != null) {
                    return inside;
                }
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) == null) {
                    return path + "[" + i + "]";
                }
                String inside = missing(list.get(i), path + "[" + i + "]");
                if (inside != null) {
                    return inside;
                }
            }
        }
        return null;
    }
}
