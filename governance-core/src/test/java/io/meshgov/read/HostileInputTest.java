package io.meshgov.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.DescriptorException;
import io.meshgov.Problem;
import io.meshgov.model.DataContract;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files built to break a reader: each is read exactly or refused with a located message that names the limit and
 * how to raise it, quickly and in bounded memory, and no message quotes a value that could be personal data.
 */
class HostileInputTest {

    private static final String HEADER = "apiVersion: v3.1.0\nkind: DataContract\nid: orders\n";

    private static List<String> problemsOf(String text, DescriptorFormat format, ReadLimits limits) {
        String source = format == DescriptorFormat.YAML ? "orders.odcs.yaml" : "orders.odcs.json";
        return problemsOf(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), source, format, limits);
    }

    private static List<String> problemsOf(InputStream in, String source, DescriptorFormat format, ReadLimits limits) {
        DescriptorException e = assertThrows(DescriptorException.class,
                () -> DescriptorReader.read(in, source, format, limits));
        return e.problems().stream().map(Problem::toString).toList();
    }

    /** An endless stream of one byte: reading it whole would never end. */
    private static InputStream endless(byte[] start, byte filler) {
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                return position < start.length ? start[(int) position++] & 0xff : filler;
            }
        };
    }

    @Test
    void aFileLargerThanTheLimit_isRefusedAtTheLineWhereItCrossesIt_withoutReadingTheRest() {
        byte[] start = (HEADER + "description:\n  purpose: ").getBytes(StandardCharsets.UTF_8);
        List<String> problems = problemsOf(endless(start, (byte) 'a'), "huge.odcs.yaml", DescriptorFormat.YAML,
                ReadLimits.defaults());
        assertEquals(List.of("huge.odcs.yaml:5:4194243: the file is larger than 4 MiB, the most meshgov reads of one"
                + " file; split the file, or raise the read limit 'fileBytes' with --limit fileBytes=N"
                + " (ReadLimits.withMaxFileBytes in the API)"), problems);
    }

    @Test
    void aHugeJsonList_isRefusedByTheByteLimit() {
        byte[] start = "{\"apiVersion\": \"v3.1.0\", \"kind\": \"DataContract\", \"id\": \"x\", \"tags\": [\"a\""
                .getBytes(StandardCharsets.UTF_8);
        InputStream list = new InputStream() {
            private long position;

            @Override
            public int read() {
                long at = position++;
                return at < start.length ? start[(int) at] & 0xff : ",\"a\"".charAt((int) ((at - start.length) % 4));
            }
        };
        List<String> problems = problemsOf(list, "list.odcs.json", DescriptorFormat.JSON, ReadLimits.defaults());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("list.odcs.json:1:4194305: the file is larger than 4 MiB"), problems.get(0));
    }

    @Test
    void aLongValue_isRefusedByTheTextLimit_withItsLine() {
        String text = HEADER + "description:\n  purpose: " + "word ".repeat(60_000) + "\n";
        assertEquals(List.of("orders.odcs.yaml:5:12: a value here is 299,999 characters long, more than the 262,144"
                        + " meshgov reads in one value; shorten it, or raise the read limit 'textLength' with --limit"
                        + " textLength=N (ReadLimits.withMaxTextLength in the API)"),
                problemsOf(text, DescriptorFormat.YAML, ReadLimits.defaults()));
    }

    @Test
    void aLongValueOnOneLine_isReadInLinearTime_whenTheLimitAllowsIt() {
        // A 3 MB plain scalar took the YAML scanner minutes when it read through a small window; whole, it is quick.
        String text = HEADER + "description:\n  purpose: " + "x".repeat(3_000_000) + "\n";
        DataContract contract = (DataContract) DescriptorReader.read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "long.odcs.yaml", DescriptorFormat.YAML,
                ReadLimits.defaults().withMaxTextLength(4_000_000));
        assertEquals(3_000_000, contract.description().purpose().length());
    }

    @Test
    void deepNesting_isRefusedAtTheLevelThatCrossesTheLimit_inYamlAndJson() {
        assertEquals(List.of("orders.odcs.yaml:4:67: objects and lists nest deeper than 64 levels here, the most"
                        + " meshgov reads; nest them less deeply, or raise the read limit 'depth' with --limit depth=N"
                        + " (ReadLimits.withMaxDepth in the API)"),
                problemsOf(HEADER + "x: " + "[".repeat(100) + "]".repeat(100) + "\n", DescriptorFormat.YAML,
                        ReadLimits.defaults()));
        assertEquals(List.of("orders.odcs.json:1:16: objects and lists nest deeper than 10 levels here, the most"
                        + " meshgov reads; nest them less deeply, or raise the read limit 'depth' with --limit depth=N"
                        + " (ReadLimits.withMaxDepth in the API)"),
                problemsOf("{\"x\": " + "[".repeat(100) + "]".repeat(100) + "}", DescriptorFormat.JSON,
                        ReadLimits.defaults().withMaxDepth(10)));
    }

    @Test
    void anAliasBomb_isRefusedByTheValueLimit_beforeItIsExpanded() {
        StringBuilder text = new StringBuilder(HEADER).append("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int level = 1; level <= 9; level++) {
            text.append('a').append(level).append(": &a").append(level).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (level - 1)))).append("]\n");
        }
        assertEquals(List.of("orders.odcs.yaml:9:10: the file holds more than 200,000 values by here, counting each"
                        + " value an alias or merge key repeats, the most meshgov reads in one file; split the file or"
                        + " repeat fewer values, or raise the read limit 'values' with --limit values=N"
                        + " (ReadLimits.withMaxValues in the API)"),
                problemsOf(text.toString(), DescriptorFormat.YAML, ReadLimits.defaults()));
    }

    @Test
    void tooManyAliases_areRefused() {
        String text = HEADER + "x: &x a\ntags: [" + String.join(", ", java.util.Collections.nCopies(20, "*x")) + "]\n";
        assertEquals(List.of("orders.odcs.yaml:5:48: the file uses more than 10 aliases (*name), the most meshgov"
                        + " reads in one file; write some of the values out, or raise the read limit 'aliases' with"
                        + " --limit aliases=N (ReadLimits.withMaxAliases in the API)"),
                problemsOf(text, DescriptorFormat.YAML, ReadLimits.defaults().withMaxAliases(10)));
    }

    @Test
    void tooManyValuesInJson_areRefused() {
        String text = "{\"tags\": [" + String.join(", ", java.util.Collections.nCopies(50, "1")) + "]}";
        List<String> problems = problemsOf(text, DescriptorFormat.JSON, ReadLimits.defaults().withMaxValues(20));
        assertEquals(List.of("orders.odcs.json:1:65: the file holds more than 20 values by here, the most meshgov"
                + " reads in one file; split the file, or raise the read limit 'values' with --limit values=N"
                + " (ReadLimits.withMaxValues in the API)"), problems);
    }

    @Test
    void aMisplacedValue_isDescribedByItsKind_neverQuoted() {
        String text = HEADER + """
                schema:
                  - name: customers
                    properties:
                      - name: iban
                        classification: restricted
                        required: DE89370400440532013000
                        examples: jane.real.person@gmail.com
                        primaryKeyPosition: 4111111111111111
                """;
        List<String> problems = problemsOf(text, DescriptorFormat.YAML, ReadLimits.defaults());
        assertEquals(List.of(
                "orders.odcs.yaml:9:9: schema[0].properties[0].required: expected a boolean but was a text value",
                "orders.odcs.yaml:10:9: schema[0].properties[0].examples: expected a list but was a text value",
                "orders.odcs.yaml:11:9: schema[0].properties[0].primaryKeyPosition: expected an integer from"
                        + " -2147483648 to 2147483647 but was a larger number"), problems);
        for (String problem : problems) {
            assertFalse(problem.contains("DE8937") || problem.contains("jane") || problem.contains("4111"), problem);
        }
    }

    @Test
    void aKindWithControlCharacters_isShownEscaped() {
        List<String> problems = problemsOf("apiVersion: v3.1.0\nkind: \"Data\\e[2JContract\"\nid: x\n",
                DescriptorFormat.YAML, ReadLimits.defaults());
        assertEquals(List.of("orders.odcs.yaml:2:1: kind: expected one of [DataContract, DataProduct] but was"
                + " \"Data\\u001b[2JContract\"; did you mean \"DataContract\"?"), problems);
    }

    @Test
    void brokenYaml_saysWhatIsWrongAndWhereThePartStarts() {
        assertEquals(List.of("orders.odcs.yaml:5:1: malformed YAML: expected ',' or '}', but got the end of the file,"
                        + " in the {...} that starts at line 4"),
                problemsOf(HEADER + "tags: {a: b, c\n", DescriptorFormat.YAML, ReadLimits.defaults()));
        assertEquals(List.of("orders.odcs.yaml:5:1: malformed YAML: a tab character where YAML allows only spaces;"
                        + " indent with spaces"),
                problemsOf(HEADER + "schema:\n\t- name: x\n", DescriptorFormat.YAML, ReadLimits.defaults()));
    }

    @Test
    void brokenJson_namesNoParserInternals() {
        assertEquals(List.of("orders.odcs.json:1:16: malformed JSON: NaN and Infinity are not JSON numbers; write a"
                        + " number, or the text in double quotes"),
                problemsOf("{\"version\": NaN}", DescriptorFormat.JSON, ReadLimits.defaults()));
        assertEquals(List.of("orders.odcs.json:1:13: malformed JSON: a word here is not JSON; text goes in double"
                        + " quotes, and the only bare words are true, false and null"),
                problemsOf("{\"version\": tru}", DescriptorFormat.JSON, ReadLimits.defaults()));
    }

    @Test
    void utf8WithAndWithoutBom_andUtf16And32WithBom_readAlike() {
        String text = HEADER + "status: active\ndescription: {purpose: Überweisungen – 払い戻し}\n";
        DataContract plain = read(text.getBytes(StandardCharsets.UTF_8), DescriptorFormat.YAML);
        for (byte[] bytes : List.of(withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text, StandardCharsets.UTF_8),
                withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, text, StandardCharsets.UTF_16BE),
                withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, text, StandardCharsets.UTF_16LE),
                withBom(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, text, Charset.forName("UTF-32BE")),
                withBom(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, text, Charset.forName("UTF-32LE")),
                text.getBytes(StandardCharsets.UTF_16LE))) {
            assertEquals(plain.withoutOrigin(), read(bytes, DescriptorFormat.YAML).withoutOrigin());
        }
        String json = "{\"apiVersion\": \"v3.1.0\", \"kind\": \"DataContract\", \"id\": \"orders\", \"status\": \"é\"}";
        assertEquals("é", read(withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, json, StandardCharsets.UTF_16BE),
                DescriptorFormat.JSON).status());
    }

    @Test
    void bytesThatAreNotUtf8_areRefusedWithTheirLine() {
        byte[] bytes = (HEADER + "status: caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of("orders.odcs.yaml:4:12: the file is not valid UTF-8 text here; save it as UTF-8"),
                problemsOf(new ByteArrayInputStream(bytes), "orders.odcs.yaml", DescriptorFormat.YAML,
                        ReadLimits.defaults()));
    }

    @Test
    void aFolderNamedLikeADescriptor_saysSo(@TempDir Path folder) throws Exception {
        Path directory = Files.createDirectory(folder.resolve("orders.odcs.yaml"));
        DescriptorException e = assertThrows(DescriptorException.class, () -> DescriptorReader.read(directory));
        assertEquals(directory + ": cannot be read: it is a folder, not a file", e.getMessage());
    }

    @Test
    void limits_areCheckedWhenSet() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReadLimits.defaults().with("depht", 3));
        assertEquals("unknown read limit \"depht\"; the limits are fileBytes, textLength, depth, values, aliases",
                e.getMessage());
        assertEquals("depth must be at least 1 but was 0",
                assertThrows(IllegalArgumentException.class, () -> ReadLimits.defaults().withMaxDepth(0)).getMessage());
    }

    private static DataContract read(byte[] bytes, DescriptorFormat format) {
        return (DataContract) DescriptorReader.read(new ByteArrayInputStream(bytes), "orders", format);
    }

    private static byte[] withBom(byte[] bom, String text, Charset charset) {
        byte[] body = text.getBytes(charset);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    @Test
    void aValidReferenceOfTwoThousandSegments_isCheckedAgainstItsPatternWithoutRecursion() {
        String reference = "orders" + ".segment".repeat(2_000);
        String contract = "apiVersion: v3.2.0\nkind: DataContract\nid: orders\nversion: 1.0.0\nstatus: active\n"
                + "schema:\n  - name: orders\n    properties:\n      - name: id\n        relationships:\n"
                + "          - to: " + reference + "\n";

        DataContract read = (DataContract) DescriptorReader.read(contract, "orders.odcs.yaml", DescriptorFormat.YAML);

        assertEquals(List.of(), read.origin().deviations().stream().filter(deviation -> deviation.toString()
                .contains("relationships")).toList(), "a valid value: Java's own regular expressions overflowed the stack");
    }

    @Test
    void aKeyUnderAClassifiedProperty_isNeverQuoted_itMayBePersonalData() {
        String contract = "apiVersion: v3.1.0\nkind: DataContract\nid: orders\nversion: 1.0.0\nstatus: active\n"
                + "schema:\n  - name: customers\n    properties:\n      - name: email\n        classification: restricted\n"
                + "        jane.doe@example.com: seen in production\n      - name: note\n        classification: public\n"
                + "        notAField: 1\n";

        DataContract read = (DataContract) DescriptorReader.read(contract, "orders.odcs.yaml", DescriptorFormat.YAML);

        String deviations = read.origin().deviations().toString();
        assertFalse(deviations.contains("jane.doe"), deviations);
        assertTrue(deviations.contains("(a key not shown: it sits under a classified element)"), deviations);
        assertTrue(deviations.contains("notAField"), "under a public element, the key is named: " + deviations);
    }
}
