package io.meshgov.engine;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshgov.decision.Decision;
import io.meshgov.decision.Finding;
import io.meshgov.model.Descriptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An audit trail of decisions: one JSON line per decision in a file, rotated by size. What an auditor or a council
 * asks first — what was decided, when, for which descriptor, by which rules — and nothing the descriptor says:
 *
 * <pre>
 * {"time":"2026-11-30T10:15:30.123Z","descriptor":{"id":"orders","version":"1.4.0","kind":"DataContract",
 *  "source":"orders.odcs.yaml"},"outcome":"REJECTED","complete":true,"ruleSetFingerprint":"sha256:...",
 *  "policy":{"name":"acme","version":"3"},"rulePacks":["standard 0.2.0"],"evaluationMicros":412,
 *  "findings":[{"rule":"META-003","path":"schema[orders].properties[card].classification","severity":"ERROR",
 *  "blocks":true,"enforcement":"hard-mandatory","waiver":"","baselined":false,"layer":"council"}]}
 * </pre>
 *
 * <p>Findings are logged by rule, path, severity and effect, never by message: a rule's message may quote the
 * descriptor (an example value, a description), and a property classified above the lowest level must not have its
 * values, examples or free text copied into a log that more people read than the catalog. Paths keep the names of
 * schema objects and properties (the structure, which the catalog publishes); every other entry's name — a team
 * member's username, a server, a role — is logged as {@code *}: {@code team.members[*].role}.
 *
 * <p>Add it to an engine with {@code GovernanceEngine.builder().listener(DecisionLog.jsonLines(file, maxBytes, keep))}.
 * Thread-safe; a line is written whole. A log that cannot be written throws from {@code evaluate}.
 */
@API(status = STABLE, since = "0.1.0")
public final class DecisionLog implements EvaluationListener {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;
    private final long maxBytes;
    private final int keep;
    private final Clock clock;

    private DecisionLog(Path file, long maxBytes, int keep, Clock clock) {
        this.file = Objects.requireNonNull(file, "file");
        if (maxBytes < 1024) {
            throw new IllegalArgumentException("maxBytes must be at least 1024 but was " + maxBytes);
        }
        if (keep < 1) {
            throw new IllegalArgumentException("keep must be at least 1 but was " + keep);
        }
        this.maxBytes = maxBytes;
        this.keep = keep;
        this.clock = clock;
    }

    /**
     * A log in {@code file}: when a line would take it past {@code maxBytes}, it becomes {@code file.1} (the older
     * {@code file.1} becoming {@code file.2}, and so on), and at most {@code keep} such older files are kept.
     */
    public static DecisionLog jsonLines(Path file, long maxBytes, int keep) {
        return new DecisionLog(file, maxBytes, keep, Clock.systemUTC());
    }

    /** As {@link #jsonLines(Path, long, int)}, timing records by {@code clock}. */
    public static DecisionLog jsonLines(Path file, long maxBytes, int keep, Clock clock) {
        return new DecisionLog(file, maxBytes, keep, clock);
    }

    @Override
    public void evaluated(GovernanceEngine engine, Descriptor descriptor, Decision decision, Duration took) {
        write(record(engine, descriptor, decision, took));
    }

    /** The line logged for a decision (without its line break). */
    String record(GovernanceEngine engine, Descriptor descriptor, Decision decision, Duration took) {
        ObjectNode line = MAPPER.createObjectNode();
        line.put("time", clock.instant().toString());
        ObjectNode about = line.putObject("descriptor");
        about.put("id", decision.descriptorId());
        about.put("version", descriptor.version() == null ? "" : descriptor.version());
        about.put("kind", decision.kind().kindName());
        about.put("source", decision.source());
        line.put("outcome", decision.outcome().name());
        line.put("complete", decision.isComplete());
        line.put("ruleSetFingerprint", decision.ruleSetFingerprint());
        line.putObject("policy").put("name", engine.policy().name()).put("version", engine.policy().version());
        ArrayNode packs = line.putArray("rulePacks");
        decision.rulePacks().forEach(packs::add);
        line.put("evaluationMicros", took.toNanos() / 1_000);
        ArrayNode findings = line.putArray("findings");
        for (Finding finding : decision.findings()) {
            findings.addObject().put("rule", finding.ruleId()).put("path", loggedPath(finding.path()))
                    .put("severity", finding.severity().name()).put("blocks", finding.blocks())
                    .put("enforcement", finding.provenance().enforcement().label())
                    .put("waiver", finding.provenance().waiver()).put("baselined", finding.provenance().baselined())
                    .put("layer", finding.provenance().layer());
        }
        try {
            return MAPPER.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private synchronized void write(String record) {
        byte[] bytes = (record + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            if (Files.exists(file) && Files.size(file) + bytes.length > maxBytes) {
                rotate();
            }
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": the decision log cannot be written: " + e.getMessage(), e);
        }
    }

    private void rotate() throws IOException {
        Files.deleteIfExists(older(keep));
        for (int i = keep - 1; i >= 1; i--) {
            if (Files.exists(older(i))) {
                Files.move(older(i), older(i + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(file, older(1), StandardCopyOption.REPLACE_EXISTING);
    }

    private Path older(int generation) {
        return file.resolveSibling(file.getFileName() + "." + generation);
    }

    /** The path with each list entry's name kept only where it names a schema object or property. */
    static String loggedPath(String path) {
        StringBuilder logged = new StringBuilder(path.length());
        int i = 0;
        while (i < path.length()) {
            int open = path.indexOf('[', i);
            if (open < 0) {
                logged.append(path, i, path.length());
                break;
            }
            int close = path.indexOf(']', open);
            if (close < 0) {
                logged.append(path, i, path.length());
                break;
            }
            int start = Math.max(path.lastIndexOf('.', open), path.lastIndexOf(']', open)) + 1;
            String list = path.substring(start, open);
            logged.append(path, i, open + 1);
            logged.append(list.equals("schema") || list.equals("properties") ? path.substring(open + 1, close) : "*");
            logged.append(']');
            i = close + 1;
        }
        return logged.toString();
    }
}
