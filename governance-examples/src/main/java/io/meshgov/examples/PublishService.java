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
import java.util.concurrent.Executors;

/**
 * A catalog's publish endpoint on the JDK's HTTP server: {@code POST /decisions} with a contract or product (YAML
 * or JSON) as the body answers the decision as JSON ({@link DecisionJson}) — 200 when approved, 422 when
 * rejected; 400 for an empty or unreadable body (with each problem at its line), 413 past the size limit.
 * {@code POST /reload} rebuilds the rules (they are also reloaded when a file of the rule folder changes); rules
 * that do not compile leave the old ones serving and are answered 409 with every problem. Every decision is
 * written to a decision log.
 *
 * <p>Run it from the repository root with
 * {@code ./mvnw -q -DskipTests package exec:java -Dmeshgov.example=io.meshgov.examples.PublishService
 * -Dmeshgov.example.args="--rules governance-examples/rules/payments"}, then
 * {@code curl --data-binary @governance-examples/descriptors/payments/settlements.odcs.yaml localhost:8080/decisions}.
 */
public final class PublishService implements AutoCloseable {

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
        DecisionLog decisionLog = DecisionLog.jsonLines(log, 16 * 1024 * 1024, 5);
        ReloadableEngine rules = ReloadableEngine.of(() -> {
            GovernanceEngine.Builder builder = GovernanceEngine.builder().rulePack(StandardRules.pack())
                    .listener(decisionLog);
            if (ruleFolder != null) {
                builder.rulePack(RulePack.fromDirectory(ruleFolder));
            }
            return builder.build();
        });
        if (ruleFolder != null) {
            rules.watch(List.of(ruleFolder), Duration.ofMillis(500));
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        ExecutorService threads = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        server.setExecutor(threads);
        PublishService service = new PublishService(server, rules, threads, limits);
        server.createContext("/decisions", service::decide);
        server.createContext("/reload", service::reload);
        server.start();
        return service;
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    private void decide(HttpExchange exchange) throws IOException {
        try (exchange) {
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
            answerQuietly(exchange, 500, error("the decision could not be made: " + e.getClass().getSimpleName()));
        }
    }

    private void reload(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                answer(exchange, 405, error("reload with POST"));
                return;
            }
            ReloadableEngine.Reload reload = rules.reload();
            String json = "{\"swapped\": " + reload.swapped() + ", \"fingerprint\": " + quote(reload.fingerprint())
                    + ", \"failure\": " + quote(reload.failure()) + "}";
            answer(exchange, reload.swapped() ? 200 : 409, json);
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
