package io.meshgov.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.batch.BatchEvaluator;
import io.meshgov.batch.BatchResult;
import io.meshgov.batch.BatchSummary;
import io.meshgov.decision.Decision;
import io.meshgov.decision.Finding;
import io.meshgov.decision.Findings;
import io.meshgov.model.KnownContract;
import io.meshgov.policy.RulePack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch streamed one file at a time decides exactly as the collected batch does; products know their contracts. */
class StreamingBatchTest {

    private static final String RULES = """
            package stream;

            import io.meshgov.model.KnownContract;
            import io.meshgov.model.DataContract;
            import io.meshgov.model.DataProduct;

            global io.meshgov.decision.Findings findings;

            rule "STR-001 a product sees the contracts its ports name"
                @id("STR-001") @severity("WARNING")
            when
                $product : DataProduct()
                KnownContract( $id : id )
            then
                findings.report($product, "", "knows " + $id);
            end

            rule "STR-002 a contract sees no other contract"
                @id("STR-002") @severity("ERROR")
            when
                $contract : DataContract()
                KnownContract()
            then
                findings.report($contract, "", "knows another contract");
            end
            """;

    private static BatchEvaluator engine;

    @TempDir
    static Path folder;

    private static List<Path> files;

    @BeforeAll
    static void buildOnce() throws IOException {
        engine = BatchEvaluator.of(GovernanceEngine.builder().rulePack(RulePack.ofDrl("stream", RULES)).build()).threads(4);
        files = new ArrayList<>();
        files.add(write("product.yaml", """
                apiVersion: v1.0.0
                kind: DataProduct
                id: sales-insights
                name: sales insights
                status: active
                inputPorts:
                  - name: orders
                    version: 1.0.0
                    contractId: orders
                outputPorts:
                  - name: insights
                    version: 1.0.0
                    contractId: insights
                """));
        files.add(write("orders.yaml", "apiVersion: v3.1.0\nkind: DataContract\nid: orders\n"));
        files.add(write("insights.yaml", "apiVersion: v3.1.0\nkind: DataContract\nid: insights\n"));
        files.add(write("unrelated.yaml", "apiVersion: v3.1.0\nkind: DataContract\nid: unrelated\n"));
        files.add(write("broken.yaml", "apiVersion: v3.1.0\nkind: DataContract\n"));
    }

    private static Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aProduct_knowsTheContractsItsPortsName_andAContractKnowsNone() {
        BatchResult batch = engine.evaluateAll(files);

        Decision product = batch.decisions().get(0);
        assertEquals("sales-insights", product.descriptorId(), "decisions keep the order of the files");
        assertEquals(List.of("knows insights", "knows orders"),
                product.findings().stream().map(Finding::message).sorted().toList());
        assertTrue(batch.decisions().stream().allMatch(decision -> decision.findingsOf("STR-002").isEmpty()));
        assertEquals(1, batch.unreadable().size());
    }

    @Test
    void onOneThread_aStreamedBatch_givesContractsInOrder_thenProducts() {
        BatchEvaluator oneThread = engine.threads(1);
        List<Decision> streamed = new ArrayList<>();

        oneThread.evaluateEach(files, streamed::add);

        assertEquals(List.of("orders", "insights", "unrelated", "sales-insights"),
                streamed.stream().map(Decision::descriptorId).toList());
    }

    @Test
    void aStreamedBatch_decidesAsTheCollectedOne() {
        List<Decision> streamed = new ArrayList<>();
        BatchSummary summary = engine.evaluateEach(files, streamed::add);

        assertEquals(engine.evaluateAll(files).decisions().stream().map(Decision::toString).sorted().toList(),
                streamed.stream().map(Decision::toString).sorted().toList());
        assertEquals(3, summary.approved());
        assertEquals(1, summary.approvedWithWarnings());
        assertEquals(1, summary.unreadable().size());
        assertTrue(!summary.passed());
    }

    @Test
    void aBatchOfNoThreads_isRefusedSayingWhy() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> engine.threads(0));
        assertEquals("a batch needs at least 1 thread but was given 0", refused.getMessage());
    }
}
