package io.meshgov.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.model.Descriptor;
import io.meshgov.model.SchemaDeviation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the official JSON Schema of the declared version refuses is kept as located deviations (the standard pack
 * reports them as IOP-011), worded for an author and never quoting a value; the file is still read.
 */
class SchemaDeviationsTest {

    private static List<String> deviations(String yaml) {
        Descriptor descriptor = DescriptorReader.read(yaml, "orders.odcs.yaml", DescriptorFormat.YAML);
        return descriptor.origin().deviations().stream()
                .map(d -> descriptor.origin().locate(d.path()) + " " + d.path() + ": " + d.message()).toList();
    }

    @Test
    void aMisspeltRootKey_isNamed_withTheKeyItWasMeantToBe() {
        assertEquals(List.of("orders.odcs.yaml:6:1 dataProdcut: 'dataProdcut' is not a field of ODCS v3.1.0 here; did"
                        + " you mean \"dataProduct\"?; remove or rename it, or keep it under customProperties"),
                deviations("apiVersion: v3.1.0\nkind: DataContract\nid: orders\nversion: 1.0.0\nstatus: active\ndataProdcut: sales\n"));
    }

    @Test
    void aFieldOfALaterVersion_saysWhichVersionItIsValidIn() {
        assertEquals(List.of("orders.odcs.yaml:6:1 team: the value is not of the type ODCS v3.0.2 asks for here (array)"
                        + " (valid from ODCS v3.1.0 on: declare that apiVersion if the file follows it)"),
                deviations("apiVersion: v3.0.2\nkind: DataContract\nid: orders\nversion: 1.0.0\nstatus: active\n"
                        + "team: {name: checkout, members: [{username: ann, role: owner}]}\n"));
    }

    @Test
    void aValidFile_hasNoDeviations_andAWrongValueIsNotQuoted() {
        assertEquals(List.of(), deviations("apiVersion: v3.1.0\nkind: DataContract\nid: orders\nversion: 1.0.0\nstatus: active\n"));
        List<String> wrong = deviations("apiVersion: v3.1.0\nkind: DataContract\nid: orders\nversion: 1.0.0\nstatus: active\n"
                + "schema:\n  - name: t\n    properties:\n      - name: iban\n        logicalType: DE89370400440532013000\n");
        assertEquals(1, wrong.size(), wrong.toString());
        assertEquals(false, wrong.get(0).contains("DE8937"), wrong.get(0));
    }

    @Test
    void aMissingRequiredField_isNamedWhereItBelongs() {
        assertEquals(List.of("orders.odcs.yaml:1:1 version: 'version' is missing, which ODCS v3.1.0 requires here"),
                deviations("apiVersion: v3.1.0\nkind: DataContract\nid: orders\nstatus: active\n"));
    }

    @Test
    void aDeviationIsAnElementRulesCanReportAt() {
        SchemaDeviation deviation = new SchemaDeviation("dataProdcut", "additionalProperties", "m");
        assertEquals("dataProdcut", deviation.path());
    }

    @Test
    void aMisspeltPropertyKey_isNamed_andAKeyNoSchemaNames_isToldWhereItBelongs() {
        assertEquals(List.of("orders.odcs.yaml:10:9 schema[0].properties[0].classificaton: 'classificaton' is not a"
                        + " field of ODCS v3.1.0 here; did you mean \"classification\"?; remove or rename it, or keep it"
                        + " under customProperties",
                        "orders.odcs.yaml:11:9 schema[0].properties[0].pii: 'pii' is not a field of ODCS v3.1.0 here;"
                        + " remove or rename it, or keep it under customProperties"),
                deviations("apiVersion: v3.1.0\nkind: DataContract\nid: orders\nversion: 1.0.0\nstatus: active\n"
                        + "schema:\n  - name: t\n    properties:\n      - name: email\n        classificaton: restricted\n"
                        + "        pii: true\n"));
    }

    @Test
    void aMisspeltKeyOfAServerOfAGivenType_isNamed() {
        assertEquals(List.of("orders.odcs.yaml:7:5 servers[0].database: 'database' is missing, which ODCS v3.1.0"
                        + " requires here",
                        "orders.odcs.yaml:9:5 servers[0].databse: 'databse' is not a field of ODCS v3.1.0 here; did"
                        + " you mean \"database\"?; remove or rename it, or keep it under customProperties"),
                deviations("apiVersion: v3.1.0\nkind: DataContract\nid: orders\nversion: 1.0.0\nstatus: active\n"
                        + "servers:\n  - server: prod\n    type: postgres\n    databse: shop\n    host: db\n    port: 5432\n"
                        + "    schema: public\n"));
    }

    @Test
    void aFieldOfAnotherFormOfTheObject_saysSo() {
        assertEquals(List.of("orders.odcs.yaml:9:9 schema[0].quality[0].rule: 'rule' is not a field of ODCS v3.1.0 here as"
                        + " the object is written: it belongs to another form of it (check the object's 'type'; a quality"
                        + " check of the library type names its 'metric'), or to another place",
                        "orders.odcs.yaml:10:9 schema[0].quality[0].mustBe: 'mustBe' is not a field of ODCS v3.1.0"
                        + " here as the object is written: it belongs to another form of it (check the object's 'type';"
                        + " a quality check of the library type names its 'metric'), or to another place"),
                deviations("apiVersion: v3.1.0\nkind: DataContract\nid: orders\nversion: 1.0.0\nstatus: active\n"
                        + "schema:\n  - name: t\n    quality:\n      - rule: nullValues\n        mustBe: 0\n"));
    }

    @Test
    void aVariablePlaceholder_isKeptAsWritten_andFlagged_butNotInFreeText() {
        assertEquals(List.of("orders.odcs.yaml:9:11 servers[0].host: the value is a variable placeholder, which meshgov"
                        + " does not substitute: the rules judged its text as written; substitute the variables before"
                        + " the check, or write the value"),
                deviations("apiVersion: v3.1.0\nkind: DataContract\nid: orders\nversion: 1.0.0\nstatus: active\n"
                        + "servers:\n  - server: prod\n    type: postgres\n    host: ${DB_HOST}\n    port: 5432\n"
                        + "    database: shop\n    schema: public\n"
                        + "description:\n  usage: Query ${total_turnover} by year\n"));
    }

    @Test
    void aWholeAnswerInOdcsV320sContext_namesASchemaElement_andIsNoVariable() {
        assertEquals(List.of(), deviations("apiVersion: v3.2.0\nkind: DataContract\nid: orders\nversion: 1.0.0\n"
                + "status: active\ncontext:\n  verifiedStatements:\n    - question: What was the turnover?\n"
                + "      answer: ${total_turnover_euros}\nschema:\n  - name: turnover\n    context:\n"
                + "      instructions: ${turnover_ts}\n"));
    }

    /** Only the standard's {@code context} (the contract's and a schema object's) is exempt: a key so named elsewhere is not. */
    @Test
    void aPlaceholderUnderAKeyNamedContext_elsewhere_isStillFlagged() {
        List<String> found = deviations("apiVersion: v3.2.0\nkind: DataContract\nid: orders\nversion: 1.0.0\n"
                + "status: active\nservers:\n  - server: prod\n    type: postgres\n    host: db\n    port: 5432\n"
                + "    database: shop\n    schema: public\n    customProperties:\n      - property: context\n"
                + "        value:\n          context: ${DB_PASSWORD}\n");
        assertTrue(found.stream().anyMatch(line -> line.contains("the value is a variable placeholder")), found.toString());
    }

    @Test
    void odcsV320sDeprecatedFlag_onObjectsAndProperties_isAField_elsewhereNot() {
        List<String> found = deviations("apiVersion: v3.2.0\nkind: DataContract\nid: orders\nversion: 1.0.0\n"
                + "status: active\nschema:\n  - name: orders\n    deprecated: true\n    properties:\n"
                + "      - name: email\n        logicalType: string\n        deprecated: true\n"
                + "deprecated: true\n");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("orders.odcs.yaml:13:1 deprecated: "), found.toString());
    }

    @Test
    void anOdpsV110Product_isCheckedAgainstItsSchema() {
        List<String> found = deviations("apiVersion: v1.1.0\nkind: DataProduct\nid: checkout\nname: checkout\n"
                + "version: 1.0.0\nstatus: active\ndomian: sales\n"
                + "inputPorts:\n  - name: orders\n    version: 1.0.0\n    contractId: orders\n");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("orders.odcs.yaml:7:1 domian: "), found.toString());
    }

    @Test
    void aPlaceholderWithADefault_isAPlaceholderToo_asShellsComposeAndHelmWriteIt() {
        assertEquals(List.of("orders.odcs.yaml:9:11 servers[0].host: the value is a variable placeholder, which meshgov"
                        + " does not substitute: the rules judged its text as written; substitute the variables before"
                        + " the check, or write the value"),
                deviations("apiVersion: v3.1.0\nkind: DataContract\nid: orders\nversion: 1.0.0\nstatus: active\n"
                        + "servers:\n  - server: prod\n    type: postgres\n    host: ${DB_HOST:-localhost}\n    port: 5432\n"
                        + "    database: shop\n    schema: public\n"
                        + "description:\n  usage: \"${a:-b} and ${c}\"\n"));
        assertTrue(Placeholders.isPlaceholder("${PORT:=5432}") && !Placeholders.isPlaceholder("${A:-{b}}")
                && !Placeholders.isPlaceholder("${:-x}") && !Placeholders.isPlaceholder("${A:x}"));
    }
}
