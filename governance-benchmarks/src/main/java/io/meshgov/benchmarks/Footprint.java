package io.meshgov.benchmarks;

import io.meshgov.engine.GovernanceEngine;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The heap an engine keeps: heap in use after full collections, before and after building engines of the standard
 * pack (×1, ×5, ×25), divided by the number built. The baseline keeps one small object.
 *
 * <pre>java -cp governance-benchmarks/target/benchmarks.jar io.meshgov.benchmarks.Footprint</pre>
 */
public final class Footprint {

    private Footprint() {
    }

    public static void main(String[] args) {
        // Load the classes and Drools' JVM-wide services once, so the first engine is not charged for them.
        Benchmarks.standardEngine().evaluate(Workload.read(Workload.contracts(1, Workload.SEED)).get(0));
        for (int copies : new int[] {1, 5, 25}) {
            int engines = copies == 25 ? 2 : 5;
            List<GovernanceEngine> kept = new ArrayList<>();
            long before = usedAfterGc();
            for (int i = 0; i < engines; i++) {
                GovernanceEngine engine = GovernanceEngine.builder().rulePack(ScaledPacks.standardTimes(copies))
                        .clock(Benchmarks.clock()).build();
                engine.evaluate(Workload.read(Workload.contracts(1, Workload.SEED)).get(0));
                kept.add(engine);
            }
            long after = usedAfterGc();
            System.out.printf("standard pack x%d (%d rules): %.1f MB retained per engine (%d engines kept)%n", copies,
                    kept.get(0).rules().size(), (after - before) / (double) engines / (1 << 20), kept.size());
        }
        long before = usedAfterGc();
        HandWrittenRules baseline = new HandWrittenRules(io.meshgov.conventions.Conventions.defaults());
        long after = usedAfterGc();
        System.out.printf("hand-written rules: %.3f MB retained (%s)%n", (after - before) / (double) (1 << 20),
                baseline.getClass().getSimpleName());
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
