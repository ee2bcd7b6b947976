package io.meshgov.cli;

import static io.meshgov.cli.CliTest.meshgov;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule that never stops gives a report and exit 1, never a hang or a stack trace. */
class RunawayRulesCliTest {

    @Test
    void aLoopingRule_givesAnIncompleteRejection_andTheOtherFilesAreJudged(@TempDir Path folder) throws Exception {
        Path rules = Files.createDirectory(folder.resolve("loop"));
        Files.writeString(rules.resolve("loop.drl"), """
                package loop;
                import io.meshgov.model.DataContract;
                rule "LOOP-001 touches every contract for ever"
                    @id("LOOP-001") @severity("INFO")
                when
                    $c : DataContract()
                then
                    update($c);
                end
                """);
        Path contract = Path.of("src/test/resources/descriptors/approved.odcs.yaml");
        CliTest.Run run = meshgov("check", "--rules", rules.toString(), contract.toString());
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertEquals("", run.err());
        assertTrue(run.lines().get(0).endsWith(": REJECTED (incomplete: a rule did not finish)"), run.out());
        assertTrue(run.out().contains("ENGINE-002  the evaluation stopped after 100,000 rule firings, its limit; rule"
                + " LOOP-001 (" + rules.resolve("loop.drl") + ":3:1) fired most of them; the decision is incomplete"),
                run.out());
        CliTest.Run json = meshgov("check", "--format", "json", "--rules", rules.toString(), contract.toString());
        assertTrue(json.out().contains("\"outcome\" : \"REJECTED\"") || json.out().contains("\"outcome\":\"REJECTED\""),
                json.out());
        assertTrue(json.out().contains("\"complete\" : false") || json.out().contains("\"complete\":false"), json.out());
    }
}
