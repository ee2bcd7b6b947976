package io.meshgov.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.Problem;
import io.meshgov.RuleCompilationException;
import io.meshgov.decision.Decision;
import io.meshgov.decision.Finding;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.model.Descriptor;
import io.meshgov.read.DescriptorFormat;
import io.meshgov.read.DescriptorReader;
import io.meshgov.read.PolicyReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A domain's rule pack in a restricted layer cannot reach past its layer: each attack a domain's DRL could make —
 * exiting the JVM, files, processes, the network, reflection, the session and its globals, deleting or forging
 * facts — fails the engine build at the line that makes it; the same packs build in a trusted layer. What only
 * shows at run time leaves every council finding in place.
 */
class RestrictedLayersTest {

    private static final String COUNCIL = """
            package council;
            import io.meshgov.model.DataContract;
            import io.meshgov.model.TeamMember;
            global io.meshgov.decision.Findings findings;

            rule "OWN-001 a contract names its owner"
                @id("OWN-001") @severity("ERROR")
            when
                $c : DataContract()
                not TeamMember( role == "owner" )
            then
                findings.report($c, "team", "the contract names no owner");
            end
            """;

    private static final String HEADER = """
            package logistics;
            import io.meshgov.model.DataContract;
            import io.meshgov.model.TeamMember;
            global io.meshgov.decision.Findings findings;
            global io.meshgov.conventions.Conventions conventions;

            """;

    @TempDir
    Path folder;

    private Path policy(String domainDrl, boolean trusted) throws IOException {
        Files.createDirectories(folder.resolve("council"));
        Files.writeString(folder.resolve("council/council.drl"), COUNCIL);
        Files.createDirectories(folder.resolve("logistics"));
        Files.writeString(folder.resolve("logistics/domain.drl"), HEADER + domainDrl);
        return Files.writeString(folder.resolve("governance.yaml"), """
                policy: p
                layers:
                  - name: council
                    trusted: true
                    packs: [{folder: council}]
                    locked: [OWN-001]
                  - name: logistics
                    extends: council
                    domain: logistics
                    trusted: %s
                    packs: [{folder: logistics}]
                """.formatted(trusted));
    }

    private GovernanceEngine engine(String domainDrl, boolean trusted) throws IOException {
        return GovernanceEngine.builder().policy(PolicyReader.read(policy(domainDrl, trusted))).build();
    }

    /** The build's problems for a restricted layer, with the temporary folder left out; and it builds when trusted. */
    private List<String> refused(String rule) throws IOException {
        RuleCompilationException e = assertThrows(RuleCompilationException.class, () -> engine(rule, false));
        engine(rule, true); // a council keeps full DRL
        assertEquals(Problem.Code.POLICY, e.problems().get(0).code(), "first, where the fix may go: "
                + e.problems().get(0));
        return e.problems().stream().skip(1).map(Problem::toString)
                .map(text -> text.replace(folder.toString() + "/", "")).toList();
    }

    @Test
    void aLayerWithoutTrust_isToldSoAtItsLine_beforeTheRuleFilesItHolds() throws IOException {
        RuleCompilationException e = assertThrows(RuleCompilationException.class,
                () -> engine("function boolean helper() { return true; }\n", false));
        assertEquals("governance.yaml:7:5: layers: layer 'logistics' does not say 'trusted: true', so its packs may"
                + " use only the restricted rule language, and pack 'logistics' goes beyond it in 1 place, first at"
                + " logistics/domain.drl:7:1: if this is the council's own layer, add 'trusted: true' to it; a domain's"
                + " pack keeps to the restricted language (see docs/trust.md)",
                e.problems().get(0).toString().replace(folder.toString() + "/", ""));
    }

    private static String rule(String when, String then) {
        return """
                rule "LOG-001 an attack"
                    @id("LOG-001") @severity("INFO")
                when
                    %s
                then
                    %s
                end
                """.formatted(when, then);
    }

    private static final String SUFFIX = "; only a layer the policy marks 'trusted: true' may";

    @Test
    void exitingTheJvm_failsTheBuild_atTheCall() throws IOException {
        assertEquals(List.of("logistics/domain.drl:12:5: layer 'logistics' is restricted and may not call"
                + " java.lang.System.exit" + SUFFIX), refused(rule("$c : DataContract()", "System.exit(0);")));
    }

    @Test
    void filesProcessesAndTheNetwork_failTheBuild() throws IOException {
        assertEquals(List.of("logistics/domain.drl:12:5: layer 'logistics' is restricted and may not call"
                        + " java.nio.file.Files.writeString" + SUFFIX,
                "logistics/domain.drl:12:37: layer 'logistics' is restricted and may not call java.nio.file.Path.of"
                        + SUFFIX),
                refused(rule("$c : DataContract()",
                        "java.nio.file.Files.writeString(java.nio.file.Path.of(\"/tmp/pwned\"), \"x\");")));
        assertEquals(List.of("logistics/domain.drl:12:5: layer 'logistics' is restricted and may not call"
                        + " java.lang.Runtime.getRuntime" + SUFFIX,
                "logistics/domain.drl:12:25: layer 'logistics' is restricted and may not call"
                        + " java.lang.Runtime.exec" + SUFFIX),
                refused(rule("$c : DataContract()", "Runtime.getRuntime().exec(\"id\");")));
        assertEquals(List.of("logistics/domain.drl:12:9: layer 'logistics' is restricted and may not create"
                        + " java.net.Socket" + SUFFIX),
                refused(rule("$c : DataContract()", "new java.net.Socket(\"localhost\", 80);")));
    }

    @Test
    void readingAFileIntoAFinding_failsTheBuild() throws IOException {
        List<String> problems = refused(rule("$c : DataContract()",
                "findings.report($c, \"\", java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/passwd\")));"));
        assertTrue(problems.contains("logistics/domain.drl:12:29: layer 'logistics' is restricted and may not call"
                + " java.nio.file.Files.readString" + SUFFIX), problems.toString());
    }

    @Test
    void reflection_onTheFindingsOrTheConventions_failsTheBuild() throws IOException {
        List<String> problems = refused(rule("$c : DataContract()", """
                java.lang.reflect.Field field = conventions.getClass().getDeclaredField("ownerRoles");
                    field.setAccessible(true);"""));
        assertEquals(List.of("logistics/domain.drl:12:37: layer 'logistics' is restricted and may not call"
                        + " java.lang.Object.getClass (reflection)" + SUFFIX,
                "logistics/domain.drl:12:59: layer 'logistics' is restricted and may not call"
                        + " java.lang.Class.getDeclaredField (reflection)" + SUFFIX,
                "logistics/domain.drl:13:5: layer 'logistics' is restricted and may not call"
                        + " java.lang.reflect.Field.setAccessible (reflection)" + SUFFIX), problems);
    }

    @Test
    void replacingTheFindingsGlobal_failsTheBuild() throws IOException {
        List<String> problems = refused(rule("$c : DataContract()",
                "drools.getKieRuntime().setGlobal(\"findings\", null);"));
        assertTrue(problems.contains("logistics/domain.drl:12:5: layer 'logistics' is restricted and may not call"
                + " org.drools.core.rule.consequence.KnowledgeHelper.getKieRuntime (a restricted layer reads facts and"
                + " reports findings; it cannot change the session, its facts or its globals)" + SUFFIX),
                problems.toString());
    }

    @Test
    void deletingFacts_andForgingAnOwner_failTheBuild() throws IOException {
        assertEquals(List.of("logistics/domain.drl:12:5: layer 'logistics' is restricted and may not call"
                        + " org.drools.model.Drools.delete (a restricted layer reads facts and reports findings; it"
                        + " cannot change the session, its facts or its globals)" + SUFFIX),
                refused(rule("$o : TeamMember()", "delete($o);")));
        assertEquals(List.of("logistics/domain.drl:12:12: layer 'logistics' is restricted and may not create"
                        + " io.meshgov.model.TeamMember (facts come from the descriptor; a layer cannot add to them)"
                        + SUFFIX),
                refused(rule("$c : DataContract()", "insert(new TeamMember(\"team.members[forged]\", \"x\", \"x\","
                        + " \"owner\", null, null, null, null, java.util.Map.of()));")));
    }

    @Test
    void aFunctionWithASideEffect_inACondition_failsTheBuild() throws IOException {
        List<String> problems = refused("""
                function boolean leak(String text) {
                    System.out.println(text);
                    return true;
                }
                """ + rule("$c : DataContract( leak(id) )", ""));
        assertEquals(List.of("logistics/domain.drl:7:1: layer 'logistics' is restricted and may not declare the function"
                + " leak; write the test in the rule's conditions"), problems,
                "refused on the source, before compiling; the bytecode check stays behind it");
    }

    @Test
    void readingFactsAndConventions_andDerivingItsOwnFacts_isAllowed() throws IOException {
        GovernanceEngine engine = engine("""
                declare Late
                    contract : DataContract
                end
                rule "LOG-002 derives"
                    @id("LOG-002") @severity("INFO")
                when
                    $c : DataContract( id.startsWith("ship"), !conventions.isOwner(id) )
                then
                    insert(new Late($c));
                end
                rule "LOG-003 reports"
                    @id("LOG-003") @severity("WARNING")
                when
                    Late( $c : contract )
                then
                    findings.report($c, "id", "'" + $c.id().toUpperCase(java.util.Locale.ROOT) + "' is late by " + Math.max(1, 2) + " days");
                end
                """, false);
        Decision decision = engine.evaluate(contract("logistics"));
        assertEquals(List.of("LOG-003", "OWN-001"), decision.findings().stream().map(Finding::ruleId).sorted().toList());
    }

    @Test
    void aDomainRuleThatBreaksAtRunTime_leavesEveryCouncilFindingInPlace_andRunsOnlyInItsDomain()
            throws IOException {
        GovernanceEngine engine = engine(rule("$c : DataContract( id.charAt(1000) == 'x' )",
                "findings.report($c, \"\", \"never\");"), false);
        Decision logistics = engine.evaluate(contract("logistics"));
        assertEquals(List.of("ENGINE-001", "OWN-001"),
                logistics.findings().stream().map(Finding::ruleId).sorted().toList());
        assertFalse(logistics.isComplete());
        Decision elsewhere = engine.evaluate(contract(null));
        assertEquals(List.of("OWN-001"), elsewhere.findings().stream().map(Finding::ruleId).toList());
        assertTrue(elsewhere.isComplete());
    }

    private static Descriptor contract(String domain) {
        return DescriptorReader.read("apiVersion: v3.1.0\nkind: DataContract\nid: shipments\n"
                + (domain == null ? "" : "domain: " + domain + "\n"), "shipments.odcs.yaml", DescriptorFormat.YAML);
    }

    @Test
    void loopsLocksAndPatternsNotWrittenInTheRule_areRefusedOnTheSource_beforeCompiling() throws IOException {
        assertEquals(List.of("logistics/domain.drl:12:5: layer 'logistics' is restricted and may not use 'while': a"
                + " consequence reports findings and inserts facts, without loops or locks (a condition over each element"
                + " does the repeating)"), refused(rule("$c : DataContract()", "while (true) { }")));
        assertTrue(refused(rule("$c : DataContract()", "for (;;) { }")).get(0).contains("may not use 'for'"));
        assertTrue(refused(rule("$c : DataContract()", "synchronized (conventions) { }")).get(0)
                .contains("may not use 'synchronized'"));
        assertEquals(List.of("logistics/domain.drl:10:38: layer 'logistics' is restricted and may not use the operator"
                + " 'matches': a regular expression can run longer than any time budget, even on a short value; use"
                + " startsWith, endsWith, contains or == instead"),
                refused(rule("$c : DataContract( $n : name, id matches $n )", "")));
        assertTrue(refused(rule("$c : DataContract( id matches \"(a+)+$\" )", "")).get(0).contains("'matches'"));
        assertTrue(refused(rule("$c : DataContract( id.replaceAll(name, \"\") == \"\" )", "")).get(0)
                .contains("may not call replaceAll(...), which reads a regular expression"));
        assertTrue(refused("import java.util.*;\n" + rule("$c : DataContract()", "")).get(0)
                .contains("may not import java.util.*: import types by name"));

        engine(rule("$c : DataContract( id.startsWith(\"for (\") ) // while (true) in a comment is no loop", ""), false);
    }

    @Test
    void theIdsOfMeshgovsOwnFindings_areReserved_inEveryLayer() throws IOException {
        String forged = """
                rule "forged"
                    @id("ENGINE-002") @severity("INFO")
                when
                    $c : DataContract()
                then
                    findings.report($c, "id", "incomplete, yet approved");
                end
                """;
        for (boolean trusted : List.of(false, true)) {
            RuleCompilationException e = assertThrows(RuleCompilationException.class, () -> engine(forged, trusted));
            assertTrue(e.problems().get(0).toString().contains("@id \"ENGINE-002\" is reserved"), e.getMessage());
        }
    }

    @Test
    void aRestrictedLayersConventions_mayOnlyTighten_neverTurnALockedRulesRejectionIntoAnApproval() throws IOException {
        Path policy = policy(rule("$c : DataContract()", ""), false);
        Files.writeString(policy, Files.readString(policy) + "    conventions: {ownerRoles: [owner, intern]}\n");

        io.meshgov.ConfigurationException e = assertThrows(io.meshgov.ConfigurationException.class,
                () -> GovernanceEngine.builder().policy(PolicyReader.read(policy)).build());

        assertEquals(List.of("governance.yaml:7:5: conventions: layer logistics is restricted, and its conventions"
                + " may only tighten what the layers before it decide: ownerRoles accepts [intern], which the layers above"
                + " do not (rules locked before it: OWN-001); set it in a trusted layer, or leave it out"),
                e.problems().stream().map(Problem::toString).map(text -> text.replace(folder.toString() + "/", "")).toList());

        Files.writeString(policy, Files.readString(policy).replace("conventions: {ownerRoles: [owner, intern]}",
                "conventions: {deprecationNoticeDays: 365, requireDeprecationBeforeBreaking: true}"));
        GovernanceEngine.builder().policy(PolicyReader.read(policy)).build(); // a longer notice: tighter
    }

    @Test
    void threadsEndlessWorkAndChance_failTheBuild_atTheCall() throws IOException {
        for (String[] attack : new String[][] {
                {"java.util.stream.IntStream.range(0, 10).parallel().sum();", "java.util.stream.IntStream.parallel"},
                {"java.util.Arrays.parallelSort(new int[] {2, 1});", "java.util.Arrays.parallelSort"},
                {"java.util.stream.Stream.iterate(1, i -> i + 1).count();", "java.util.stream.Stream.iterate"},
                {"java.math.BigInteger.TEN.pow(20000000);", "java.math.BigInteger.pow"},
                {"java.util.Collections.shuffle(new java.util.ArrayList<String>());", "java.util.Collections.shuffle"},
                {"java.time.InstantSource.system().instant();", "java.time.InstantSource.system"},
                {"int chance = new Object().hashCode();", "java.lang.Object.hashCode"}}) {
            List<String> problems = refused(rule("$c : DataContract()", attack[0]));
            assertTrue(problems.stream().anyMatch(problem -> problem.contains("may not call " + attack[1])),
                    attack[0] + ": " + problems);
        }
    }

    @Test
    void textCaseWithoutALocale_failsTheBuild_withLocaleRootItBuilds() throws IOException {
        List<String> problems = refused(rule("$c : DataContract( id.toLowerCase() == \"orders\" )", ""));
        assertTrue(problems.stream().anyMatch(problem -> problem.contains("may not call java.lang.String.toLowerCase"
                + " without a locale")), problems.toString());
        engine(rule("$c : DataContract( id.toLowerCase(java.util.Locale.ROOT) == \"orders\" )", ""), false);
    }
}
