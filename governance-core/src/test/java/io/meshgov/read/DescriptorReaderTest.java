package io.meshgov.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.DescriptorException;
import io.meshgov.Problem;
import io.meshgov.SourceLocation;
import io.meshgov.model.DataContract;
import io.meshgov.model.SchemaProperty;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DescriptorReaderTest {

    private static final String HEADER = "apiVersion: v3.1.0\nkind: DataContract\nid: orders\n";

    private static DataContract yaml(String text) {
        return (DataContract) DescriptorReader.read(text, "orders.odcs.yaml", DescriptorFormat.YAML);
    }

    private static List<String> problemsOf(String text, DescriptorFormat format) {
        String source = format == DescriptorFormat.YAML ? "orders.odcs.yaml" : "orders.odcs.json";
        DescriptorException e = assertThrows(DescriptorException.class,
                () -> DescriptorReader.read(text, source, format));
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void yesForABoolean_isReportedWithItsDocumentPathAndLine() {
        String text = HEADER + """
                schema:
                  - name: orders
                    properties:
                      - name: id
                      - name: amount
                      - name: email
                        required: yes
                """;
        assertEquals(List.of("orders.odcs.yaml:10:9: schema[0].properties[2].required: expected a boolean but was \"yes\""),
                problemsOf(text, DescriptorFormat.YAML));
    }

    @Test
    void everyWrongTypeIsReported_notJustTheFirst() {
        String text = HEADER + """
                tags: finance
                schema:
                  - name: orders
                    properties:
                      - name: id
                        primaryKeyPosition: first
                        unique: "true"
                """;
        DescriptorException e = assertThrows(DescriptorException.class,
                () -> DescriptorReader.read(text, "orders.odcs.yaml", DescriptorFormat.YAML));
        assertEquals(List.of(
                "orders.odcs.yaml:4:1: tags: expected a list but was a text value",
                "orders.odcs.yaml:9:9: schema[0].properties[0].primaryKeyPosition: expected an integer but was a text value",
                "orders.odcs.yaml:10:9: schema[0].properties[0].unique: expected a boolean but was \"true\""),
                e.problems().stream().map(Problem::toString).toList());
        assertEquals("orders.odcs.yaml:4:1: tags: expected a list but was a text value (and 2 more)",
                e.getMessage().lines().findFirst().orElseThrow());
    }

    @Test
    void yaml12LineAndParagraphSeparatorEscapes_areRead_asPyYamlAndJacksonWriteThem() {
        String header = "apiVersion: v3.1.0\nkind: DataContract\nid: orders\nversion: 1.0.0\nstatus: active\n";
        DataContract contract = (DataContract) DescriptorReader.read(header + "description:\n  purpose: \"one\\Ltwo\\Pthree\"\n"
                + "  usage: \"C:\\\\Logs \\L\"\n", "orders.yaml", DescriptorFormat.YAML);
        assertEquals("one\u2028two\u2029three", contract.description().purpose());
        assertEquals("C:\\Logs \u2028", contract.description().usage(), "an escaped backslash before L stays one");
        DescriptorException unknown = assertThrows(DescriptorException.class, () -> DescriptorReader.read(header
                + "description:\n  purpose: \"one\\Qtwo\"\n", "orders.yaml", DescriptorFormat.YAML));
        assertTrue(unknown.problems().get(0).toString().startsWith("orders.yaml:7:"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("\\Q is not an escape meshgov reads"), unknown.getMessage());
    }

    @Test
    void malformedYaml_isReportedAtTheLineOfTheError() {
        String text = HEADER + "schema:\n  - name: orders\n   properties: []\n";
        List<String> problems = problemsOf(text, DescriptorFormat.YAML);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("orders.odcs.yaml:6:"), problems.get(0));
        assertTrue(problems.get(0).contains(": malformed YAML: "), problems.get(0));
    }

    @Test
    void malformedJson_isReportedAtTheLineOfTheError() {
        String text = "{\n  \"apiVersion\": \"v3.1.0\",\n  \"kind\": \"DataContract\"\n  \"id\": \"x\"\n}\n";
        List<String> problems = problemsOf(text, DescriptorFormat.JSON);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("orders.odcs.json:4:"), problems.get(0));
        assertEquals("orders.odcs.json:4:3: malformed JSON: expected a ',' between two values, or the end of the object"
                + " or list", problems.get(0));
    }

    @Test
    void duplicateKey_namesBothLines() {
        String text = HEADER + "status: active\nversion: 1.0.0\nstatus: draft\n";
        assertEquals(List.of("orders.odcs.yaml:6:1: duplicate key \"status\": first defined at line 4, again at line 6;"
                + " keep one of them"), problemsOf(text, DescriptorFormat.YAML));
    }

    @Test
    void duplicateKeyInJson_namesBothLines() {
        String text = "{\"apiVersion\": \"v3.1.0\", \"kind\": \"DataContract\",\n \"id\": \"a\",\n \"id\": \"b\"}";
        assertEquals(List.of("orders.odcs.json:3:2: duplicate key \"id\": first defined at line 2, again at line 3;"
                + " keep one of them"), problemsOf(text, DescriptorFormat.JSON));
    }

    @Test
    void missingKind_saysWhatToWrite() {
        assertEquals(List.of("orders.odcs.yaml:1:1: kind: missing; add \"kind: DataContract\" for an ODCS data contract"
                        + " or \"kind: DataProduct\" for an ODPS data product"),
                problemsOf("apiVersion: v3.1.0\nid: orders\n", DescriptorFormat.YAML));
    }

    @Test
    void aFileOfAnotherKind_isNamedInTheRefusal_byItsOwnKeys() {
        assertEquals(List.of("api.yaml:1:1: kind: missing; add \"kind: DataContract\" for an ODCS data contract or"
                        + " \"kind: DataProduct\" for an ODPS data product (it looks like an OpenAPI description, not a"
                        + " data contract or data product)"),
                problemsOf("api.yaml", "openapi: 3.0.0\ninfo: {title: Orders, version: 1.0.0}\npaths: {}\n"));
        assertEquals(List.of("deploy.yaml:2:1: kind: expected one of [DataContract, DataProduct] but was \"Deployment\""
                        + " (it looks like a Kubernetes manifest, not a data contract or data product)"),
                problemsOf("deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: orders}\n"
                        + "id: x\n"));
        assertEquals(List.of("notes.yaml:1:1: kind: missing; add \"kind: DataContract\" for an ODCS data contract or"
                        + " \"kind: DataProduct\" for an ODPS data product (its top-level keys are title, owner, id)"),
                problemsOf("notes.yaml", "title: Orders\nowner: sales\nid: x\n"));
    }

    private static List<String> problemsOf(String source, String text) {
        DescriptorException e = assertThrows(DescriptorException.class,
                () -> DescriptorReader.read(text, source, DescriptorFormat.YAML));
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void misspeltKind_suggestsTheClosest() {
        assertEquals(List.of("orders.odcs.yaml:2:1: kind: expected one of [DataContract, DataProduct] but was"
                        + " \"DataContrat\"; did you mean \"DataContract\"?"),
                problemsOf("apiVersion: v3.1.0\nkind: DataContrat\nid: orders\n", DescriptorFormat.YAML));
    }

    @Test
    void missingApiVersion_andMissingId_areBothReported() {
        assertEquals(List.of(
                        "orders.odcs.yaml:1:1: apiVersion: missing; add the Open Data Contract Standard version the file"
                                + " follows, e.g. \"apiVersion: v3.2.0\"",
                        "orders.odcs.yaml:1:1: id: missing; add a unique, stable identifier such as a UUID, e.g."
                                + " \"id: 53581432-6c55-4ba2-a65f-72344a91553a\""),
                problemsOf("kind: DataContract\nname: orders\n", DescriptorFormat.YAML));
    }

    @Test
    void unsupportedVersion_listsTheSupportedOnes() {
        assertEquals(List.of("orders.odcs.yaml:1:1: apiVersion: Open Data Contract Standard v2.2.2 is not supported;"
                        + " meshgov reads v3.0.0, v3.0.1, v3.0.2, v3.1.0, v3.2.0 (ODCS v2 contracts must be migrated to v3 first)"),
                problemsOf("apiVersion: v2.2.2\nkind: DataContract\nid: orders\n", DescriptorFormat.YAML));
    }

    @Test
    void emptyFile_isAClearError() {
        assertEquals(List.of("orders.odcs.yaml:1:1: the file is empty; expected a data contract (kind: DataContract)"
                + " or a data product (kind: DataProduct)"), problemsOf("", DescriptorFormat.YAML));
    }

    @Test
    void aListAtTheTop_isAClearError() {
        assertEquals(List.of("orders.odcs.yaml:1:1: expected an object with kind, apiVersion and id at the top level"
                + " but was a list"), problemsOf("- kind: DataContract\n", DescriptorFormat.YAML));
    }

    @Test
    void twoDocumentsInOneFile_isAClearError() {
        List<String> problems = problemsOf(HEADER + "---\n" + HEADER, DescriptorFormat.YAML);
        assertEquals(List.of("orders.odcs.yaml:4:1: a file holds one descriptor but a second document starts here;"
                + " split it into two files"), problems);
    }

    @Test
    void textDescription_explainsTheObjectForm() {
        assertEquals(List.of("orders.odcs.yaml:4:1: description: expected an object with purpose, usage and"
                        + " limitations but was text; write \"description:\" and beneath it \"purpose: Orders of the"
                        + " web shop\""),
                problemsOf(HEADER + "description: Orders of the web shop\n", DescriptorFormat.YAML));
    }

    @Test
    void yaml11Surprises_doNotLeak_datesAndVersionsStayAsWritten() {
        DataContract contract = yaml(HEADER + """
                version: 1.10
                status: on
                schema:
                  - name: orders
                    properties:
                      - name: placed_on
                        examples: [2022-10-03, 1.50, yes]
                        customProperties:
                          - property: since
                            value: 2021-01-01
                          - property: enabled
                            value: yes
                """);
        assertEquals("1.10", contract.version());
        assertEquals("on", contract.status());
        SchemaProperty property = contract.schema().get(0).properties().get(0);
        assertEquals(List.of("2022-10-03", "1.5", "yes"), property.examples());
        assertEquals("2021-01-01", property.customProperties().get(0).value());
        assertEquals("yes", property.customProperties().get(1).value());
    }

    @Test
    void everyValueKeepsItsLocation() {
        DataContract contract = yaml(HEADER + """
                schema:
                  - name: orders
                    properties:
                      - name: email
                        classification: restricted
                """);
        SchemaProperty email = contract.schema().get(0).properties().get(0);
        assertEquals("schema[orders].properties[email]", email.path());
        assertEquals(new SourceLocation("orders.odcs.yaml", 8, 9),
                contract.origin().locate("schema[orders].properties[email].classification"));
        // A missing field is located where it should be added: at its element.
        assertEquals(new SourceLocation("orders.odcs.yaml", 7, 9),
                contract.origin().locate("schema[orders].properties[email].description"));
        assertEquals(new SourceLocation("orders.odcs.yaml", 1, 1), contract.origin().locate("team"));
    }

    /**
     * Columns count UTF-16 code units in YAML as in JSON (as SARIF, GitHub and most editors count them): a character
     * beyond the Basic Multilingual Plane before a value on its line counts twice, in both formats.
     */
    @Test
    void columnsCountTheSameUnitsInYamlAndJson() {
        String path = "schema[orders].properties[email].classification";
        DataContract yaml = yaml(HEADER + """
                schema: [{name: orders, properties: [{name: email, businessName: "📧 mail", classification: x}]}]
                """);
        String line = "schema: [{name: orders, properties: [{name: email, businessName: \"📧 mail\", classification: x}]}]";
        assertEquals(new SourceLocation("orders.odcs.yaml", 4, line.indexOf("classification") + 1),
                yaml.origin().locate(path));
        DataContract json = (DataContract) DescriptorReader.read(
                "{\"apiVersion\": \"v3.1.0\", \"kind\": \"DataContract\", \"id\": \"orders\", \"schema\": [{\"name\": "
                        + "\"orders\", \"properties\": [{\"name\": \"email\", \"businessName\": \"📧 mail\", "
                        + "\"classification\": \"x\"}]}]}", "orders.odcs.json", DescriptorFormat.JSON);
        String text = json.origin().source();
        assertEquals(json.origin().locate(path).column() - 1, ("{\"apiVersion\": \"v3.1.0\", \"kind\": \"DataContract\", "
                + "\"id\": \"orders\", \"schema\": [{\"name\": \"orders\", \"properties\": [{\"name\": \"email\", "
                + "\"businessName\": \"📧 mail\", ").length(), text);
    }

    /** A character YAML forbids is located where it is, its column counted as every other (UTF-16 units). */
    @Test
    void aForbiddenCharacter_isLocatedOnItsLine_afterAnEmoji() {
        List<String> problems = problemsOf(HEADER + "description:\r\n  purpose: \"📧 mail\u0001\"\n", DescriptorFormat.YAML);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("orders.odcs.yaml:5:" + ("  purpose: \"📧 mail".length() + 1) + ": "),
                problems.toString());
        assertTrue(problems.get(0).contains("U+0001 may not appear in a YAML file"), problems.toString());
    }

    @Test
    void duplicateNamesInAList_fallBackToIndexPaths() {
        DataContract contract = yaml(HEADER + """
                slaProperties:
                  - property: timeOfAvailability
                    value: 09:00-08:00
                  - property: timeOfAvailability
                    value: 08:00-08:00
                  - property: latency
                    value: 4
                """);
        assertEquals(List.of("slaProperties[0]", "slaProperties[1]", "slaProperties[latency]"),
                contract.slaProperties().stream().map(p -> p.path()).toList());
    }

    @Test
    void jsonAndYaml_readToTheSameContract() {
        DataContract fromYaml = yaml(HEADER + "status: active\nschema:\n  - name: orders\n    properties:\n"
                + "      - name: id\n        required: true\n        logicalType: integer\n");
        DataContract fromJson = (DataContract) DescriptorReader.read("""
                {"apiVersion": "v3.1.0", "kind": "DataContract", "id": "orders", "status": "active",
                 "schema": [{"name": "orders", "properties": [{"name": "id", "required": true, "logicalType": "integer"}]}]}
                """, "orders.odcs.json", DescriptorFormat.JSON);
        assertEquals(fromYaml.withoutOrigin(), fromJson.withoutOrigin());
    }

    @Test
    void aFileIsReadWithoutBeingModified(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("orders.odcs.yaml");
        Files.writeString(file, HEADER + "status: active\n");
        long modified = Files.getLastModifiedTime(file).toMillis();
        DataContract contract = (DataContract) DescriptorReader.read(file);
        assertEquals("active", contract.status());
        assertEquals(file.toString(), contract.origin().source());
        assertEquals(HEADER + "status: active\n", Files.readString(file));
        assertEquals(modified, Files.getLastModifiedTime(file).toMillis());
    }

    @Test
    void missingFile_andUnknownExtension_areClearErrors(@TempDir Path directory) {
        Path missing = directory.resolve("absent.odcs.yaml");
        DescriptorException notFound = assertThrows(DescriptorException.class, () -> DescriptorReader.read(missing));
        assertEquals(missing + ": no such file", notFound.getMessage());
        Path text = directory.resolve("orders.txt");
        DescriptorException wrongName = assertThrows(DescriptorException.class, () -> DescriptorReader.read(text));
        assertEquals(text + ": not a descriptor file name; name it *.yaml, *.yml or *.json", wrongName.getMessage());
    }

    @Test
    void anEmptyValue_isAbsent_butAQuotedEmptyStringIsText() {
        DataContract contract = yaml(HEADER + "schema:\n  - name: orders\n    description: ''\n    properties:\n");
        assertTrue(contract.schema().get(0).properties().isEmpty());
        assertEquals("", contract.schema().get(0).description());
    }

    @Test
    void absentOptionalParts_areEmptyNotNull() {
        DataContract contract = yaml(HEADER);
        assertNull(contract.description());
        assertNull(contract.team());
        assertTrue(contract.schema().isEmpty());
        assertTrue(contract.tags().isEmpty());
        assertTrue(contract.extensions().isEmpty());
    }

    @Test
    void otherDescriptorFormats_areNamed_evenWithAKindAdded() {
        assertEquals(List.of("orders.odcs.yaml:1:1: this is a Data Contract Specification file (datacontract.com);"
                        + " meshgov reads ODCS v3 data contracts and ODPS data products: convert it to ODCS v3 with"
                        + " datacontract-cli, e.g. 'datacontract export odcs datacontract.yaml --output"
                        + " datacontract.odcs.yaml'"),
                problemsOf("dataContractSpecification: 1.1.0\nid: orders\ninfo: {title: Orders, version: 1.0.0}\n",
                        DescriptorFormat.YAML));
        assertEquals(List.of("orders.odcs.yaml:4:1: this is a Data Contract Specification file (datacontract.com);"
                        + " meshgov reads ODCS v3 data contracts and ODPS data products: convert it to ODCS v3 with"
                        + " datacontract-cli, e.g. 'datacontract export odcs datacontract.yaml --output"
                        + " datacontract.odcs.yaml'"),
                problemsOf(HEADER + "dataContractSpecification: 1.1.0\n", DescriptorFormat.YAML));
        assertEquals(List.of("orders.odcs.yaml:3:1: this is an ODCS v2 contract (datasetName); meshgov reads ODCS v3"
                        + " data contracts and ODPS data products: migrate it to ODCS v3 (v2's dataset becomes v3's"
                        + " schema)"),
                problemsOf("kind: DataContract\nuuid: 1\ndatasetName: orders\n", DescriptorFormat.YAML));
        assertEquals(List.of("orders.odcs.yaml:1:1: this is an Open Data Mesh descriptor (dataProductDescriptor);"
                        + " meshgov reads ODCS v3 data contracts and ODPS data products: describe the product in ODPS,"
                        + " or its datasets as ODCS v3 contracts"),
                problemsOf("dataProductDescriptor: 1.0.0\ninfo: {name: x}\n", DescriptorFormat.YAML));
        assertEquals(List.of("orders.odcs.yaml:1:1: this is a Witboost provisioning descriptor (componentIdToProvision);"
                        + " meshgov reads ODCS v3 data contracts and ODPS data products: give meshgov the ODCS contract"
                        + " or ODPS product the component publishes"),
                problemsOf("componentIdToProvision: urn:dmb:cmp:x\n", DescriptorFormat.YAML));
        assertEquals(List.of("orders.odcs.yaml:1:1: this is a Data Mesh Manager data product (dataProductSpecification);"
                        + " meshgov reads ODCS v3 data contracts and ODPS data products: describe the product in ODPS,"
                        + " or its datasets as ODCS v3 contracts"),
                problemsOf("dataProductSpecification: 0.0.1\nid: x\n", DescriptorFormat.YAML));
    }

    @Test
    void anArraysItems_areNamedAfterTheArray_inMessages() {
        DataContract contract = yaml(HEADER + """
                schema:
                  - name: orders
                    properties:
                      - name: tags
                        logicalType: array
                        items:
                          logicalType: string
                          physicalType: INT64
                """);
        SchemaProperty tags = contract.schema().get(0).properties().get(0);
        assertEquals("tags", tags.label());
        assertEquals("tags[]", tags.items().label());
    }

    @Test
    void nestedProperties_areNamedByThePropertiesAroundThem() {
        DataContract contract = yaml(HEADER + """
                schema:
                  - name: orders
                    properties:
                      - name: address
                        logicalType: object
                        properties:
                          - name: street
                            logicalType: string
                      - name: lines
                        logicalType: array
                        items:
                          logicalType: object
                          properties:
                            - name: sku.code
                              logicalType: string
                """);
        SchemaProperty address = contract.schema().get(0).properties().get(0);
        SchemaProperty lines = contract.schema().get(0).properties().get(1);
        assertEquals("address.street", address.properties().get(0).label());
        assertEquals("lines[].sku.code", lines.items().properties().get(0).label());
        assertEquals(true, lines.items().isArrayItems());
        assertEquals(false, lines.isArrayItems());
    }

    @Test
    void odcs32_allowedValues_areRead() {
        DataContract contract = (DataContract) DescriptorReader.read("""
                apiVersion: v3.2.0
                kind: DataContract
                id: orders
                version: 1.0.0
                schema:
                  - name: orders
                    properties:
                      - name: country
                        logicalType: string
                        enum:
                          - value: US
                            label: United States
                          - value: CA
                """, "orders.odcs.yaml", DescriptorFormat.YAML);
        assertEquals(java.util.List.of("US", "CA"), contract.schema().get(0).properties().get(0).allowedValues());
        assertEquals(java.util.List.of(), contract.origin().deviations(), "a valid ODCS v3.2.0 file");
    }

    @Test
    void idsAndDescriptionsOfCustomPropertiesAndDefinitions_areRead() {
        DataContract contract = (DataContract) DescriptorReader.read("""
                apiVersion: v3.2.0
                kind: DataContract
                id: orders
                version: 1.0.0
                customProperties:
                  - id: ruleset
                    property: refRulesetName
                    value: gcsc.ruleset.name
                    description: The ruleset the checks run under.
                authoritativeDefinitions:
                  - id: canonical
                    type: canonical
                    url: https://example.com/orders.odcs.yaml
                """, "orders.odcs.yaml", DescriptorFormat.YAML);
        assertEquals(new io.meshgov.model.CustomProperty("refRulesetName", "gcsc.ruleset.name", "ruleset",
                "The ruleset the checks run under."), contract.customProperties().get(0));
        assertEquals("canonical", contract.authoritativeDefinitions().get(0).id());
        assertEquals(java.util.List.of(), contract.origin().deviations(), "a valid ODCS v3.2.0 file");
    }
}
