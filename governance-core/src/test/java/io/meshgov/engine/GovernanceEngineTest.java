package io.meshgov.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.ConfigurationException;
import io.meshgov.Problem;
import io.meshgov.RuleCompilationException;
import io.meshgov.SourceLocation;
import io.meshgov.batch.BatchEvaluator;
import io.meshgov.batch.BatchResult;
import io.meshgov.conventions.ConventionSettings;
import io.meshgov.conventions.Conventions;
import io.meshgov.decision.Decision;
import io.meshgov.decision.Enforcement;
import io.meshgov.decision.Finding;
import io.meshgov.decision.Findings;
import io.meshgov.decision.Outcome;
import io.meshgov.decision.Provenance;
import io.meshgov.decision.Severity;
import io.meshgov.model.DataContract;
import io.meshgov.policy.RuleDescription;
import io.meshgov.policy.RuleFile;
import io.meshgov.policy.RulePack;
import io.meshgov.read.DescriptorFormat;
import io.meshgov.read.DescriptorReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GovernanceEngineTest {

    private static final String RULES = """
            package test.rules;

            import io.meshgov.model.DataContract;
            import io.meshgov.model.SchemaProperty;

            global io.meshgov.decision.Findings findings;

            rule "T-001 contracts have an owner domain"
                @id("TST-001") @severity("ERROR") @title("A domain is named")
                @remediation("Add 'domain: payments'.") @documentation("https://example.com/standards#domain")
            when
                $c : DataContract( domain == null )
            then
                findings.report($c, "domain", "the contract names no domain");
            end

            rule "T-002 properties are described"
                @id("TST-002") @severity("WARNING")
            when
                $p : SchemaProperty( description == null )
            then
                findings.report($p, "description", "property '" + $p.name() + "' has no description");
            end

            rule "T-003 a note for every contract"
                @id("TST-003") @severity("INFO") @title("Read by the test pack")
            when
                $c : DataContract()
            then
                findings.report($c, "", "seen");
            end
            """;

    private static GovernanceEngine engine;

    @BeforeAll
    static void buildOnce() {
        engine = GovernanceEngine.builder().rulePack(RulePack.ofDrl("test", RULES)).build();
    }

    private static DataContract contract(String yaml) {
        return (DataContract) DescriptorReader.read("apiVersion: v3.1.0\nkind: DataContract\nid: orders\n" + yaml,
                "orders.odcs.yaml", DescriptorFormat.YAML);
    }

    private static List<String> problemsOf(String drl) {
        RuleCompilationException e = assertThrows(RuleCompilationException.class,
                () -> GovernanceEngine.builder().rulePack(RulePack.ofDrl("broken", drl)).build());
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void violations_becomeFindingsWithRuleMetadataAndLocations() {
        Decision decision = engine.evaluate(contract("""
                schema:
                  - name: orders
                    properties:
                      - name: id
                        description: Order number
                      - name: email
                """));
        assertEquals(Outcome.REJECTED, decision.outcome());
        assertEquals("orders", decision.descriptorId());
        assertEquals("orders.odcs.yaml", decision.source());
        assertEquals(3, decision.findings().size());
        Finding domain = decision.findings().get(0);
        assertEquals(new Finding("TST-001", Severity.ERROR, "A domain is named", "the contract names no domain",
                "domain", new SourceLocation("orders.odcs.yaml", 1, 1), "Add 'domain: payments'.",
                "https://example.com/standards#domain", domain.provenance()), domain);
        assertEquals(new Provenance("test", "test", Severity.ERROR, Enforcement.SOFT_MANDATORY, "", false,
                domain.provenance().fingerprint(), List.of()), domain.provenance());
        assertEquals("blocks: ERROR from layer test (test), soft-mandatory", domain.why());
        assertEquals(List.of("test"), decision.rulePacks());
        Finding description = decision.findings().get(1);
        assertEquals("TST-002", description.ruleId());
        assertEquals(Severity.WARNING, description.severity());
        assertEquals("T-002 properties are described", description.title());
        assertEquals("schema[orders].properties[email].description", description.path());
        assertEquals(new SourceLocation("orders.odcs.yaml", 9, 9), description.location());
        assertEquals("TST-003", decision.findings().get(2).ruleId());
        assertEquals(engine.fingerprint(), decision.ruleSetFingerprint());
    }

    @Test
    void outcome_followsTheWorstSeverity() {
        assertEquals(Outcome.APPROVED, engine.evaluate(contract("domain: sales\n")).outcome());
        assertEquals(Outcome.APPROVED_WITH_WARNINGS, engine.evaluate(contract(
                "domain: sales\nschema:\n  - name: t\n    properties:\n      - name: x\n")).outcome());
        assertEquals(Outcome.REJECTED, engine.evaluate(contract("")).outcome());
    }

    @Test
    void aFindingReportedByManyMatches_isKeptOnce_andDistinctFindingsAllStay() {
        GovernanceEngine joining = GovernanceEngine.builder().rulePack(RulePack.ofDrl("joins", """
                package joins;
                import io.meshgov.model.DataContract;
                import io.meshgov.model.SchemaProperty;
                global io.meshgov.decision.Findings findings;

                rule "same finding from every property" @id("JOIN-001") @severity("WARNING")
                when $c : DataContract()  SchemaProperty()
                then findings.report($c, "schema", "the contract has properties");
                end

                rule "one finding per property" @id("JOIN-002") @severity("INFO")
                when $c : DataContract()  $p : SchemaProperty()
                then findings.report($p, "name", "seen " + $p.name());
                end
                """)).build();
        StringBuilder properties = new StringBuilder("schema:\n  - name: t\n    properties:\n");
        for (int p = 0; p < 40; p++) {
            properties.append("      - name: p").append(p).append('\n');
        }
        Decision decision = joining.evaluate(contract(properties.toString()));
        assertEquals(1, decision.findingsOf("JOIN-001").size());
        assertEquals(40, decision.findingsOf("JOIN-002").size());
    }

    @Test
    void theSameDescriptor_alwaysGetsTheSameDecision() {
        DataContract contract = contract("schema:\n  - name: t\n    properties:\n      - name: b\n      - name: a\n");
        Decision first = engine.evaluate(contract);
        for (int i = 0; i < 20; i++) {
            assertEquals(first, engine.evaluate(contract));
        }
    }

    @Test
    void concurrentEvaluations_neverMixTheirFindings() throws Exception {
        List<DataContract> contracts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            StringBuilder properties = new StringBuilder("schema:\n  - name: t\n    properties:\n");
            for (int p = 0; p <= i; p++) {
                properties.append("      - name: p").append(p).append('\n');
            }
            contracts.add(contract((i % 2 == 0 ? "domain: sales\n" : "") + properties));
        }
        List<Decision> expected = contracts.stream().map(engine::evaluate).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Decision>> futures = new ArrayList<>();
            for (int round = 0; round < 250; round++) {
                for (DataContract contract : contracts) {
                    futures.add(pool.submit(() -> engine.evaluate(contract)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected.get(i % contracts.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theCatalog_describesEveryRule() {
        assertEquals(List.of("TST-001", "TST-002", "TST-003"), engine.rules().stream().map(RuleDescription::id).toList());
        RuleDescription first = engine.rules().get(0);
        assertEquals("test", first.pack());
        assertEquals(new SourceLocation("test.drl", 8, 1), first.location());
        assertTrue(engine.fingerprint().matches("sha256:[0-9a-f]{64}"));
    }

    @Test
    void aSyntaxError_failsTheBuildAtItsLine() {
        assertEquals(List.of("broken.drl:6:1: syntax error: mismatched input 'then' in rule \"R\""), problemsOf("""
                package broken;
                rule "R" @id("BRK-001") @severity("ERROR")
                when
                    String( length > 2
                    \s
                then
                end
                """));
    }

    @Test
    void missingOrMalformedMetadata_failsTheBuild_listingEveryProblem() {
        assertEquals(List.of(
                "broken.drl:2:1: rule \"no id\": missing @id; give the rule a stable id, e.g. @id(\"PAY-001\")",
                "broken.drl:6:1: rule \"bad id\": malformed @id \"pay1\"; expected upper-case letters, a dash and 3"
                        + " or 4 digits, e.g. \"PAY-001\"",
                "broken.drl:6:1: rule \"bad id\": unknown @severity \"FATAL\"; expected one of [ERROR, WARNING, INFO]",
                "broken.drl:10:1: rule \"typo\": missing @severity; add @severity(\"ERROR\"), @severity(\"WARNING\")"
                        + " or @severity(\"INFO\")",
                "broken.drl:10:1: rule \"typo\": unknown metadata @severty; did you mean \"severity\"?"), problemsOf("""
                package broken;
                rule "no id" @severity("ERROR")
                when String() then
                end

                rule "bad id" @id("pay1") @severity("FATAL")
                when String() then
                end

                rule "typo" @id("BRK-003") @severty("ERROR")
                when String() then
                end
                """));
    }

    @Test
    void duplicateIds_acrossPacks_failTheBuild() {
        RulePack one = RulePack.ofDrl("one", "package one;\nrule \"a\" @id(\"DUP-001\") @severity(\"INFO\")\n"
                + "when String() then end\n");
        RulePack two = RulePack.ofDrl("two", "package two;\n\nrule \"b\" @id(\"DUP-001\") @severity(\"INFO\")\n"
                + "when String() then end\n");
        RuleCompilationException e = assertThrows(RuleCompilationException.class,
                () -> GovernanceEngine.builder().rulePack(one).rulePack(two).build());
        assertEquals("two.drl:3:1: rule \"b\": duplicate @id \"DUP-001\": already used by the rule at one.drl:2:1;"
                + " every rule needs its own id", e.getMessage());
    }

    @Test
    void aRuleFileWrittenForTheOldPackages_isToldWhereEachTypeLivesNow() {
        assertEquals(List.of("broken.drl:2:1: global \"findings\" must have type io.meshgov.decision.Findings but has"
                + " io.meshgov.engine.Findings"), problemsOf("""
                package broken;
                global io.meshgov.engine.Findings findings;
                """));
        List<String> problems = problemsOf("""
                package broken;
                import io.meshgov.engine.Evaluation;

                rule "dated" @id("BRK-002") @severity("ERROR")
                when
                    Evaluation()
                then
                end
                """);
        assertTrue(problems.contains("broken.drl:2:1: import io.meshgov.engine.Evaluation: no such class or package;"
                + " meshgov's Evaluation is io.meshgov.model.Evaluation"), problems.toString());
    }

    @Test
    void aMisspeltField_isLocatedAtItsLine_withTheClosestRealName() {
        List<String> problems = problemsOf("""
                package broken;
                import io.meshgov.model.SchemaProperty;

                rule "classified" @id("BRK-001") @severity("ERROR")
                when
                    SchemaProperty( clasification == null )
                then
                end
                """);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("broken.drl:6:21: unknown field \"clasification\" on SchemaProperty;"
                + " did you mean \"classification\"? (fields: path, objectName, id, name,"), problems.get(0));
    }

    @Test
    void aMisspeltFactType_isLocatedAtItsLine_withTheClosestRealName() {
        assertEquals(List.of("broken.drl:6:5: unknown fact type SchemaPropery; did you mean \"SchemaProperty\"?"),
                problemsOf("""
                        package broken;
                        import io.meshgov.model.SchemaProperty;

                        rule "typed" @id("BRK-001") @severity("ERROR")
                        when
                            SchemaPropery( name == null )
                        then
                        end
                        """));
    }

    @Test
    void aMissingImport_isNamed() {
        assertEquals(List.of("broken.drl:4:5: unknown fact type TeamMember; add \"import io.meshgov.model.TeamMember;\""),
                problemsOf("""
                        package broken;
                        rule "owner" @id("BRK-001") @severity("ERROR")
                        when
                            TeamMember( role == "owner" )
                        then
                        end
                        """));
    }

    @Test
    void usingFindingsWithoutDeclaringIt_saysWhatToAdd() {
        assertEquals(List.of("broken.drl:3:1: rule \"r\": uses \"findings\" but the file does not declare it; add"
                        + " \"global io.meshgov.decision.Findings findings;\" after the imports"),
                problemsOf("""
                        package broken;
                        import io.meshgov.model.DataContract;
                        rule "r" @id("BRK-001") @severity("ERROR")
                        when $c : DataContract() then findings.report($c, "", "x");
                        end
                        """));
    }

    @Test
    void aConventionsGlobalOfAnotherType_failsTheBuildAtItsLine() {
        assertEquals(List.of("broken.drl:2:1: global \"conventions\" must have type io.meshgov.conventions.Conventions"
                        + " but has java.util.Map"),
                problemsOf("""
                        package broken;
                        global java.util.Map conventions;
                        """));
    }

    @Test
    void rulesAskTheEngine_sConventions_throughTheGlobalAndAsAFact() {
        String drl = """
                package naming;
                import io.meshgov.conventions.Conventions;
                import io.meshgov.model.SchemaProperty;
                global io.meshgov.decision.Findings findings;
                global io.meshgov.conventions.Conventions conventions;
                rule "by the global" @id("NAM-001") @severity("WARNING")
                when $p : SchemaProperty( !conventions.followsPropertyNaming(name) )
                then findings.report($p, "name", "not " + conventions.propertyNaming());
                end
                rule "by the fact" @id("NAM-002") @severity("WARNING")
                when $c : Conventions()
                     $p : SchemaProperty( !$c.followsPropertyNaming(name) )
                then findings.report($p, "name", "not " + $c.propertyNaming());
                end
                """;
        DataContract camel = contract("""
                schema:
                  - name: orders
                    properties:
                      - name: orderId
                """);
        GovernanceEngine snake = GovernanceEngine.builder().rulePack(RulePack.ofDrl("naming", drl)).build();
        GovernanceEngine camelCase = GovernanceEngine.builder().rulePack(RulePack.ofDrl("naming", drl))
                .conventions(Conventions.of(ConventionSettings.defaults()
                        .withPropertyNaming(io.meshgov.conventions.NamingConvention.of("camelCase"))))
                .build();
        assertEquals(List.of("NAM-001 not snake_case", "NAM-002 not snake_case"), snake.evaluate(camel).findings()
                .stream().map(finding -> finding.ruleId() + " " + finding.message()).toList());
        assertEquals(List.of(), camelCase.evaluate(camel).findings());
    }

    @Test
    void aConsequenceThatDoesNotCompile_failsTheBuildNamingTheFile() {
        List<String> problems = problemsOf("""
                package broken;
                import io.meshgov.model.DataContract;
                global io.meshgov.decision.Findings findings;
                rule "r" @id("BRK-001") @severity("ERROR")
                when $c : DataContract() then findings.reportt($c, "", "x");
                end
                """);
        assertEquals(List.of("broken.drl:5: rule \"r\": does not compile: The method reportt(DataContract, String,"
                + " String) is undefined for the type Findings"), problems);
    }

    @Test
    void aDrlKeywordReadAsAField_isNamedAtItsLine_withTheWayAround() {
        assertEquals(List.of("broken.drl:7:19: \"unit\" is a DRL keyword and cannot be read by name in a constraint;"
                + " test it through a method of the fact instead, e.g. hasUnit() on SlaProperty"), problemsOf("""
                package broken;
                import io.meshgov.model.SlaProperty;
                rule "fine" @id("BRK-001") @severity("INFO")
                when SlaProperty( value == null ) then
                end
                rule "units" @id("BRK-002") @severity("INFO")
                when SlaProperty( unit == null ) then
                end
                """));
    }

    @Test
    void aRuleThatFailsAtRunTime_rejectsTheDescriptor_namingTheRule() {
        GovernanceEngine failing = GovernanceEngine.builder().rulePack(RulePack.ofDrl("failing", """
                package failing;
                import io.meshgov.model.DataContract;
                global io.meshgov.decision.Findings findings;
                rule "r" @id("FAIL-001") @severity("WARNING")
                when $c : DataContract() then
                    findings.report($c, "name", "name has " + $c.name().length() + " characters");
                end
                """)).build();
        Decision decision = failing.evaluate(contract(""));
        assertEquals(Outcome.REJECTED, decision.outcome());
        Finding failure = decision.findings().get(0);
        assertEquals("ENGINE-001", failure.ruleId());
        assertEquals("rule FAIL-001 (failing.drl:4:1) failed on this descriptor: NullPointerException", failure.message()
                .replaceFirst("NullPointerException: .*", "NullPointerException"));
    }

    @Test
    void aRulesDirectory_isReadRecursively_andAnEmptyOneIsAnError(@TempDir Path directory) throws Exception {
        Path nested = Files.createDirectories(directory.resolve("payments/orders"));
        Files.writeString(nested.resolve("domain.drl"), RULES);
        RulePack pack = RulePack.fromDirectory(directory.resolve("payments"));
        assertEquals("payments", pack.name());
        assertEquals(List.of(directory.resolve("payments") + "/orders/domain.drl"),
                pack.files().stream().map(RuleFile::name).toList());
        Path empty = Files.createDirectories(directory.resolve("empty"));
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> RulePack.fromDirectory(empty));
        assertEquals(empty + ": holds no .drl rule files", e.getMessage());
    }

    @Test
    void aPackageThatDoesNotMatchItsFolder_isAWarning_notAnError(@TempDir Path directory) throws Exception {
        Path pack = Files.createDirectories(directory.resolve("payments"));
        Files.createDirectories(pack.resolve("orders"));
        Files.writeString(pack.resolve("orders/domain.drl"), RULES.replace("package test.rules;", "package payments.refunds;"));
        Files.writeString(pack.resolve("top.drl"), "package anything;\nrule \"t\" @id(\"TOP-001\") @severity(\"INFO\")\n"
                + "when String() then end\n");
        GovernanceEngine engine = GovernanceEngine.builder().rulePack(RulePack.fromDirectory(pack)).build();
        assertEquals(List.of(pack + "/orders/domain.drl:1:1: package payments.refunds does not match the folder 'orders'"
                + " the file sits in; end the package with 'orders' or move the file"),
                engine.warnings().stream().map(Problem::toString).toList());
        assertTrue(GovernanceEngineTest.engine.warnings().isEmpty());
    }

    @Test
    void theIdOfADeletedRule_isNeverReused(@TempDir Path directory) throws Exception {
        Path pack = Files.createDirectories(directory.resolve("test"));
        Files.writeString(pack.resolve("rules.drl"), RULES);
        Files.writeString(pack.resolve(RulePack.RETIRED_IDS), "# deleted in 2.0\nTST-002\n");
        RuleCompilationException e = assertThrows(RuleCompilationException.class,
                () -> GovernanceEngine.builder().rulePack(RulePack.fromDirectory(pack)).build());
        assertEquals(pack + "/rules.drl:17:1: @id \"TST-002\" belonged to a deleted rule (" + pack + "/retired-ids.txt);"
                + " give this rule an id never used before", e.getMessage());
    }

    @Test
    void aBatch_reportsUnreadableFilesAndGoesOn(@TempDir Path directory) throws Exception {
        Path good = Files.writeString(directory.resolve("good.odcs.yaml"),
                "apiVersion: v3.1.0\nkind: DataContract\nid: good\ndomain: sales\n");
        Path bad = Files.writeString(directory.resolve("bad.odcs.yaml"), "apiVersion: v3.1.0\nkind: DataContract\n");
        Path rejected = Files.writeString(directory.resolve("rejected.odcs.yaml"),
                "apiVersion: v3.1.0\nkind: DataContract\nid: rejected\n");
        BatchResult result = BatchEvaluator.of(engine).evaluateAll(List.of(good, bad, rejected));
        assertEquals(List.of("good", "rejected"), result.decisions().stream().map(Decision::descriptorId).toList());
        assertEquals(1, result.unreadable().size());
        assertEquals(bad.toString(), result.unreadable().get(0).source());
        assertEquals(bad + ":1:1: id: missing; add a unique, stable identifier such as a UUID, e.g."
                + " \"id: 53581432-6c55-4ba2-a65f-72344a91553a\"", result.unreadable().get(0).problems().get(0).toString());
        assertFalse(result.passed());
        assertEquals(1, result.rejectedCount());
        assertTrue(BatchEvaluator.of(engine).evaluateAll(List.of(good)).passed());
        List<String> progress = new ArrayList<>();
        BatchEvaluator.of(engine).evaluateAll(List.of(good, bad, rejected), (done, total) -> progress.add(done + "/" + total));
        assertEquals(List.of("1/3", "2/3", "3/3"), progress);
    }

    @Test
    void differentRulesOrConventions_haveDifferentFingerprints() {
        GovernanceEngine other = GovernanceEngine.builder().rulePack(RulePack.ofDrl("test", RULES + "\n")).build();
        assertNotEquals(engine.fingerprint(), other.fingerprint());
        GovernanceEngine otherConventions = GovernanceEngine.builder().rulePack(RulePack.ofDrl("test", RULES))
                .conventions(Conventions.of(ConventionSettings.defaults().withDeprecationNoticeDays(30))).build();
        assertNotEquals(engine.fingerprint(), otherConventions.fingerprint());
        GovernanceEngine same = GovernanceEngine.builder().rulePack(RulePack.ofDrl("test", RULES)).build();
        assertEquals(engine.fingerprint(), same.fingerprint());
    }
}
