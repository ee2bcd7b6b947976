package io.meshgov.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cold start of the command line: process start to one decision printed, for {@code meshgov check} on one
 * contract, against the floor of the same JVM printing the hand-written rules' decision on the same file (a
 * fresh process each run, as a CI step pays it). Runs each command {@code runs} times, alternating, and prints the
 * median and the best of each. Give it the jar ({@code java -jar}, with any JVM options after the run count) or
 * the launcher script beside it.
 *
 * <pre>java -cp governance-benchmarks/target/benchmarks.jar io.meshgov.benchmarks.ColdStart governance-cli/target/meshgov.jar 10 [java options for meshgov...]
 * java -cp governance-benchmarks/target/benchmarks.jar io.meshgov.benchmarks.ColdStart governance-cli/target/meshgov 10</pre>
 */
public final class ColdStart {

    private ColdStart() {
    }

    /** The floor: a fresh JVM that reads one contract and judges it with the hand-written rules. */
    public static final class HandWrittenCheck {
        public static void main(String[] args) {
            io.meshgov.model.DataContract contract = (io.meshgov.model.DataContract)
                    io.meshgov.read.DescriptorReader.read(Path.of(args[0]));
            List<HandWrittenRules.Hit> hits = new HandWrittenRules(io.meshgov.conventions.Conventions.defaults())
                    .evaluate(contract, java.time.LocalDate.now());
            hits.forEach(hit -> System.out.println(hit.location() + "  " + hit.severity() + "  " + hit.ruleId() + "  "
                    + hit.message()));
        }
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<String> jvmOptions = args.length > 2 ? Arrays.asList(args).subList(2, args.length) : List.of();
        Path contract = Files.createTempFile("meshgov-cold-start", ".odcs.yaml");
        Files.writeString(contract, Workload.contracts(1, Workload.SEED).get(0));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        List<String> meshgov = new ArrayList<>();
        if (jar.toString().endsWith(".jar")) {
            meshgov.add(java);
            meshgov.addAll(jvmOptions);
            meshgov.addAll(List.of("-jar", jar.toString()));
        } else {
            // The launcher script beside the jar; its first run writes the class-data archive, and is not timed.
            meshgov.addAll(List.of("sh", jar.toString()));
            time(append(meshgov, "check", contract.toString()));
        }
        meshgov.addAll(List.of("check", contract.toString()));
        List<String> floor = List.of(java, "-cp", classpath, HandWrittenCheck.class.getName(), contract.toString());
        List<Long> engineTimes = new ArrayList<>();
        List<Long> floorTimes = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            engineTimes.add(time(meshgov));
            floorTimes.add(time(floor));
        }
        Files.delete(contract);
        report("meshgov check (" + String.join(" ", jvmOptions) + ")", engineTimes);
        report("hand-written floor", floorTimes);
        System.out.printf("ratio of medians: %.1f%n", median(engineTimes) / (double) median(floorTimes));
    }

    private static List<String> append(List<String> command, String... more) {
        List<String> all = new ArrayList<>(command);
        all.addAll(List.of(more));
        return all;
    }

    static long time(List<String> command) throws IOException, InterruptedException {
        return time(command, null, null);
    }

    /**
     * Milliseconds from start to exit of {@code command}; {@code cache}, when given, is its {@code MESHGOV_CACHE},
     * and {@code packCache} a folder of compiled packs other than the one there.
     */
    static long time(List<String> command, Path cache, Path packCache) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        if (cache != null) {
            builder.environment().put("MESHGOV_CACHE", cache.toString());
        }
        if (packCache != null) {
            builder.environment().put("MESHGOV_JAVA_OPTS", "-Dmeshgov.cache=" + packCache); // the launcher
            builder.environment().put("JAVA_TOOL_OPTIONS", "-Dmeshgov.cache=" + packCache); // java -jar
        }
        long started = System.nanoTime();
        Process process = builder.start();
        int exit = process.waitFor();
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (exit > 1) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
        }
        return millis;
    }

    static long median(List<Long> times) {
        List<Long> sorted = times.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    static void report(String what, List<Long> times) {
        System.out.printf("%-40s median %d ms, best %d ms, runs %s%n", what, median(times),
                times.stream().min(Long::compare).orElseThrow(), times);
    }
}
