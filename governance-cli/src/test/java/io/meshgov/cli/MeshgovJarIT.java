package io.meshgov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged {@code target/meshgov.jar}, started with {@code java -jar} as a CI step would. */
class MeshgovJarIT {

    private static final Path JAR = Path.of("target/meshgov.jar");

    record Run(int exitCode, String out, String err) {
    }

    static Run java(String... args) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(JAR), "package the module first: " + JAR);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return run(command, null);
    }

    static Run run(List<String> command, Path cache) throws IOException, InterruptedException {
        return run(command, cache, null);
    }

    static Run run(List<String> command, Path cache, String javaOptions) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        if (javaOptions != null) {
            builder.environment().put("MESHGOV_JAVA_OPTS", javaOptions);
        }
        builder.environment().put("NO_COLOR", "1");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        if (cache != null) {
            builder.environment().put("MESHGOV_CACHE", cache.toString());
        }
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "meshgov did not finish");
        return new Run(process.exitValue(), out, err);
    }

    @Test
    void theJar_checksDescriptors_withTheStandardPackInside() throws Exception {
        Run run = java("check", "src/test/resources/descriptors/rejected.odcs.yaml");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("META-003  property 'card_number' of 'card_payments' has no classification"),
                run.out());
        assertEquals("", run.err(), "nothing but the report: no logging, no stack trace");
    }

    @Test
    void aRuleFolder_isCompiledOnce_thenLoadedFromTheCache_untilItChanges(@TempDir Path folder) throws Exception {
        Path cache = folder.resolve("cache");
        Path rules = Files.createDirectories(folder.resolve("rules/payments"));
        Files.writeString(rules.resolve("amounts.drl"), Files.readString(Path.of("../governance-examples/rules/payments/amounts.drl")));
        List<String> check = new ArrayList<>(List.of(java(), "-jar", "target/meshgov.jar", "check", "--rules",
                rules.toString(), "src/test/resources/descriptors/rejected.odcs.yaml"));

        Run first = run(check, cache);
        List<Path> kept = packsIn(cache);
        Run second = run(check, cache);

        assertEquals(1, kept.size(), "the folder's pack is kept; the standard pack was compiled ahead");
        assertEquals(first.out(), second.out());
        assertEquals("", first.err() + second.err());
        assertEquals(kept, packsIn(cache), "the second run loads the same entry");

        Files.writeString(rules.resolve("amounts.drl"), Files.readString(rules.resolve("amounts.drl"))
                .replace("@severity(\"WARNING\")", "@severity(\"ERROR\")"));
        run(check, cache);
        assertEquals(2, packsIn(cache).size(), "changed rules are compiled anew, never served stale");

        List<String> uncached = new ArrayList<>(check);
        uncached.add(4, "--no-cache");
        Run noCache = run(uncached, folder.resolve("no-cache"));
        assertEquals(first.exitCode(), noCache.exitCode());
        assertFalse(Files.exists(folder.resolve("no-cache")), "--no-cache keeps nothing");
    }

    /** Waits for the archive the launcher writes in the background after a run that had none. */
    private static void awaitArchive(Path cache) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(cache)) {
                try (var files = Files.list(cache)) {
                    List<String> names = files.map(file -> file.getFileName().toString()).toList();
                    boolean written = names.stream().anyMatch(name -> name.endsWith(".jsa") || name.endsWith(".aot"));
                    if (written && names.stream().noneMatch(name -> name.endsWith(".writing"))) {
                        return;
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the launcher wrote no archive into " + cache);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static List<Path> packsIn(Path cache) throws IOException {
        try (var files = Files.list(cache.resolve("packs"))) {
            return files.sorted().toList();
        }
    }

    @Test
    void theLauncher_printsWhatTheJarPrints_beforeAndAfterItsClassDataArchiveExists(@TempDir Path cache)
            throws Exception {
        List<String> launcher = List.of("sh", "target/meshgov", "check", "--format", "json",
                "src/test/resources/descriptors/rejected.odcs.yaml");
        Run viaJar = java("check", "--format", "json", "src/test/resources/descriptors/rejected.odcs.yaml");

        Run first = run(launcher, cache);
        awaitArchive(cache);
        Run second = run(launcher, cache);

        assertEquals(viaJar.out(), first.out());
        assertEquals(viaJar.out(), second.out());
        assertEquals("", first.err() + second.err(), "the JVM's notes about the archive stay out of the report");
        try (var files = Files.list(cache)) {
            assertEquals(1, files.filter(file -> file.toString().endsWith(".jsa")).count());
        }
    }

    @Test
    void theLauncher_writesItsArchiveAnew_whenTheJarBesideItChanged(@TempDir Path folder) throws Exception {
        Path installed = Files.createDirectories(folder.resolve("bin"));
        Files.copy(Path.of("target/meshgov"), installed.resolve("meshgov"));
        Path jar = Files.copy(Path.of("target/meshgov.jar"), installed.resolve("meshgov.jar"));
        Path cache = folder.resolve("cache");
        List<String> launcher = List.of("sh", installed.resolve("meshgov").toString(), "check",
                "src/test/resources/descriptors/rejected.odcs.yaml");
        run(launcher, cache); // writes the archive, in the background
        awaitArchive(cache);
        // A rebuild or an upgrade of the same size: the JVM refuses an archive made from another jar.
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 60_000));

        run(launcher, cache);
        awaitArchive(cache);
        // -Xshare:on makes the JVM stop rather than run without the archive, so this passes only with a fresh one.
        Run withArchive = run(launcher, cache, "-Xshare:on");

        assertEquals(1, withArchive.exitCode(), withArchive.err());
        assertEquals("", withArchive.err());
    }

    /**
     * On JDK 24 and later the launcher writes an ahead-of-time cache; JDK 25.0.3 crashed writing it when the command
     * line held a static map of constructor references, and the launcher then ran without its cache, twice as slow.
     * Runs when a JDK 25 is found ({@code MESHGOV_TEST_JDK25}, or the usual install folders), else says so.
     */
    @Test
    void theLauncher_writesItsAheadOfTimeCache_onJdk25(@TempDir Path cache) throws Exception {
        Path jdk25 = java.util.stream.Stream.of(System.getenv("MESHGOV_TEST_JDK25"), "/usr/lib/jvm/temurin-25-jdk-amd64",
                        "/usr/lib/jvm/java-25-openjdk-amd64")
                .filter(java.util.Objects::nonNull).map(Path::of).filter(home -> Files.isExecutable(home.resolve("bin/java")))
                .findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(jdk25 != null, "no JDK 25 here: set MESHGOV_TEST_JDK25 to run this");
        ProcessBuilder builder = new ProcessBuilder("sh", "target/meshgov", "check",
                "src/test/resources/descriptors/rejected.odcs.yaml");
        builder.environment().put("JAVA_HOME", jdk25.toString());
        builder.environment().put("MESHGOV_CACHE", cache.toString());
        builder.environment().put("NO_COLOR", "1");
        Process process = builder.start();
        process.getOutputStream().close();
        process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES));
        assertEquals(1, process.exitValue());
        awaitArchive(cache);
        try (var files = Files.list(cache)) {
            assertEquals(1, files.filter(file -> file.toString().endsWith(".aot")).count(), "the AOT cache was written");
        }
    }

    @Test
    void theLauncher_keepsOneArchivePerJdk_removingThoseOfOtherJarBuilds(@TempDir Path cache) throws Exception {
        String version = Runtime.version().toString().replaceAll("[^0-9.].*", "");
        int major = Runtime.version().feature();
        Files.createDirectories(cache);
        Path otherBuild = Files.writeString(cache.resolve("meshgov-123-jdk" + version + ".jsa"), "old");
        Path otherUpdate = Files.writeString(cache.resolve("meshgov-456-jdk" + major + ".0.0.aot"), "old");
        Path otherJdk = Files.writeString(cache.resolve("meshgov-123-jdk" + (major + 1) + ".0.1.jsa"), "kept");

        run(List.of("sh", "target/meshgov", "check", "src/test/resources/descriptors/rejected.odcs.yaml"), cache);
        awaitArchive(cache);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while ((Files.exists(otherBuild) || Files.exists(otherUpdate)) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }

        assertFalse(Files.exists(otherBuild), "another build's archive for this JDK is removed");
        assertFalse(Files.exists(otherUpdate), "an archive of another update of this JDK is removed");
        assertTrue(Files.exists(otherJdk), "another JDK's archive stays");
        try (var files = Files.list(cache)) {
            assertEquals(2, files.filter(file -> file.toString().endsWith(".jsa") || file.toString().endsWith(".aot"))
                    .count());
        }
    }

    @Test
    void theLauncher_usesTheClientCompilerAlone_onlyForRunsOfFewerThan40000Descriptors(@TempDir Path folder)
            throws Exception {
        Path contracts = Files.createDirectories(folder.resolve("contracts"));
        for (int i = 0; i < 40_000; i++) {
            Files.createFile(contracts.resolve("c" + i + ".odcs.yaml"));
        }
        // The JVM prints the options it was given, then its version, and stops: only the choice is under test.
        String printOptions = "-XX:+PrintCommandLineFlags -version";
        Path cache = folder.resolve("cache");
        Run small = run(List.of("sh", "target/meshgov", "check", "--rules", contracts.toString(), "one.odcs.yaml"),
                cache, printOptions);
        Run large = run(List.of("sh", "target/meshgov", "check", "--format", "json", contracts.toString()), cache,
                printOptions);

        assertTrue(small.out().contains("-XX:TieredStopAtLevel=1"), "a rule folder counts no descriptors: " + small.out());
        assertTrue(large.out().contains("-XX:+UseSerialGC"), large.out());
        assertFalse(large.out().contains("-XX:TieredStopAtLevel=1"), large.out());
    }

    @Test
    void theJar_carriesNoTestFramework_andItsBillOfMaterialsNamesWhatItBundles() throws Exception {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile("target/meshgov.jar")) {
            assertEquals(0, jar.stream().filter(entry -> entry.getName().startsWith("org/junit/")).count(),
                    "the testkit's JUnit API stays with the projects that write JUnit tests");
        }
        String bom = Files.readString(Path.of("target/meshgov.cdx.json"));
        for (String bundled : List.of("\"name\" : \"xstream\"", "\"name\" : \"ecj\"", "\"name\" : \"snakeyaml\"",
                "\"name\" : \"drools-core\"")) {
            assertTrue(bom.contains(bundled), bundled);
        }
        assertFalse(bom.contains("\"name\" : \"junit-jupiter-api\""));
    }

    @Test
    void theJar_printsItsVersion_andReportsUsageErrors() throws Exception {
        Run version = java("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("meshgov "), version.out());
        Run missing = java("check", "missing.odcs.yaml");
        assertEquals(2, missing.exitCode());
        assertEquals("meshgov: missing.odcs.yaml: no such file, and no descriptor (*.yaml, *.yml, *.json) matches it",
                missing.err().strip());
    }
}
