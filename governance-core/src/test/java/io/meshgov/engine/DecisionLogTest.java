package io.meshgov.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meshgov.decision.Decision;
import io.meshgov.model.Descriptor;
import io.meshgov.policy.RulePack;
import io.meshgov.read.DescriptorFormat;
import io.meshgov.read.DescriptorReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decision log records what an audit needs and nothing the descriptor says — even when a rule's message
 * quotes a classified property's example — and rotates by size; listeners hear of builds and decisions.
 */
class DecisionLogTest {

    /** A careless rule that quotes the property's examples in its message. */
    private static final String QUOTING = """
            package team;
            import io.meshgov.model.SchemaProperty;
            global io.meshgov.decision.Findings findings;
            rule "examples" @id("TEAM-009") @severity("ERROR")
            when $p : SchemaProperty( examples != null, !examples.isEmpty() )
            then findings.report($p, "examples", "examples " + $p.examples() + " in " + $p.description());
            end
            """;

    private static final Descriptor CONTRACT = DescriptorReader.read("""
            apiVersion: v3.1.0
            kind: DataContract
            id: cards
            version: 2.1.0
            schema:
              - name: payments
                properties:
                  - name: card_number
                    classification: restricted
                    description: the customer's card, e.g. 4111 1111 1111 1111
                    examples: ["4111111111111111"]
            """, "cards.odcs.yaml", DescriptorFormat.YAML);

    @TempDir
    Path folder;

    @Test
    void aRecord_saysWhatWasDecided_andNeverWhatTheDescriptorHolds() throws IOException {
        Path log = folder.resolve("decisions.jsonl");
        GovernanceEngine engine = GovernanceEngine.builder().rulePack(RulePack.ofDrl("team", QUOTING))
                .listener(DecisionLog.jsonLines(log, 1_000_000, 3)).build();
        Decision decision = engine.evaluate(CONTRACT);
        assertTrue(decision.findings().get(0).message().contains("4111111111111111"), "the rule does quote it");

        String text = Files.readString(log);
        JsonNode line = new ObjectMapper().readTree(text);
        assertEquals(1, text.lines().count());
        assertEquals("cards", line.at("/descriptor/id").asText());
        assertEquals("2.1.0", line.at("/descriptor/version").asText());
        assertEquals("REJECTED", line.at("/outcome").asText());
        assertEquals(decision.ruleSetFingerprint(), line.at("/ruleSetFingerprint").asText());
        assertEquals("TEAM-009", line.at("/findings/0/rule").asText());
        assertEquals("schema[payments].properties[card_number].examples", line.at("/findings/0/path").asText());
        assertTrue(line.at("/findings/0/blocks").asBoolean());
        assertFalse(text.contains("4111"), "no example value, no description: " + text);
        assertFalse(text.contains("customer"), text);
    }

    @Test
    void pathsNamePersonalDataNowhere_onlySchemaNames() throws IOException {
        String everyPath = """
                package team;
                import io.meshgov.model.TeamMember;
                import io.meshgov.model.Server;
                import io.meshgov.model.AccessRole;
                global io.meshgov.decision.Findings findings;
                rule "members" @id("TEAM-101") @severity("WARNING")
                when $m : TeamMember() then findings.report($m, "role", "seen");
                end
                rule "servers" @id("TEAM-102") @severity("WARNING")
                when $s : Server() then findings.report($s, "host", "seen");
                end
                rule "roles" @id("TEAM-103") @severity("WARNING")
                when $r : AccessRole() then findings.report($r, "access", "seen");
                end
                """;
        Path log = folder.resolve("decisions.jsonl");
        GovernanceEngine engine = GovernanceEngine.builder().rulePack(RulePack.ofDrl("team", everyPath))
                .listener(DecisionLog.jsonLines(log, 1_000_000, 3)).build();
        Decision decision = engine.evaluate(DescriptorReader.read("""
                apiVersion: v3.1.0
                kind: DataContract
                id: cards
                version: 2.1.0
                team:
                  members:
                    - username: jane.doe@example.com
                      role: owner
                servers:
                  - server: jane-laptop
                    type: postgres
                roles:
                  - role: jane_doe_readers
                    access: read
                """, "cards.odcs.yaml", DescriptorFormat.YAML));
        assertTrue(decision.findings().stream().anyMatch(finding -> finding.path().contains("jane.doe@example.com")),
                "the decision itself names the member, for the team: " + decision.findings());

        String text = Files.readString(log);

        assertFalse(text.contains("jane"), text);
        assertTrue(text.contains("team.members[*].role"), text);
        assertEquals("schema[orders].properties[email].classification",
                DecisionLog.loggedPath("schema[orders].properties[email].classification"));
    }

    @Test
    void theLog_rotatesBySize_keepingAsManyFilesAsAsked() throws IOException {
        Path log = folder.resolve("decisions.jsonl");
        GovernanceEngine engine = GovernanceEngine.builder().rulePack(RulePack.ofDrl("team", QUOTING))
                .listener(DecisionLog.jsonLines(log, 2048, 2)).build();
        for (int i = 0; i < 40; i++) {
            engine.evaluate(CONTRACT);
        }
        assertTrue(Files.size(log) <= 2048);
        assertTrue(Files.exists(folder.resolve("decisions.jsonl.1")));
        assertTrue(Files.exists(folder.resolve("decisions.jsonl.2")));
        assertFalse(Files.exists(folder.resolve("decisions.jsonl.3")));
        for (String name : List.of("decisions.jsonl", "decisions.jsonl.1", "decisions.jsonl.2")) {
            for (String line : Files.readAllLines(folder.resolve(name))) {
                new ObjectMapper().readTree(line); // every line whole
            }
        }
    }

    @Test
    void listeners_hearOfTheBuildAndOfEveryDecision_withTimings() {
        List<String> heard = new CopyOnWriteArrayList<>();
        GovernanceEngine engine = GovernanceEngine.builder().rulePack(RulePack.ofDrl("team", QUOTING))
                .listener(new EvaluationListener() {
                    @Override
                    public void built(GovernanceEngine built, Duration took) {
                        heard.add("built " + !took.isNegative());
                    }

                    @Override
                    public void evaluated(GovernanceEngine by, Descriptor descriptor, Decision decision, Duration took) {
                        heard.add(decision.outcome() + " " + (took.toNanos() > 0));
                    }
                }).build();
        engine.evaluate(CONTRACT);
        engine.asOf(java.time.LocalDate.of(2027, 1, 1)).evaluate(CONTRACT);

        assertEquals(List.of("built true", "REJECTED true", "REJECTED true"), heard);
    }
}
