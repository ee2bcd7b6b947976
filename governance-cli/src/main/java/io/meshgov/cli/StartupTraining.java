package io.meshgov.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Not a command: what the launcher runs once, before a user's first run, to write its start-up archive. It checks a
 * small contract with the standard pack and a one-rule folder compiled on the spot, in every report format, so the
 * archive holds the classes of reading, judging, reporting and compiling a council's rules. Prints nothing.
 */
public final class StartupTraining {

    private static final String RULE = """
            package training;
            import io.meshgov.model.DataContract;
            global io.meshgov.decision.Findings findings;

            rule "TRAINING-001 the id is not empty"
                @id("TRAINING-001") @severity("WARNING") @remediation("give the contract an id")
            when
                $c : DataContract( id == "" )
            then
                findings.report($c, "id", "the id is empty");
            end
            """;

    private static final String CONTRACT = """
            apiVersion: v3.1.0
            kind: DataContract
            id: 7d1b5e0e-3c57-4c55-9d0f-1f5b1b1e2c3a
            name: training
            version: 1.0.0
            status: active
            domain: training
            schema:
              - name: orders
                properties:
                  - name: order_id
                    logicalType: string
                    primaryKey: true
            """;

    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createTempDirectory("meshgov-training");
        try {
            Path rules = Files.createDirectories(folder.resolve("training"));
            Files.writeString(rules.resolve("training.drl"), RULE);
            Path contract = Files.writeString(folder.resolve("training.odcs.yaml"), CONTRACT);
            PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
            for (Format format : Format.values()) {
                Meshgov.run(new String[] {"check", "--no-cache", "--rules", rules.toString(), "--format",
                        format.name().toLowerCase(java.util.Locale.ROOT), contract.toString()}, nowhere, nowhere);
            }
            Meshgov.run(new String[] {"diff", contract.toString(), contract.toString()}, nowhere, nowhere);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }
}
