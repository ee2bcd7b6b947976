package io.meshgov.engine;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.decision.Decision;
import io.meshgov.model.Descriptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * An engine a live service can change without restarting: it holds the engine built by a recipe (a policy, rule
 * folders or jars, as the service builds it), and {@link #reload()} builds anew and swaps atomically. Evaluations
 * already running finish on the engine they started on (an engine is immutable); new ones get the new engine. When
 * the new rules do not compile, the old engine keeps serving and {@link #lastReload()} says why. Optionally
 * {@link #watch} reloads when rule files change. Thread-safe.
 *
 * <pre>{@code
 * ReloadableEngine rules = ReloadableEngine.of(() -> GovernanceEngine.builder()
 *         .policy(PolicyReader.read(Path.of("governance.yaml"))).build());
 * Decision decision = rules.evaluate(descriptor);
 * ReloadableEngine.Reload reload = rules.reload(); // after the council merged a rule change
 * }</pre>
 */
@API(status = STABLE, since = "0.1.0")
public final class ReloadableEngine implements AutoCloseable {

    /**
     * What one reload did.
     *
     * @param at          when it finished
     * @param swapped     whether the new engine now serves
     * @param fingerprint the fingerprint of the engine that serves after it
     * @param took        how long building took
     * @param failure     why the new engine was not built (every problem, at its file and line); empty when swapped
     */
    public record Reload(Instant at, boolean swapped, String fingerprint, Duration took, String failure) {
    }

    private final Supplier<GovernanceEngine> recipe;
    private final AtomicReference<GovernanceEngine> current;
    private volatile Reload last;
    private volatile WatchService watcher;

    private ReloadableEngine(Supplier<GovernanceEngine> recipe, GovernanceEngine first, Duration took) {
        this.recipe = recipe;
        this.current = new AtomicReference<>(first);
        this.last = new Reload(Instant.now(), true, first.fingerprint(), took, "");
    }

    /**
     * Builds the first engine from {@code recipe}; its failure is thrown, since there is no engine to fall back on.
     *
     * @throws io.meshgov.RuleCompilationException when the rules do not compile, as the recipe throws it
     */
    public static ReloadableEngine of(Supplier<GovernanceEngine> recipe) {
        Objects.requireNonNull(recipe, "recipe");
        long started = System.nanoTime();
        GovernanceEngine first = Objects.requireNonNull(recipe.get(), "the recipe built no engine");
        return new ReloadableEngine(recipe, first, Duration.ofNanos(System.nanoTime() - started));
    }

    /** The engine serving now; hold it for a batch that must be judged by one set of rules. */
    public GovernanceEngine current() {
        return current.get();
    }

    /** The decision of the engine serving now. */
    public Decision evaluate(Descriptor descriptor) {
        return current.get().evaluate(descriptor);
    }

    /**
     * Builds a new engine from the recipe and, if it builds, serves it from now on; if not, keeps the one serving
     * and reports why. Reloads run one at a time.
     */
    public synchronized Reload reload() {
        long started = System.nanoTime();
        Reload outcome;
        try {
            GovernanceEngine fresh = Objects.requireNonNull(recipe.get(), "the recipe built no engine");
            current.set(fresh);
            outcome = new Reload(Instant.now(), true, fresh.fingerprint(), Duration.ofNanos(System.nanoTime() - started), "");
        } catch (RuntimeException e) {
            outcome = new Reload(Instant.now(), false, current.get().fingerprint(),
                    Duration.ofNanos(System.nanoTime() - started), String.valueOf(e.getMessage()));
        }
        last = outcome;
        return outcome;
    }

    /** The last reload, or the first build. */
    public Reload lastReload() {
        return last;
    }

    /**
     * Reloads whenever a file under {@code folders} changes, once they have been quiet for {@code quietPeriod} (an
     * editor's save, a git checkout): on a thread of its own, until {@link #close()}.
     *
     * @throws UncheckedIOException when a folder cannot be watched
     */
    public synchronized ReloadableEngine watch(List<Path> folders, Duration quietPeriod) {
        if (watcher != null) {
            throw new IllegalStateException("already watching; close() first");
        }
        try {
            WatchService service = FileSystems.getDefault().newWatchService();
            for (Path folder : folders) {
                try (Stream<Path> tree = Files.walk(folder)) {
                    for (Path directory : tree.filter(Files::isDirectory).toList()) {
                        directory.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                                StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
                    }
                }
            }
            watcher = service;
            Thread thread = new Thread(() -> watchLoop(service, quietPeriod), "meshgov-rule-watcher");
            thread.setDaemon(true);
            thread.start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("rule folders cannot be watched: " + e.getMessage(), e);
        }
    }

    private void watchLoop(WatchService service, Duration quietPeriod) {
        try {
            while (true) {
                var key = service.take();
                key.pollEvents();
                key.reset();
                // Wait until the folders are quiet: a change is often several writes.
                for (var more = service.poll(quietPeriod.toMillis(), TimeUnit.MILLISECONDS); more != null;
                     more = service.poll(quietPeriod.toMillis(), TimeUnit.MILLISECONDS)) {
                    more.pollEvents();
                    more.reset();
                }
                reload();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops watching; the engine keeps serving. */
    @Override
    public synchronized void close() {
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            watcher = null;
        }
    }
}
