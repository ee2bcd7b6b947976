package io.meshgov.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.meshgov.GeneratedContracts;
import io.meshgov.model.DataContract;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A document written with anchors, aliases and merge keys reads equal to the same document written out plainly:
 * the reader resolves them as YAML defines them, and the rules never see the difference.
 */
class AliasesAndMergeKeysProperties {

    @Provide
    Arbitrary<Map<String, Object>> contracts() {
        return GeneratedContracts.contract();
    }

    @Property(tries = 300)
    @SuppressWarnings("unchecked")
    void aDocumentWithAliasesAndMergeKeys_readsLikeItWrittenOutPlainly(@ForAll("contracts") Map<String, Object> tree,
                                                                        @ForAll long seed) {
        Map<String, Object> shared = new LinkedHashMap<>(tree);
        List<Object> schema = (List<Object>) tree.get("schema");
        if (!schema.isEmpty()) {
            shared.put("x-copy", schema.get(0)); // the same object twice: written once with an anchor, then as an alias
        }
        String plain = new Writer(null).write(shared);
        String aliased = new Writer(new Random(seed)).write(shared);
        DataContract expected = (DataContract) DescriptorReader.read(plain, "plain.yaml", DescriptorFormat.YAML);
        DataContract actual = (DataContract) DescriptorReader.read(aliased, "aliased.yaml", DescriptorFormat.YAML);
        assertEquals(expected.withoutOrigin(), actual.withoutOrigin(), aliased);
    }

    /**
     * Writes a tree as flow-style YAML. Without a random source, plainly. With one: every repeated object or text as
     * an alias of its first occurrence, and some objects' keys moved into a merge key, with a decoy value for a key
     * the object writes itself (which must lose).
     */
    private static final class Writer {

        private final Random random;
        private final Map<Object, String> anchors = new IdentityHashMap<>();
        private final Map<String, String> textAnchors = new LinkedHashMap<>();
        private int next;

        Writer(Random random) {
            this.random = random;
        }

        String write(Object value) {
            StringBuilder out = new StringBuilder();
            value(value, out);
            return out.append('\n').toString();
        }

        private void value(Object value, StringBuilder out) {
            if (value instanceof Map<?, ?> || value instanceof List<?>) {
                if (random != null && anchors.containsKey(value)) {
                    out.append('*').append(anchors.get(value));
                    return;
                }
                if (random != null) {
                    String anchor = "n" + next++;
                    anchors.put(value, anchor);
                    out.append('&').append(anchor).append(' ');
                }
                if (value instanceof Map<?, ?> map) {
                    mapping(map, out);
                } else {
                    out.append('[');
                    String separator = "";
                    for (Object item : (List<?>) value) {
                        out.append(separator);
                        value(item, out);
                        separator = ", ";
                    }
                    out.append(']');
                }
            } else if (value instanceof String text) {
                if (random != null && textAnchors.containsKey(text)) {
                    out.append('*').append(textAnchors.get(text));
                    return;
                }
                if (random != null && random.nextBoolean()) {
                    String anchor = "t" + next++;
                    textAnchors.put(text, anchor);
                    out.append('&').append(anchor).append(' ');
                }
                quoted(text, out);
            } else {
                out.append(value);
            }
        }

        private void mapping(Map<?, ?> map, StringBuilder out) {
            List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
            int merged = random == null || entries.isEmpty() || random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(entries.size());
            out.append('{');
            String separator = "";
            if (merged > 0) {
                out.append("<<: [{");
                String inner = "";
                for (Map.Entry<?, ?> entry : entries.subList(0, merged)) {
                    out.append(inner);
                    quoted(String.valueOf(entry.getKey()), out);
                    out.append(": ");
                    value(entry.getValue(), out);
                    inner = ", ";
                }
                out.append("}, {");
                if (merged < entries.size()) {
                    quoted(String.valueOf(entries.get(merged).getKey()), out); // a decoy: the object writes it itself
                    out.append(": \"decoy\"");
                }
                out.append("}]");
                separator = ", ";
            }
            for (Map.Entry<?, ?> entry : entries.subList(merged, entries.size())) {
                out.append(separator);
                quoted(String.valueOf(entry.getKey()), out);
                out.append(": ");
                value(entry.getValue(), out);
                separator = ", ";
            }
            out.append('}');
        }

        private static void quoted(String text, StringBuilder out) {
            out.append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20 || c == 0x7f || c >= 0x80) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        }
    }
}
