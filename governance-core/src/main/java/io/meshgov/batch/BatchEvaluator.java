package io.meshgov.batch;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.DescriptorException;
import io.meshgov.decision.Decision;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.mesh.Catalog;
import io.meshgov.mesh.CatalogEntry;
import io.meshgov.model.DataContract;
import io.meshgov.model.DataProduct;
import io.meshgov.model.Descriptor;
import io.meshgov.read.DescriptorReader;
import io.meshgov.read.ReadLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.apiguardian.api.API;

/**
 * Reads and judges many files with one engine: each file is read, handed to the engine and dropped, on several
 * threads. A file that cannot be read is listed with its problems and does not stop the others. A data product's
 * rules know the batch's data contracts that its ports name (or the engine's catalog's, when it judges with one:
 * {@code engine.withCatalog(batch.catalogOf(files))} judges the files as one mesh). Immutable and thread-safe.
 *
 * <pre>{@code
 * BatchResult result = BatchEvaluator.of(engine).evaluateAll(files);
 * }</pre>
 */
@API(status = STABLE, since = "0.1.0")
public final class BatchEvaluator {

    private final GovernanceEngine engine;
    private final int threads;
    private final ReadLimits readLimits;

    private BatchEvaluator(GovernanceEngine engine, int threads, ReadLimits readLimits) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.readLimits = Objects.requireNonNull(readLimits, "readLimits");
        if (threads < 1) {
            throw new IllegalArgumentException("a batch needs at least 1 thread but was given " + threads);
        }
        this.threads = threads;
    }

    /** Judges with {@code engine}, one thread per processor, reading each file within {@link ReadLimits#defaults()}. */
    public static BatchEvaluator of(GovernanceEngine engine) {
        return new BatchEvaluator(engine, Runtime.getRuntime().availableProcessors(), ReadLimits.defaults());
    }

    /** The same batch on {@code count} threads (at least 1). */
    public BatchEvaluator threads(int count) {
        return new BatchEvaluator(engine, count, readLimits);
    }

    /** The same batch reading each file within {@code limits}. */
    public BatchEvaluator readLimits(ReadLimits limits) {
        return new BatchEvaluator(engine, threads, limits);
    }

    /**
     * The catalog of the descriptors among {@code files} (a folder's, a repository's whole mesh), read on this batch's
     * threads within its read limits, for {@code engine.withCatalog(...)}: a file that cannot be read is left out
     * (judging it says why).
     *
     * @throws IllegalArgumentException when they are more than {@value Catalog#MAX_DESCRIPTORS} descriptors
     */
    public Catalog catalogOf(Collection<Path> files) {
        List<Path> paths = List.copyOf(files);
        Catalog.Builder catalog = Catalog.builder();
        IntStream indexes = IntStream.range(0, paths.size());
        runInParallel(() -> (threads > 1 ? indexes.parallel() : indexes).forEach(index -> {
            Descriptor descriptor = readOrNull(paths.get(index), new ArrayList<>(0));
            if (descriptor != null) {
                catalog.add(descriptor);
            }
        }));
        return catalog.build();
    }

    /**
     * Reads and evaluates each file; the decisions come back in the order the files were given. A file that cannot
     * be read is listed in {@link BatchResult#unreadable()}. To judge a folder, find its descriptors first with
     * {@link DescriptorFinder}, as the command line does.
     */
    public BatchResult evaluateAll(Collection<Path> files) {
        return evaluateAll(files, (done, total) -> { });
    }

    /** As {@link #evaluateAll(Collection)}, telling {@code progress} after each descriptor is read and judged. */
    public BatchResult evaluateAll(Collection<Path> files, BatchProgress progress) {
        Decision[] decisions = new Decision[files.size()];
        BatchSummary summary = stream(files, progress, (index, descriptor, decision) -> decisions[index] = decision);
        List<Decision> inOrder = new ArrayList<>(files.size());
        for (Decision decision : decisions) {
            if (decision != null) {
                inOrder.add(decision);
            }
        }
        return new BatchResult(inOrder, summary.unreadable(), summary.waivers());
    }

    /**
     * Judges a batch of any size in bounded memory: each file is read, judged and handed to {@code each}, then
     * dropped. Decisions arrive in no set order ({@code each} is called by one thread at a time); data products
     * come after the data contracts, since their rules need the contracts their ports name, which are read again
     * for them. Only the ids of the batch's contracts, with their files, are kept meanwhile.
     */
    public BatchSummary evaluateEach(Collection<Path> files, Consumer<Decision> each) {
        Objects.requireNonNull(each, "each");
        return stream(files, (done, total) -> { }, (index, descriptor, decision) -> each.accept(decision));
    }

    /**
     * As {@link #evaluateEach(Collection, Consumer)}, handing each decision with the descriptor it judged (its
     * domain, version, owner...), so that nothing needs reading again.
     */
    public BatchSummary evaluateEachWithDescriptor(Collection<Path> files, BiConsumer<Descriptor, Decision> each) {
        Objects.requireNonNull(each, "each");
        return stream(files, (done, total) -> { }, (index, descriptor, decision) -> each.accept(descriptor, decision));
    }

    private BatchSummary stream(Collection<Path> files, BatchProgress progress, Batch.Sink sink) {
        Objects.requireNonNull(progress, "progress");
        List<Path> paths = List.copyOf(files);
        Batch batch = new Batch(paths.size(), progress, sink, new WaiverTally(engine.policy()));
        IntStream indexes = IntStream.range(0, paths.size());
        runInParallel(() -> (threads > 1 ? indexes.parallel() : indexes).forEach(index -> {
            List<UnreadableDescriptor> problems = new ArrayList<>(0);
            Descriptor descriptor = readOrNull(paths.get(index), problems);
            if (descriptor instanceof DataContract contract) {
                batch.contractRead(contract.id(), paths.get(index));
                batch.decided(index, descriptor, engine.evaluate(descriptor, List.of()));
            } else if (descriptor != null) {
                batch.productRead(index, paths.get(index));
            } else {
                batch.unreadable(index, problems);
            }
        }));
        List<Batch.Product> products = batch.products();
        runInParallel(() -> (threads > 1 ? products.parallelStream() : products.stream()).forEach(product -> {
            List<UnreadableDescriptor> problems = new ArrayList<>(0);
            Descriptor descriptor = readOrNull(product.file(), problems);
            if (descriptor == null) {
                batch.unreadable(product.index(), problems);
                return;
            }
            List<Descriptor> known = new ArrayList<>();
            for (String id : ((DataProduct) descriptor).contractIds()) {
                CatalogEntry inMesh = engine.catalog().contract(id);
                Path contractFile = inMesh != null ? Path.of(inMesh.source()) : batch.contractFile(id);
                Descriptor contract = contractFile == null ? null : readOrNull(contractFile, new ArrayList<>());
                if (contract != null) {
                    known.add(contract);
                }
            }
            batch.decided(product.index(), descriptor, engine.evaluate(descriptor, known));
        }));
        return batch.summary(engine.today());
    }

    /** Runs a parallel stream on this batch's threads rather than the JVM's common pool; one thread runs it here. */
    private void runInParallel(Runnable parallelWork) {
        if (threads == 1) {
            parallelWork.run();
            return;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(parallelWork).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the batch was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private Descriptor readOrNull(Path file, List<UnreadableDescriptor> unreadable) {
        try {
            return DescriptorReader.read(file, readLimits);
        } catch (DescriptorException e) {
            unreadable.add(new UnreadableDescriptor(file.toString(), e.problems()));
            return null;
        }
    }
}
