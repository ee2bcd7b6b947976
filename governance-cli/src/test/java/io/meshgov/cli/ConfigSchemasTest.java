package io.meshgov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON Schemas of meshgov's own files in {@code docs/schemas/} (for editors: {@code # yaml-language-server:
 * $schema=...}) accept every such file of the repository and every example of its documentation, and name exactly
 * the keys meshgov's readers accept: a key added to a reader without its schema fails here.
 */
class ConfigSchemasTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern DOC_BLOCK = Pattern.compile("```yaml\\n# ([^\\n]+)\\n(.*?)```", Pattern.DOTALL);

    private static JsonSchema schema(String name) throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(ROOT.resolve("docs/schemas/" + name + ".schema.json")));
    }

    /** Which schema a file's name calls for, or null. */
    private static String schemaFor(String name) {
        if (name.endsWith(".cases.yaml")) {
            return "cases";
        }
        if (name.endsWith("meshgov.yaml")) {
            return "meshgov";
        }
        if (name.endsWith("governance.yaml")) {
            return "governance";
        }
        if (name.contains("conventions") && name.endsWith(".yaml")) {
            return "conventions";
        }
        return null;
    }

    @Test
    void everyConfigFileOfTheRepository_andEveryExampleOfTheDocs_matchesItsSchema(@TempDir Path folder) throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> walk = Files.walk(ROOT)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String relative = ROOT.relativize(file).toString().replace('\\', '/');
                String schema = schemaFor(file.getFileName().toString());
                if (schema == null || relative.contains("/target/") || relative.startsWith(".git/")
                        || relative.contains("src/test/resources/broken") || relative.contains("/bad-")) {
                    continue;
                }
                checked++;
                check(schema, relative, YAML.readTree(file.toFile()), problems);
            }
        }
        List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("CONTRIBUTING.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(file -> file.toString().endsWith(".md")).forEach(documents::add);
        }
        for (Path document : documents) {
            Matcher block = DOC_BLOCK.matcher(Files.readString(document));
            while (block.find()) {
                String schema = schemaFor(block.group(1).strip());
                if (schema != null) {
                    checked++;
                    check(schema, ROOT.relativize(document) + " (" + block.group(1) + ")",
                            YAML.readTree(block.group(2)), problems);
                }
            }
        }
        CliTest.Run baseline = CliTest.meshgov("baseline", "--output", folder.resolve("baseline.yaml").toString(),
                "../governance-examples/descriptors");
        assertEquals(0, baseline.exitCode(), baseline.err());
        check("baseline", "a baseline meshgov wrote", YAML.readTree(folder.resolve("baseline.yaml").toFile()), problems);
        assertEquals(List.of(), problems);
        assertTrue(checked >= 15, "config files and documented examples checked: " + checked);
        assertEquals(2, schema("governance").validate(YAML.readTree("policy: x\nlayer: []\n")).size(),
                "a misspelt key and the missing layers are refused");
        assertEquals(1, schema("meshgov").validate(YAML.readTree("failOn: info\n")).size(), "INFO fails no run");
    }

    private static void check(String schema, String where, JsonNode document, List<String> problems) throws IOException {
        Set<ValidationMessage> messages = schema(schema).validate(document);
        messages.forEach(message -> problems.add(where + " [" + schema + "]: " + message.getMessage()));
    }

    @Test
    void theSchemas_nameExactlyTheKeysTheReadersAccept() throws Exception {
        assertEquals(keys(ProjectConfig.class, "KEYS"), properties("meshgov", ""));
        assertEquals(keys(io.meshgov.read.PolicyReader.class, "KEYS"), properties("governance", ""));
        assertEquals(keys(io.meshgov.read.PolicyReader.class, "LAYER_KEYS"),
                properties("governance", "/properties/layers/items"));
        assertEquals(keys(io.meshgov.read.PolicyReader.class, "WAIVER_KEYS"), properties("governance", "/$defs/waiver"));
        assertEquals(keys(io.meshgov.read.PolicyReader.class, "PACK_KEYS"), properties("governance", "/$defs/pack"));
        assertEquals(keys(io.meshgov.read.PolicyReader.class, "SCOPE_KEYS"), properties("governance", "/$defs/scope"));
        assertEquals(new TreeSet<>(io.meshgov.conventions.ConventionSettings.NAMES), properties("conventions", ""));
        assertEquals(keys(io.meshgov.testkit.PolicyCases.class, "KEYS"),
                properties("cases", "/properties/cases/items"));
    }

    @SuppressWarnings("unchecked")
    private static Set<String> keys(Class<?> reader, String field) throws Exception {
        Field keys = reader.getDeclaredField(field);
        keys.setAccessible(true);
        return new TreeSet<>((List<String>) keys.get(null));
    }

    private static Set<String> properties(String schema, String pointer) throws IOException {
        JsonNode node = new ObjectMapper().readTree(ROOT.resolve("docs/schemas/" + schema + ".schema.json").toFile())
                .at(pointer).path("properties");
        Set<String> names = new TreeSet<>();
        node.properties().forEach(entry -> names.add(entry.getKey()));
        return names;
    }
}
