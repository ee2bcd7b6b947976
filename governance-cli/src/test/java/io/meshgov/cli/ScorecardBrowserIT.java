package io.meshgov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshgov.batch.Scorecard;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scorecard page in a real headless browser (Debian's chromium, driven over its DevTools protocol): it shows the
 * scorecard's numbers, its console has no error, it requests nothing but itself, and a screenshot is kept as
 * {@code target/scorecard-screenshot.png}. Without chromium the test is skipped, unless MESHGOV_REQUIRE_BROWSER is
 * set (CI installs chromium and sets it).
 */
class ScorecardBrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void thePage_showsTheNumbers_withoutErrorsOrRequests() throws Exception {
        CliTest.Run run = CliTest.meshgov("report", "--policy", "../governance-examples/federated/governance.yaml",
                "--as-of", "2026-12-01", "--output", folder.resolve("report").toString(), "../governance-examples/descriptors");
        assertEquals(0, run.exitCode(), run.err());
        Scorecard card = Scorecard.fromJson(Files.readString(folder.resolve("report/scorecard.json")));
        String page = folder.resolve("report/index.html").toUri().toString();

        Shown shown = show(page, "target/scorecard-screenshot.png");
        String text = shown.text();

        assertTrue(text.contains("Governance scorecard"), text);
        assertTrue(text.contains(card.overall().rejected() + "\nrejected"), text);
        assertTrue(text.contains(card.overall().descriptors() + "\ndescriptors"), text);
        assertTrue(text.contains(String.format(java.util.Locale.ROOT, "%.1f%%", card.overall().completeMetadataPercent())), text);
        for (Scorecard.DomainScore domain : card.domains()) {
            assertTrue(text.contains(domain.domain()), domain.domain());
        }
        assertTrue(text.contains("advisory: does not block yet (advisory by layer council (advisory until 2027-01-01,"
                + " then soft-mandatory"), "an advisory error says so, and when it starts to block: " + text);
        assertEquals(List.of(page), shown.requests(), "the page requests nothing but itself");
        assertEquals(List.of(), shown.errors(), "no console error");
        assertTrue(Files.size(Path.of("target/scorecard-screenshot.png")) > 10_000, "a screenshot of the page is kept");
    }

    @Test
    void theMesh_isDrawnAndTabled_andItsLinksReachTheFiles_whereverTheReportIsWritten() throws Exception {
        Path output = folder.resolve("reports/deep/mesh");
        CliTest.Run run = CliTest.meshgov("report", "--as-of", "2026-12-01", "--output", output.toString(),
                "../governance-examples/mesh");
        assertEquals(0, run.exitCode(), run.err());
        String page = output.resolve("index.html").toUri().toString();

        Shown shown = show(page, "target/scorecard-mesh-screenshot.png");

        assertTrue(shown.text().contains("The mesh"), shown.text());
        assertTrue(shown.text().contains("Contracts at risk"), shown.text());
        assertTrue(shown.text().contains("loyalty-points"), shown.text());
        assertTrue(shown.meshWidth() > 300, "the graph is drawn: " + shown.meshWidth());
        assertEquals(List.of(), shown.errors(), "no console error");
        for (String link : shown.links()) {
            assertTrue(Files.isRegularFile(Path.of(java.net.URI.create(link))), "a link to a file that exists: " + link);
        }
        assertTrue(!shown.links().isEmpty(), "the contracts at risk link to their files");
    }

    /** What a browser showed of a page: its text, the requests it made, its console errors, its links, the graph. */
    record Shown(String text, List<String> requests, List<String> errors, List<String> links, double meshWidth) {
    }

    private Shown show(String page, String screenshotFile) throws Exception {
        String chromium = chromium();
        // The profile lives outside the test's temporary folder: chromium's helper processes may still write to it for
        // a moment after the browser is stopped, and the folder's deletion must not fail the test for that.
        Path profile = Files.createTempDirectory("meshgov-chromium-profile");
        Process browser = new ProcessBuilder(chromium, "--headless=new", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--remote-debugging-port=0", "--user-data-dir=" + profile, "--window-size=1200,1600",
                "about:blank").redirectErrorStream(true).redirectOutput(folder.resolve("chromium.log").toFile()).start();
        try (DevTools devTools = DevTools.connect(profile)) {
            devTools.call("Network.enable", JSON.createObjectNode());
            devTools.call("Runtime.enable", JSON.createObjectNode());
            devTools.call("Log.enable", JSON.createObjectNode());
            devTools.call("Page.enable", JSON.createObjectNode());
            devTools.call("Page.navigate", JSON.createObjectNode().put("url", page));
            devTools.awaitEvent("Page.loadEventFired");
            String text = devTools.call("Runtime.evaluate", JSON.createObjectNode()
                    .put("expression", "document.body.innerText").put("returnByValue", true)).at("/result/value").asText();
            String links = devTools.call("Runtime.evaluate", JSON.createObjectNode()
                    .put("expression", "Array.from(document.querySelectorAll('a')).map(a => a.href).filter(h => h.startsWith('file:')).join('\\n')")
                    .put("returnByValue", true)).at("/result/value").asText();
            double meshWidth = devTools.call("Runtime.evaluate", JSON.createObjectNode()
                    .put("expression", "(document.querySelector('svg[aria-labelledby^=\"mesh\"]') || {getBoundingClientRect: () => ({width: 0})}).getBoundingClientRect().width")
                    .put("returnByValue", true)).at("/result/value").asDouble();
            JsonNode shot = devTools.call("Page.captureScreenshot", JSON.createObjectNode().put("format", "png")
                    .put("captureBeyondViewport", true));
            Files.write(Path.of(screenshotFile), Base64.getDecoder().decode(shot.at("/data").asText()));
            return new Shown(text, devTools.requests(), devTools.errors(),
                    links.isEmpty() ? List.of() : List.of(links.split("\n")), meshWidth);
        } finally {
            List<ProcessHandle> helpers = browser.descendants().toList();
            browser.destroy();
            browser.waitFor(10, TimeUnit.SECONDS);
            for (ProcessHandle helper : helpers) {
                helper.destroyForcibly();
                try {
                    helper.onExit().get(10, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    // gone already, or going: the profile is deleted as far as it can be
                }
            }
            deleteQuietly(profile);
        }
    }

    /** Deletes what it can of the profile; a file a helper wrote last is left to the system's temporary folder. */
    private static void deleteQuietly(Path folder) {
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            // best effort
        }
    }

    private static String chromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        boolean required = System.getenv("MESHGOV_REQUIRE_BROWSER") != null;
        if (required) {
            throw new AssertionError("chromium is not installed: apt-get install chromium (.ci/run does)");
        }
        Assumptions.abort("chromium is not installed (apt-get install chromium); the page was not checked in a browser");
        return null;
    }

    /** A minimal client of the DevTools protocol: one page, calls by id, events collected. */
    private static final class DevTools implements WebSocket.Listener, AutoCloseable {

        private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
        private final Map<String, CompletableFuture<JsonNode>> awaited = new ConcurrentHashMap<>();
        private final List<String> requests = new CopyOnWriteArrayList<>();
        private final List<String> errors = new CopyOnWriteArrayList<>();
        private final AtomicInteger ids = new AtomicInteger();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        static DevTools connect(Path profile) throws Exception {
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("chromium did not start its DevTools endpoint");
                }
                Thread.sleep(100);
            }
            String port = Files.readAllLines(portFile).get(0).strip();
            HttpClient http = HttpClient.newHttpClient();
            JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/json/list")).build(), HttpResponse.BodyHandlers.ofString()).body());
            String pageSocket = null;
            for (JsonNode target : targets) {
                if ("page".equals(target.path("type").asText())) {
                    pageSocket = target.path("webSocketDebuggerUrl").asText();
                }
            }
            DevTools devTools = new DevTools();
            devTools.socket = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), devTools).get(30, TimeUnit.SECONDS);
            return devTools;
        }

        JsonNode call(String method, ObjectNode params) throws Exception {
            int id = ids.incrementAndGet();
            CompletableFuture<JsonNode> answer = new CompletableFuture<>();
            pending.put(id, answer);
            ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
            message.set("params", params);
            socket.sendText(JSON.writeValueAsString(message), true).get(30, TimeUnit.SECONDS);
            JsonNode reply = answer.get(60, TimeUnit.SECONDS);
            if (reply.has("error")) {
                throw new AssertionError(method + ": " + reply.get("error"));
            }
            return reply.path("result");
        }

        void awaitEvent(String method) throws Exception {
            awaited.computeIfAbsent(method, key -> new CompletableFuture<>()).get(60, TimeUnit.SECONDS);
        }

        List<String> requests() {
            return new ArrayList<>(requests);
        }

        List<String> errors() {
            return new ArrayList<>(errors);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    handle(JSON.readTree(partial.toString()));
                } catch (IOException e) {
                    errors.add("unreadable DevTools message: " + e.getMessage());
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        private void handle(JsonNode message) {
            if (message.has("id")) {
                CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
                if (answer != null) {
                    answer.complete(message);
                }
                return;
            }
            String method = message.path("method").asText();
            JsonNode params = message.path("params");
            switch (method) {
                case "Network.requestWillBeSent" -> requests.add(params.at("/request/url").asText());
                case "Runtime.exceptionThrown" -> errors.add(params.at("/exceptionDetails/text").asText());
                case "Runtime.consoleAPICalled" -> {
                    if ("error".equals(params.path("type").asText())) {
                        errors.add(params.toString());
                    }
                }
                case "Log.entryAdded" -> {
                    if ("error".equals(params.at("/entry/level").asText())) {
                        errors.add(params.at("/entry/text").asText() + " " + params.at("/entry/url").asText());
                    }
                }
                default -> { }
            }
            awaited.computeIfAbsent(method, key -> new CompletableFuture<>()).complete(params);
        }

        @Override
        public void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }

}
