package io.meshgov.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.meshgov.Corpus;
import io.meshgov.DescriptorException;
import io.meshgov.model.Descriptor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutants of the published corpus files — bytes flipped, lines dropped or repeated, YAML tokens (anchors, aliases,
 * merge keys, tags, documents, indicators) inserted, byte-order marks, long runs, deep nesting, truncation — are
 * either read or refused with a {@link DescriptorException}, nothing else, and the same bytes always give the same
 * result. Seeded; 2,000 mutants in the normal run, within a time cap. For a larger sample:
 * {@code ./mvnw -pl governance-core test -Dtest=ReadingFuzzTest -Dmeshgov.fuzz.mutants=100000}.
 */
class ReadingFuzzTest {

    private static final long SEED = 20261130L;
    private static final int MUTANTS = Integer.getInteger("meshgov.fuzz.mutants", 2_000);
    private static final long TIME_CAP_NANOS = Long.getLong("meshgov.fuzz.seconds", 60L) * 1_000_000_000L;
    private static final ReadLimits LIMITS = ReadLimits.defaults();

    private static final String[] TOKENS = {"&a ", "*a", "*zz", "<<: *a\n", "<<: [*a, *b]\n", "&b {k: v}", "!!str ",
        "!!int ", "!!float ", "!!bool ", "!!null ", "!Ref ", "!<tag:x> ", "[", "]", "{", "}", ": ", "- ", "\"", "'",
        "\t", "---\n", "...\n", "? ", "|\n", ">-\n", "#", "%YAML 1.1\n", "\u2028", "\u0000", "\uFEFF", "\\L", "\\x",
        "\\u12", "010", "0x1F", "0o17", "1e400", ".inf", ".nan", "yes", "~", "null", "true", "  ", "\n", "\r\n", ",",
        "\u001b[2J", "\uD800", "é", "払"};

    private record Outcome(String kind, Object detail) {
    }

    @Test
    void mutantsOfTheCorpus_areReadOrRefused_andTheSameBytesGiveTheSameResult() {
        List<Seed> seeds = seeds();
        Random random = new Random(SEED);
        long start = System.nanoTime();
        int read = 0;
        int refused = 0;
        int outOfResources = 0;
        int mutants = 0;
        for (; mutants < MUTANTS && System.nanoTime() - start < TIME_CAP_NANOS; mutants++) {
            Seed seed = seeds.get(random.nextInt(seeds.size()));
            byte[] mutant = mutate(seed.bytes(), random);
            Outcome first = outcome(mutant, seed, mutants);
            Outcome second = outcome(mutant, seed, mutants);
            assertEquals(first, second, "mutant " + mutants + " of " + seed.name() + " read differently twice");
            switch (first.kind()) {
                case "read" -> read++;
                case "refused" -> refused++;
                default -> outOfResources++;
            }
        }
        System.out.printf("meshgov fuzz: %d mutants of %d files in %.1f s: %d read, %d refused, %d out of memory"
                        + " or stack%n", mutants, seeds.size(), (System.nanoTime() - start) / 1e9, read, refused,
                outOfResources);
        assertTrue(mutants >= Math.min(MUTANTS, 500), "only " + mutants + " mutants ran within the time cap");
        assertTrue(read > 0 && refused > 0, "the mutants should both read and fail: " + read + " / " + refused);
        assertEquals(0, outOfResources, "a mutant ran the reader out of memory or stack within the default limits");
    }

    private static Outcome outcome(byte[] mutant, Seed seed, int index) {
        try {
            Descriptor descriptor = DescriptorReader.read(new ByteArrayInputStream(mutant), seed.name(), seed.format(),
                    LIMITS);
            return new Outcome("read", descriptor);
        } catch (DescriptorException e) {
            boolean resources = e.getMessage().contains("with the memory this process has");
            return new Outcome(resources ? "resources" : "refused", e.getMessage());
        } catch (RuntimeException | Error e) {
            fail("mutant " + index + " of " + seed.name() + " (seed " + SEED + ") escaped as " + e
                    + "\n--- mutant ---\n" + new String(mutant, StandardCharsets.UTF_8), e);
            return null;
        }
    }

    private record Seed(String name, DescriptorFormat format, byte[] bytes) {
    }

    private static List<Seed> seeds() {
        List<Seed> seeds = new ArrayList<>();
        for (Path file : Corpus.examples()) {
            try {
                String name = file.getFileName().toString();
                DescriptorFormat format = name.endsWith(".json") ? DescriptorFormat.JSON : DescriptorFormat.YAML;
                seeds.add(new Seed(name, format, Files.readAllBytes(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seeds;
    }

    /** One to three mutations of one kind or another. */
    static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original;
        int rounds = 1 + random.nextInt(3);
        for (int round = 0; round < rounds; round++) {
            bytes = switch (random.nextInt(9)) {
                case 0 -> flipBytes(bytes, random);
                case 1 -> lines(bytes, random);
                case 2, 3 -> insert(bytes, random, TOKENS[random.nextInt(TOKENS.length)]);
                case 4 -> byteOrderMark(bytes, random);
                case 5 -> insert(bytes, random, String.valueOf((char) ('a' + random.nextInt(26)))
                        .repeat(1 + random.nextInt(50_000)));
                case 6 -> insert(bytes, random, "[".repeat(1 + random.nextInt(200)));
                case 7 -> java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
                default -> insert(bytes, random, "\nx-bomb: &b0 [y, y, y, y, y, y, y, y, y, y]\nx-b1: &b1 [*b0, *b0,"
                        + " *b0, *b0, *b0, *b0, *b0, *b0]\nx-b2: [*b1, *b1, *b1, *b1, *b1, *b1, *b1, *b1, *b1]\n");
            };
        }
        return bytes;
    }

    private static byte[] flipBytes(byte[] bytes, Random random) {
        byte[] copy = bytes.clone();
        for (int i = 0, n = 1 + random.nextInt(4); i < n && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private static byte[] lines(byte[] bytes, Random random) {
        List<String> lines = new ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
        if (lines.size() < 2) {
            return bytes;
        }
        int at = random.nextInt(lines.size());
        switch (random.nextInt(3)) {
            case 0 -> lines.remove(at);
            case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
            default -> java.util.Collections.swap(lines, at, random.nextInt(lines.size()));
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] insert(byte[] bytes, Random random, String token) {
        int at = random.nextInt(bytes.length + 1);
        byte[] inserted = token.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(inserted, 0, out, at, inserted.length);
        System.arraycopy(bytes, at, out, at + inserted.length, bytes.length - at);
        return out;
    }

    private static byte[] byteOrderMark(byte[] bytes, Random random) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return switch (random.nextInt(3)) {
            case 0 -> insert(bytes, new Random(0) { // at the start
                @Override
                public int nextInt(int bound) {
                    return 0;
                }
            }, "\uFEFF");
            case 1 -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
            default -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        };
    }
}
