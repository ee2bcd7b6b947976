package io.meshgov.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.meshgov.DescriptorException;
import io.meshgov.GeneratedContracts;
import io.meshgov.model.DataContract;
import io.meshgov.read.DescriptorReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever YAML style or encoding a descriptor is written in, if the reader reads it when named, a folder search
 * finds it, and reads it to the same descriptor: the gate cannot be walked around by writing a file differently.
 */
class DiscoveryProperties {

    /** Ways of writing the same document that a text sniff of {@code kind: Data...} at a line start missed. */
    enum Style {
        BLOCK, FLOW_IN_YAML, JSON, JSON_ESCAPED_KEY, JSON_ESCAPED_VALUE, TAGGED_KIND, ANCHORED_KIND, COMPLEX_KEY,
        FOLDED_KIND, QUOTED_KEY, KIND_LAST, LONG_COMMENT_FIRST
    }

    enum Encoding {
        UTF_8(StandardCharsets.UTF_8, new byte[0]),
        UTF_8_BOM(StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
        UTF_16LE_BOM(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}),
        UTF_16BE_BOM(StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}),
        UTF_16LE(StandardCharsets.UTF_16LE, new byte[0]),
        UTF_32BE_BOM(Charset.forName("UTF-32BE"), new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF});

        private final Charset charset;
        private final byte[] mark;

        Encoding(Charset charset, byte[] mark) {
            this.charset = charset;
            this.mark = mark;
        }

        byte[] encode(String text) {
            ByteBuffer body = charset.encode(text);
            byte[] bytes = new byte[mark.length + body.remaining()];
            System.arraycopy(mark, 0, bytes, 0, mark.length);
            body.get(bytes, mark.length, body.remaining());
            return bytes;
        }
    }

    @Provide
    Arbitrary<Map<String, Object>> contracts() {
        return GeneratedContracts.contract();
    }

    @Property(tries = 150)
    void aDescriptorInAnyStyleOrEncoding_isFoundInAFolder_andReadAsWhenNamed(
            @ForAll("contracts") Map<String, Object> tree, @ForAll Style style, @ForAll Encoding encoding,
            @ForAll @IntRange(min = 0, max = 3) int depth) throws IOException {
        Path folder = Files.createTempDirectory("discovery");
        try {
            String name = "a/b/c".substring(0, Math.max(0, depth * 2 - 1)) + (depth == 0 ? "" : "/")
                    + (style.name().startsWith("JSON") ? "orders.json" : "orders.yaml");
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, encoding.encode(written(tree, style)));
            Files.writeString(folder.resolve("ci.yml"), "name: ci\non: [push]\n");

            DescriptorFinder.Found found = DescriptorFinder.in(folder).find(List.of("."));

            assertEquals(List.of(file), found.descriptors(), style + " in " + encoding
                    + ": judged as when named, whether the reader then reads it or says why not");
            assertEquals(List.of(folder.resolve("ci.yml")), found.skipped());
            DataContract named;
            try {
                named = (DataContract) DescriptorReader.read(file);
            } catch (DescriptorException refused) {
                return;   // e.g. a control character that JSON allows raw and YAML does not: refused either way
            }
            assertEquals(named.withoutOrigin(),
                    ((DataContract) DescriptorReader.read(folder.resolve(found.descriptors().get(0)))).withoutOrigin());
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static final String KIND_LINE = "(?m)^kind: \"?DataContract\"?$";

    static String written(Map<String, Object> tree, Style style) {
        String yaml = GeneratedContracts.toYaml(tree);
        String json = GeneratedContracts.toJson(tree);
        return switch (style) {
            case BLOCK -> yaml;
            case FLOW_IN_YAML, JSON -> json;
            case JSON_ESCAPED_KEY -> json.replace("\"kind\"", "\"kin\\u0064\"");
            case JSON_ESCAPED_VALUE -> json.replace("\"DataContract\"", "\"\\u0044ataContract\"");
            case TAGGED_KIND -> yaml.replaceFirst(KIND_LINE, "kind: !!str DataContract");
            case ANCHORED_KIND -> yaml.replaceFirst(KIND_LINE, "kind: &k DataContract");
            case COMPLEX_KEY -> yaml.replaceFirst(KIND_LINE, "? kind\n: DataContract");
            case FOLDED_KIND -> yaml.replaceFirst(KIND_LINE, "kind: >-\n  DataContract");
            case QUOTED_KEY -> yaml.replaceFirst(KIND_LINE, "'kind': \"DataContract\"");
            case KIND_LAST -> yaml.replaceFirst(KIND_LINE + "\n", "") + "kind: DataContract\n";
            case LONG_COMMENT_FIRST -> ("# " + "x".repeat(98) + "\n").repeat(700) + yaml;
        };
    }
}
