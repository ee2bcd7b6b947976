package io.meshgov.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a council's own rules cost at the start of a command-line run: {@code meshgov check} on one contract with the
 * standard pack alone, and with a 10-rule council pack and a 5-rule domain pack on top — compiled packs cache warm,
 * and empty (a fresh cache folder every run) — and {@code meshgov test} of the first-rule example, cache warm and
 * with {@code --no-cache}; against a bare JVM printing "hello" in the same rounds. Each round runs every command
 * once, in turn; medians and ratios are printed. Give it the launcher (or {@code meshgov.jar}) and a run count.
 *
 * <pre>java -cp governance-benchmarks/target/benchmarks.jar io.meshgov.benchmarks.LayeredStart governance-cli/target/meshgov 10</pre>
 */
public final class LayeredStart {

    private LayeredStart() {
    }

    /** The floor: a JVM that starts, prints and exits. */
    public static final class Hello {
        public static void main(String[] args) {
            System.out.println("hello");
        }
    }

    public static void main(String[] args) throws Exception {
        Path meshgov = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path work = Files.createTempDirectory("meshgov-layered-start");
        Path contract = Files.writeString(work.resolve("orders.odcs.yaml"), Workload.contracts(1, Workload.SEED).get(0));
        Path council = pack(work.resolve("council"), "council", "COUNCIL", 10);
        Path domain = pack(work.resolve("payments"), "payments", "PAY", 5);
        Path warmCache = work.resolve("cache");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("bare JVM hello", List.of(java, "-cp", System.getProperty("java.class.path"), Hello.class.getName()));
        commands.put("check, standard pack alone", command(meshgov, java, "check", contract.toString()));
        commands.put("check, + council 10 + domain 5, cache warm", command(meshgov, java, "check", "--rules",
                council.toString(), "--rules", domain.toString(), contract.toString()));
        commands.put("check, + council 10 + domain 5, cache empty", null); // a fresh cache each run, below
        commands.put("test first-rule, cache warm", command(meshgov, java, "test", "--rules",
                "governance-examples/first-rule/rules/payments", "governance-examples/first-rule/rules/payments/tests"));
        commands.put("test first-rule, --no-cache", command(meshgov, java, "test", "--no-cache", "--rules",
                "governance-examples/first-rule/rules/payments", "governance-examples/first-rule/rules/payments/tests"));

        // One untimed run of each: the launcher's start-up archive and the warm pack cache are written.
        for (List<String> command : commands.values()) {
            if (command != null) {
                ColdStart.time(command, warmCache, null);
            }
        }
        Map<String, List<Long>> times = new LinkedHashMap<>();
        commands.keySet().forEach(name -> times.put(name, new ArrayList<>()));
        for (int round = 0; round < runs; round++) {
            for (Map.Entry<String, List<String>> command : commands.entrySet()) {
                if (command.getValue() == null) {
                    Path empty = work.resolve("empty-" + round);
                    times.get(command.getKey()).add(ColdStart.time(command(meshgov, java, "check", "--rules",
                            council.toString(), "--rules", domain.toString(), contract.toString()), warmCache, empty));
                } else {
                    times.get(command.getKey()).add(ColdStart.time(command.getValue(), warmCache, null));
                }
            }
        }
        times.forEach(ColdStart::report);
        long hello = ColdStart.median(times.get("bare JVM hello"));
        long alone = ColdStart.median(times.get("check, standard pack alone"));
        System.out.printf("standard alone / hello: %.1f%n", alone / (double) hello);
        System.out.printf("layered, cache warm / standard alone: %.2f%n",
                ColdStart.median(times.get("check, + council 10 + domain 5, cache warm")) / (double) alone);
        System.out.printf("layered, cache empty / standard alone: %.2f%n",
                ColdStart.median(times.get("check, + council 10 + domain 5, cache empty")) / (double) alone);
        System.out.printf("test, cache warm / --no-cache: %.2f%n",
                ColdStart.median(times.get("test first-rule, cache warm"))
                        / (double) ColdStart.median(times.get("test first-rule, --no-cache")));
    }

    private static List<String> command(Path meshgov, String java, String... arguments) {
        List<String> command = new ArrayList<>();
        if (meshgov.toString().endsWith(".jar")) {
            command.addAll(List.of(java, "-jar", meshgov.toString()));
        } else {
            command.addAll(List.of("sh", meshgov.toString()));
        }
        command.addAll(List.of(arguments));
        return command;
    }

    /** A pack of {@code count} real rules, each judging the contract's id differently (none fires on the workload). */
    public static Path pack(Path folder, String packageName, String prefix, int count) throws IOException {
        Files.createDirectories(folder);
        StringBuilder drl = new StringBuilder("package " + packageName + ";\nimport io.meshgov.model.DataContract;\n"
                + "global io.meshgov.decision.Findings findings;\n\n");
        for (int i = 1; i <= count; i++) {
            String id = "%s-%03d".formatted(prefix, i);
            drl.append("""
                    rule "%1$s the id is at most %2$d characters long"
                        @id("%1$s") @severity("WARNING")
                        @remediation("shorten the id")
                    when
                        $c : DataContract( id.length() > %2$d )
                    then
                        findings.report($c, "id", "the id is longer than %2$d characters");
                    end

                    """.formatted(id, 200 + i));
        }
        Files.writeString(folder.resolve(packageName + ".drl"), drl);
        return folder;
    }
}
