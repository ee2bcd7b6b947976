package io.meshgov.benchmarks;

import io.meshgov.engine.GovernanceEngine;
import io.meshgov.rules.StandardRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.stream.Stream;

/** What every benchmark shares: the day contracts are judged on, and the engine of the standard pack. */
public final class Benchmarks {

    /** A fixed evaluation date, so lifecycle rules decide the same way in every run. */
    public static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private Benchmarks() {
    }

    public static Clock clock() {
        return Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    }

    /** The standard pack alone, as the command line builds it (its rules compiled when the pack was built). */
    public static GovernanceEngine standardEngine() {
        return GovernanceEngine.builder().rulePack(StandardRules.pack()).clock(clock()).build();
    }

    /** Deletes a folder the benchmarks wrote, with everything in it. */
    static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
