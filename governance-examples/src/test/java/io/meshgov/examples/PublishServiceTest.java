package io.meshgov.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
        service = PublishService.start(0, rules, log, ReadLimits.defaults().with("fileBytes", 256 * 1024), TOKEN);
    }

    @AfterEach
    void stop() {
        service.close();
    }

    private static final String TOKEN = "reload-token-of-the-test";

    private HttpResponse<String> post(String path, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .timeout(java.time.Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (path.equals("/reload")) {
            request.header("Authorization", "Bearer " + TOKEN);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
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

    /** Clients that announce a body and send it a byte a second, as the attack was made. */
    private List<java.net.Socket> slowClients(int count) throws Exception {
        List<java.net.Socket> slow = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            java.net.Socket socket = new java.net.Socket("127.0.0.1", service.port());
            socket.getOutputStream().write(("POST /decisions HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            slow.add(socket);
        }
        Thread trickle = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                for (java.net.Socket socket : slow) {
                    try {
                        socket.getOutputStream().write('a');
                    } catch (java.io.IOException e) {
                        // cut off: what the service should do
                    }
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        trickle.setDaemon(true);
        trickle.start();
        return slow;
    }

    @Test
    void slowClients_neitherStarveOthers_norHoldAWorkerLongerThanTheRequestTime() throws Exception {
        List<java.net.Socket> some = slowClients(PublishService.WORKERS / 2);
        long started = System.nanoTime();
        HttpResponse<String> beside = post("/decisions?name=settlements.odcs.yaml", file("payments/settlements.odcs.yaml"));
        assertEquals(200, beside.statusCode(), beside.body());
        assertTrue(java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) < 5,
                "answered beside slow clients at once");

        List<java.net.Socket> many = slowClients(PublishService.WORKERS + 4);
        Thread.sleep(java.util.concurrent.TimeUnit.SECONDS.toMillis(PublishService.REQUEST_SECONDS + 3));
        HttpResponse<String> after = post("/decisions?name=settlements.odcs.yaml", file("payments/settlements.odcs.yaml"));
        assertEquals(200, after.statusCode(), "the slow clients were cut off after " + PublishService.REQUEST_SECONDS
                + " s and the workers serve again: " + after.body());
        for (java.net.Socket socket : many) {
            socket.setSoTimeout(5000);
            assertEquals(-1, socket.getInputStream().read(), "the service closed a slow client's connection");
        }
        HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + service.port() + "/health")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertTrue(health.body().startsWith("{\"status\": \"ok\", \"rules\": \""), health.body());
        for (java.net.Socket socket : some) {
            socket.close();
        }
        for (java.net.Socket socket : many) {
            socket.close();
        }
    }

    @Test
    void reload_needsTheToken_andRunsOneAtATime() throws Exception {
        HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + service.port() + "/reload")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        HttpResponse<String> wrong = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + service.port() + "/reload")).header("Authorization", "Bearer guess")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, wrong.statusCode(), wrong.body());
        List<java.util.concurrent.Future<HttpResponse<String>>> reloads = new java.util.ArrayList<>();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            for (int i = 0; i < 8; i++) {
                reloads.add(pool.submit(() -> post("/reload", new byte[0])));
            }
            java.util.Set<Integer> statuses = new java.util.TreeSet<>();
            for (var reload : reloads) {
                statuses.add(reload.get().statusCode());
            }
            assertTrue(statuses.contains(200), statuses.toString());
            assertTrue(statuses.stream().allMatch(status -> status == 200 || status == 429), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDecisionLogThatCannotBeWritten_isAnswered500WithABody_neverAsDecided() throws Exception {
        Files.deleteIfExists(log);
        Files.createDirectories(log);   // the log's name is now a folder: every write fails
        HttpResponse<String> refused = post("/decisions?name=settlements.odcs.yaml", file("payments/settlements.odcs.yaml"));
        assertEquals(500, refused.statusCode(), refused.body());
        assertEquals("{\"error\": \"the decision could not be made: the decision log cannot be written\"}",
                refused.body());
    }

    @Test
    void theDomainsRuleFolder_isARestrictedLayer() throws Exception {
        service.close();
        Files.writeString(rules.resolve("tenant.drl"), DOMAIN_RULE.replace("findings.report($c, \"tenant\", \"no tenant\");",
                "System.exit(3);"));
        io.meshgov.RuleCompilationException refused = assertThrows(io.meshgov.RuleCompilationException.class,
                () -> PublishService.start(0, rules, log, ReadLimits.defaults(), TOKEN),
                "a domain's rules may not call System.exit");
        assertTrue(refused.getMessage().contains("tenant.drl"), refused.getMessage());
        service = PublishService.start(0, null, log, ReadLimits.defaults(), TOKEN);
    }
}
