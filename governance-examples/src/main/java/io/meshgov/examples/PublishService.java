package io.meshgov.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.meshgov.DescriptorException;
import io.meshgov.Problem;
import io.meshgov.decision.Decision;
import io.meshgov.decision.DecisionJson;
import io.meshgov.decision.Outcome;
import io.meshgov.engine.DecisionLog;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.engine.ReloadableEngine;
import io.meshgov.policy.RulePack;
import io.meshgov.read.DescriptorFormat;
import io.meshgov.read.DescriptorReader;
import io.meshgov.read.ReadLimits;
import io.meshgov.rules.StandardRules;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A catalog's publish endpoint on the JDK's HTTP server: {@code POST /decisions} with a contract or product (YAML
 * or JSON) as the body answers the decision as JSON ({@link DecisionJson}) — 200 when approved, 422 when
 * rejected; 400 for an empty or unreadable body (with each problem at its line), 413 past the size limit, 500 with
 * a body when no decision could be made (a decision log that cannot be written). {@code GET /health} answers 200
 * with the rules' fingerprint. {@code POST /reload} rebuilds the rules (they are also reloaded when a file of the
 * rule folder changes) for a caller holding the token of {@code MESHGOV_RELOAD_TOKEN} ({@code Authorization:
 * Bearer ...}); without a token configured it is off. Rules that do not compile leave the old ones serving and are
 * answered 409 with every problem; one reload runs at a time (429 for another meanwhile).
 *
 * <p>As the template a catalog copies, it is bounded against its clients: a fixed pool of workers with a bounded
 * queue, and every request must arrive within {@value #REQUEST_SECONDS} seconds (the JDK server's
 * {@code sun.net.httpserver.maxReqTime}), so a client sending a byte a second is cut off instead of holding a
 * worker; the domain's rule folder is judged as a restricted layer (docs/trust.md), never as the council's own
 * rules.
 *
 * <p>Run it from the repository root with
 * {@code ./mvnw -q -DskipTests package exec:java -Dmeshgov.example=io.meshgov.examples.PublishService
 * -Dmeshgov.example.args="--rules governance-examples/rules/payments"}, then
 * {@code curl --data-binary @governance-examples/descriptors/payments/settlements.odcs.yaml localhost:8080/decisions}.
 */
public final class PublishService implements AutoCloseable {

    /** How long a request may take to arrive, in seconds; a slower one is cut off. */
    public static final int REQUEST_SECONDS = 10;
    /** Workers judging requests, and how many requests may wait for one. */
    public static final int WORKERS = 16;
    public static final int QUEUED = 64;
    /** The environment variable holding the token {@code /reload} asks for. */
    public static final String RELOAD_TOKEN = "MESHGOV_RELOAD_TOKEN";

    private final java.util.concurrent.Semaphore reloading = new java.util.concurrent.Semaphore(1);
    private volatile String reloadToken;
    private final HttpServer server;
    private final ReloadableEngine rules;
    private final ExecutorService threads;
    private final ReadLimits limits;

    private PublishService(HttpServer server, ReloadableEngine rules, ExecutorService threads, ReadLimits limits) {
        this.server = server;
        this.rules = rules;
        this.threads = threads;
        this.limits = limits;
    }

    /**
     * Starts the service on {@code port} of 127.0.0.1 (0: any free port): the standard pack and, when given, the
     * domain's rule folder (watched), logging decisions to {@code log}; bodies up to {@code limits}' file size.
     */
    public static PublishService start(int port, Path ruleFolder, Path log, ReadLimits limits) throws IOException {
        return start(port, ruleFolder, log, limits, System.getenv(RELOAD_TOKEN));
    }

    /** As {@link #start(int, Path, Path, ReadLimits)}, with the token {@code /reload} asks for (null: reload off). */
    public static PublishService start(int port, Path ruleFolder, Path log, ReadLimits limits, String reloadToken)
            throws IOException {
        // The JDK server reads these once, when it is first used: set them before, unless the host set its own.
        System.getProperties().putIfAbsent("sun.net.httpserver.maxReqTime", String.valueOf(REQUEST_SECONDS));
        System.getProperties().putIfAbsent("sun.net.httpserver.maxRspTime", String.valueOf(REQUEST_SECONDS));
        DecisionLog decisionLog = DecisionLog.jsonLines(log, 16 * 1024 * 1024, 5);
        ReloadableEngine rules = ReloadableEngine.of(() -> {
            GovernanceEngine.Builder builder = GovernanceEngine.builder().listener(decisionLog);
            if (ruleFolder == null) {
                return builder.rulePack(StandardRules.pack()).build();
            }
            // The council's standard, trusted; the domain's folder a restricted layer beside it.
            io.meshgov.SourceLocation here = io.meshgov.SourceLocation.startOf("PublishService");
            io.meshgov.policy.PolicyLayer council = new io.meshgov.policy.PolicyLayer("council", List.of(),
                    io.meshgov.policy.Scope.everywhere(), List.of(StandardRules.pack()), null, List.of(), List.of(),
                    List.of(), List.of(), here, true);
            io.meshgov.policy.PolicyLayer domain = new io.meshgov.policy.PolicyLayer("domain", List.of("council"),
                    io.meshgov.policy.Scope.everywhere(), List.of(RulePack.fromDirectory(ruleFolder)), null, List.of(),
                    List.of(), List.of(), List.of(), here);
            return builder.policy(new io.meshgov.policy.GovernancePolicy("PublishService", "publish-service", "",
                    List.of(council, domain), io.meshgov.policy.GovernancePolicy.DEFAULT_WAIVER_WARNING_DAYS, null))
                    .build();
        });
        if (ruleFolder != null) {
            rules.watch(List.of(ruleFolder), Duration.ofMillis(500));
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), QUEUED);
        // A bounded pool with a bounded queue: past both, a request is refused (its connection closed), never queued
        // without end.
        ExecutorService threads = new java.util.concurrent.ThreadPoolExecutor(WORKERS, WORKERS, 0, TimeUnit.SECONDS,
                new java.util.concurrent.ArrayBlockingQueue<>(QUEUED), new java.util.concurrent.ThreadPoolExecutor.AbortPolicy());
        server.setExecutor(threads);
        PublishService service = new PublishService(server, rules, threads, limits);
        service.reloadToken = reloadToken == null || reloadToken.isBlank() ? null : reloadToken;
        server.createContext("/decisions", service::decide);
        server.createContext("/reload", service::reload);
        server.createContext("/health", service::health);
        server.start();
        return service;
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    private void decide(HttpExchange exchange) throws IOException {
        try (exchange) {
            decideOrRefuse(exchange);
        }
    }

    /** Inside the exchange, so that a failure is answered before the exchange closes. */
    private void decideOrRefuse(HttpExchange exchange) throws IOException {
        try {
            if (!"POST".equals(exchange.getRequestMethod())) {
                answer(exchange, 405, error("send the contract with POST"));
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
                if (body.length > limits.maxFileBytes()) {
                    // Read on a little, so that a client still sending hears the answer; past that, the connection
                    // closes: the size of what is read stays bounded whatever is sent.
                    in.skipNBytes(Math.min(Math.max(0, parseLength(exchange.getRequestHeaders()
                            .getFirst("Content-Length")) - body.length), 3 * limits.maxFileBytes()));
                    exchange.getResponseHeaders().set("Connection", "close");
                    answer(exchange, 413, error("the body is larger than " + limits.maxFileBytes() + " bytes, at most"
                            + " " + limits.maxFileBytes() + " are read"));
                    return;
                }
            }
            if (new String(body, StandardCharsets.UTF_8).isBlank()) {
                answer(exchange, 400, error("the request has no body: send the contract's YAML or JSON"));
                return;
            }
            String name = nameOf(exchange);
            String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
            DescriptorFormat format = type.contains("json") || name.endsWith(".json") ? DescriptorFormat.JSON
                    : DescriptorFormat.YAML;
            Decision decision;
            try {
                decision = rules.evaluate(DescriptorReader.read(new ByteArrayInputStream(body), name, format, limits));
            } catch (DescriptorException e) {
                answer(exchange, 400, unreadable(e.problems()));
                return;
            }
            answer(exchange, decision.outcome() == Outcome.REJECTED ? 422 : 200, DecisionJson.write(decision));
        } catch (RuntimeException e) {
            // A defect, or a decision log that cannot be written: refuse, never answer as if decided.
            answerQuietly(exchange, 500, error("the decision could not be made: " + (e instanceof java.io.UncheckedIOException
                    ? "the decision log cannot be written" : "an error in the service")));
        }
    }

    private void reload(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                answer(exchange, 405, error("reload with POST"));
                return;
            }
            if (reloadToken == null) {
                answer(exchange, 403, error("reloading is off: start the service with " + RELOAD_TOKEN + " set"));
                return;
            }
            String given = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
            if (!java.security.MessageDigest.isEqual(("Bearer " + reloadToken).getBytes(StandardCharsets.UTF_8),
                    given.getBytes(StandardCharsets.UTF_8))) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
                answer(exchange, 401, error("reload needs the service's token: Authorization: Bearer <token>"));
                return;
            }
            if (!reloading.tryAcquire()) {
                answer(exchange, 429, error("a reload is running; try again when it ends"));
                return;
            }
            try {
                ReloadableEngine.Reload reload = rules.reload();
                String json = "{\"swapped\": " + reload.swapped() + ", \"fingerprint\": " + quote(reload.fingerprint())
                        + ", \"failure\": " + quote(reload.failure()) + "}";
                answer(exchange, reload.swapped() ? 200 : 409, json);
            } finally {
                reloading.release();
            }
        }
    }

    private void health(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                answer(exchange, 405, error("ask with GET"));
                return;
            }
            answer(exchange, 200, "{\"status\": \"ok\", \"rules\": " + quote(rules.current().fingerprint()) + "}");
        }
    }

    /** The name messages give the body: {@code ?name=orders.odcs.yaml}, else "request". */
    private static String nameOf(HttpExchange exchange) {
        String query = exchange.getRequestURI().getQuery();
        if (query != null) {
            for (String part : query.split("&")) {
                if (part.startsWith("name=") && part.length() > 5) {
                    return java.net.URLDecoder.decode(part.substring(5), StandardCharsets.UTF_8);
                }
            }
        }
        return "request";
    }

    private static long parseLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String unreadable(List<Problem> problems) {
        StringBuilder json = new StringBuilder("{\"error\": \"the contract cannot be read\", \"problems\": [");
        for (int i = 0; i < problems.size(); i++) {
            Problem problem = problems.get(i);
            json.append(i == 0 ? "" : ", ").append("{\"code\": ").append(quote(problem.code().id()))
                    .append(", \"line\": ").append(problem.location().line()).append(", \"column\": ")
                    .append(problem.location().column()).append(", \"message\": ")
                    .append(quote((problem.subject().isEmpty() ? "" : problem.subject() + ": ") + problem.message()))
                    .append('}');
        }
        return json.append("]}").toString();
    }

    private static String error(String message) {
        return "{\"error\": " + quote(message) + "}";
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void answerQuietly(HttpExchange exchange, int status, String json) {
        try {
            answer(exchange, status, json);
        } catch (IOException | RuntimeException e) {
            // the client is gone; nothing was decided for it
        }
    }

    /** The engine serving, for tests and metrics. */
    public ReloadableEngine rules() {
        return rules;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        rules.close();
    }

    /** {@code [--port N] [--rules DIR] [--log FILE]}: serves until stopped. */
    public static void main(String[] args) throws IOException {
        int port = 8080;
        Path rules = null;
        Path log = Path.of("decisions.jsonl");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--rules" -> rules = Path.of(args[i + 1]);
                case "--log" -> log = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use --port N, --rules DIR, --log FILE");
            }
        }
        PublishService service = start(port, rules, log, ReadLimits.defaults());
        System.out.println("meshgov publish service on http://127.0.0.1:" + service.port() + "/decisions, rules "
                + service.rules().current().fingerprint() + ", decisions logged to " + log);
    }
}
