package io.meshgov.benchmarks;

import io.meshgov.DescriptorException;
import io.meshgov.read.DescriptorReader;
import io.meshgov.read.ReadLimits;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * How long reading takes, and how much heap it peaks at, for files built to hang or exhaust a reader, against a
 * real large contract (480 columns) read in the same run: a 200 MB YAML scalar, a 25 MB JSON list, an alias bomb,
 * 1 MB of nested brackets; and a 3 MB scalar read with the limits raised, which the YAML scanner used to take
 * seconds over. Each is read five times; the median time and the largest peak are printed.
 *
 * <pre>java -Xmx256m -cp governance-benchmarks/target/benchmarks.jar io.meshgov.benchmarks.HostileInputs</pre>
 */
public final class HostileInputs {

    private static final String HEADER = "apiVersion: v3.1.0\nkind: DataContract\nid: hostile\n";

    private HostileInputs() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createTempDirectory("meshgov-hostile");
        try {
            List<Path> files = List.of(wideContract(folder), yamlScalar(folder, 200), yamlScalar(folder, 3),
                    jsonList(folder), aliasBomb(folder), deepJson(folder));
            // The 3 MB scalar is read with the limits raised past it: it shows the scan is linear (it took seconds).
            ReadLimits raised = ReadLimits.defaults().withMaxTextLength(8 << 20);
            DescriptorReader.read(files.get(0)); // warm up the classes
            System.out.printf("%-28s %12s %10s %12s  %s%n", "file", "size", "median ms", "peak heap MB", "result");
            for (Path file : files) {
                long[] nanos = new long[5];
                long peak = 0;
                String result = "";
                for (int run = 0; run < nanos.length; run++) {
                    System.gc();
                    resetPeaks();
                    long start = System.nanoTime();
                    try {
                        DescriptorReader.read(file, file.getFileName().toString().contains("3MB") ? raised
                                : ReadLimits.defaults());
                        result = "read";
                    } catch (DescriptorException e) {
                        String first = e.problems().get(0).toString();
                        result = first.substring(first.indexOf(": ") + 2, Math.min(first.length(), first.indexOf(": ") + 80));
                    }
                    nanos[run] = System.nanoTime() - start;
                    peak = Math.max(peak, peakHeap());
                }
                Arrays.sort(nanos);
                System.out.printf("%-28s %12s %10.1f %12.1f  %s%n", file.getFileName(), size(Files.size(file)),
                        nanos[nanos.length / 2] / 1e6, peak / (double) (1 << 20), result);
            }
        } finally {
            try (var walk = Files.walk(folder)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static Path wideContract(Path folder) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append("version: 1.0.0\nstatus: active\nschema:\n  - name: wide\n"
                + "    properties:\n");
        for (int i = 0; i < 480; i++) {
            text.append("      - name: column_").append(i).append("\n        logicalType: string\n")
                    .append("        physicalType: varchar(64)\n        description: Column number ").append(i)
                    .append(" of the widest published example's size.\n        classification: internal\n")
                    .append("        tags: [finance, daily]\n        quality:\n          - rule: nullValues\n")
                    .append("            mustBe: 0\n");
        }
        return Files.writeString(folder.resolve("wide-480.odcs.yaml"), text);
    }

    private static Path yamlScalar(Path folder, int megabytes) throws IOException {
        Path file = folder.resolve("scalar-" + megabytes + "MB.odcs.yaml");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER + "description:\n  purpose: ");
            char[] chunk = new char[1 << 20];
            Arrays.fill(chunk, 'x');
            for (int i = 0; i < megabytes; i++) {
                out.write(chunk);
            }
            out.write("\n");
        }
        return file;
    }

    private static Path jsonList(Path folder) throws IOException {
        Path file = folder.resolve("list-25MB.odcs.json");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"apiVersion\": \"v3.1.0\", \"kind\": \"DataContract\", \"id\": \"hostile\", \"tags\": [\"a\"");
            for (int i = 0; i < 25 * (1 << 20) / 4; i++) {
                out.write(",\"a\"");
            }
            out.write("]}");
        }
        return file;
    }

    private static Path aliasBomb(Path folder) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int level = 1; level <= 12; level++) {
            text.append('a').append(level).append(": &a").append(level).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (level - 1)))).append("]\n");
        }
        return Files.writeString(folder.resolve("alias-bomb.odcs.yaml"), text);
    }

    private static Path deepJson(Path folder) throws IOException {
        return Files.writeString(folder.resolve("deep-1MB.odcs.json"), "[".repeat(1 << 20));
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static String size(long bytes) {
        return bytes >= 1 << 20 ? String.format("%.1f MB", bytes / (double) (1 << 20))
                : String.format("%.1f KB", bytes / 1024.0);
    }
}
