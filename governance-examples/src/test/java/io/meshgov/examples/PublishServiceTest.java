package io.meshgov.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.decision.Decision;
import io.meshgov.decision.DecisionJson;
import io.meshgov.read.ReadLimits;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example publish endpoint, started on 127.0.0.1 and sent real HTTP requests: decisions as JSON with the right
 * status, clear 4xx answers for bad bodies, a reload in the middle of concurrent requests that loses and mixes
 * nothing, and one decision log line per decision.
 */
class PublishServiceTest {

    private static final String DOMAIN_RULE = """
            package payments;
            import io.meshgov.model.DataContract;
            global io.meshgov.decision.Findings findings;
            rule "PAY-900 contracts name their tenant" @id("PAY-900") @severity("WARNING")
                @remediation("add 'tenant: <your tenant>'")
            when $c : DataContract( tenant == null ) then findings.report($c, "tenant", "no tenant");
            end
            """;

    @TempDir
    Path folder;

    private PublishService service;
    private final HttpClient client = HttpClient.newHttpClient();
    private Path rules;
    private Path log;

    @BeforeEach
    void start() throws Exception {
        rules = Files.createDirectories(folder.resolve("rules/payments"));
        Files.writeString(rules.resolve("tenant.drl"), "package payments;\n");
        Files.writeString(rules.resolve("tenant.drl"), DOMAIN_RULE.replace("tenant == null", "tenant == \"never\""));
        log = folder.resolve("decisions.jsonl");
        service = PublishService.start(0, rules, log, ReadLimits.defaults().with("fileBytes", 256 * 1024));
    }

    @AfterEach
    void stop() {
        service.close();
    }

    private HttpResponse<String> post(String path, byte[] body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .timeout(java.time.Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] file(String name) throws Exception {
        return Files.readAllBytes(Path.of("descriptors").resolve(name));
    }

    @Test
    void aContract_isAnsweredWithItsDecision_andBadBodiesWithAClearMessage() throws Exception {
        HttpResponse<String> approved = post("/decisions?name=settlements.odcs.yaml", file("payments/settlements.odcs.yaml"));
        HttpResponse<String> rejected = post("/decisions?name=cards.odcs.yaml", file("payments/card-payments.odcs.yaml"));

        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals("settlements.odcs.yaml", DecisionJson.read(approved.body()).source());
        assertEquals(422, rejected.statusCode(), rejected.body());
        Decision decision = DecisionJson.read(rejected.body());
        assertFalse(decision.blocking().isEmpty());

        HttpResponse<String> empty = post("/decisions", new byte[0]);
        assertEquals(400, empty.statusCode());
        assertEquals("{\"error\": \"the request has no body: send the contract's YAML or JSON\"}", empty.body());
        HttpResponse<String> tooLarge = post("/decisions", new byte[300 * 1024]);
        assertEquals(413, tooLarge.statusCode());
        assertTrue(tooLarge.body().contains("at most 262144 are read"), tooLarge.body());
        HttpResponse<String> unreadable = post("/decisions?name=broken.yaml",
                "apiVersion: v3.1.0\nkind: DataContract\nid: [oops\n".getBytes());
        assertEquals(400, unreadable.statusCode());
        assertTrue(unreadable.body().contains("\"line\": "), unreadable.body());
        assertFalse(unreadable.body().contains("Exception"), unreadable.body());
        assertEquals(2, Files.readAllLines(log).size(), "one log line per decision, none for refused bodies");
    }

    @Test
    void concurrentRequests_withAReloadInTheMiddle_getWholeDecisions() throws Exception {
        String before = service.rules().current().fingerprint();
        byte[] body = file("payments/settlements.odcs.yaml");
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 160; i++) {
            answers.add(clients.submit(() -> post("/decisions?name=settlements.odcs.yaml", body)));
            if (i == 80) {
                Files.writeString(rules.resolve("tenant.drl"), DOMAIN_RULE);
                HttpResponse<String> reload = post("/reload", new byte[0]);
                assertEquals(200, reload.statusCode(), reload.body());
            }
        }
        String after = service.rules().current().fingerprint();
        Set<String> fingerprints = new java.util.HashSet<>();
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            assertEquals(200, response.statusCode(), response.body());
            Decision decision = DecisionJson.read(response.body());
            fingerprints.add(decision.ruleSetFingerprint());
            boolean newRules = decision.ruleSetFingerprint().equals(after);
            assertTrue(newRules || decision.ruleSetFingerprint().equals(before));
            assertEquals(newRules, !decision.findingsOf("PAY-900").isEmpty(), "wholly one engine's decision");
        }
        clients.shutdown();
        assertTrue(fingerprints.contains(after), "requests after the reload met the new rules");
        assertEquals(160, Files.readAllLines(log).size(), "every decision logged");
    }

    @Test
    void rulesThatDoNotCompile_areRefusedOnReload_andTheOldOnesKeepServing() throws Exception {
        String serving = service.rules().current().fingerprint();
        Files.writeString(rules.resolve("tenant.drl"), DOMAIN_RULE.replace("tenant == null", "tenantt == null"));

        HttpResponse<String> reload = post("/reload", new byte[0]);

        assertEquals(409, reload.statusCode());
        assertTrue(reload.body().contains("tenant.drl:6"), reload.body());
        HttpResponse<String> still = post("/decisions", file("payments/settlements.odcs.yaml"));
        assertEquals(serving, DecisionJson.read(still.body()).ruleSetFingerprint());
    }
}
