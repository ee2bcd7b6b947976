package io.meshgov;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random ODCS contracts as plain YAML/JSON trees, written out with Jackson, so properties can check the reader
 * and the engine against text they did not write by hand. Text values include the YAML 1.1 traps.
 */
public final class GeneratedContracts {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private GeneratedContracts() {
    }

    /** Text that YAML 1.1 would turn into something else, mixed with ordinary words. */
    public static Arbitrary<String> trickyText() {
        return Arbitraries.oneOf(
                Arbitraries.of("yes", "no", "on", "off", "2022-10-03", "1.10", "0x1F", "09:00", "null", "~", "true"),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(20)
                        .filter(s -> s.codePoints().allMatch(c -> c >= 0x20 && c != 0x7f && !Character.isSurrogate((char) c)
                                // Jackson writes these two as \L and \P, escapes the YAML 1.2 reader refuses
                                // (docs/reading.md)
                                && c != 0x2028 && c != 0x2029)));
    }

    public static Arbitrary<String> names() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars('_').ofMinLength(1).ofMaxLength(10);
    }

    public static Arbitrary<Map<String, Object>> property() {
        return Combinators.combine(names(), trickyText().injectNull(0.3), Arbitraries.of(true, false),
                        Arbitraries.of("string", "integer", "number", "date").injectNull(0.2),
                        trickyText().list().ofMaxSize(3))
                .as((name, classification, required, logicalType, tags) -> {
                    Map<String, Object> property = new LinkedHashMap<>();
                    property.put("name", name);
                    if (classification != null) {
                        property.put("classification", classification);
                    }
                    property.put("required", required);
                    if (logicalType != null) {
                        property.put("logicalType", logicalType);
                    }
                    property.put("tags", tags);
                    return property;
                });
    }

    /** A contract with unique object and property names. */
    public static Arbitrary<Map<String, Object>> contract() {
        Arbitrary<List<Map<String, Object>>> properties = property().list().ofMinSize(1).ofMaxSize(6)
                .uniqueElements(p -> p.get("name"));
        Arbitrary<Map<String, Object>> object = Combinators.combine(names(), properties).as((name, props) -> {
            Map<String, Object> schemaObject = new LinkedHashMap<>();
            schemaObject.put("name", name);
            schemaObject.put("properties", props);
            return schemaObject;
        });
        return Combinators.combine(trickyText().filter(id -> !id.isBlank()), trickyText().injectNull(0.3), trickyText(),
                        object.list().ofMinSize(0).ofMaxSize(3).uniqueElements(o -> o.get("name")))
                .as((id, domain, version, schema) -> {
                    Map<String, Object> contract = new LinkedHashMap<>();
                    contract.put("apiVersion", "v3.1.0");
                    contract.put("kind", "DataContract");
                    contract.put("id", id);
                    if (domain != null) {
                        contract.put("domain", domain);
                    }
                    contract.put("version", version);
                    contract.put("schema", schema);
                    return contract;
                });
    }

    public static String toYaml(Map<String, Object> tree) {
        try {
            return YAML.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String toJson(Map<String, Object> tree) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same contract with the properties of every schema object in reverse order. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> withPropertiesReversed(Map<String, Object> contract) {
        Map<String, Object> copy = new LinkedHashMap<>(contract);
        List<Map<String, Object>> schema = new ArrayList<>();
        for (Map<String, Object> object : (List<Map<String, Object>>) contract.get("schema")) {
            Map<String, Object> reversed = new LinkedHashMap<>(object);
            List<Object> properties = new ArrayList<>((List<Object>) object.get("properties"));
            Collections.reverse(properties);
            reversed.put("properties", properties);
            schema.add(reversed);
        }
        Collections.reverse(schema);
        copy.put("schema", schema);
        return copy;
    }
}
