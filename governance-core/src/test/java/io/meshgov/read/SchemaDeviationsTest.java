package io.meshgov.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void aMisspeltPropertyKey_whereTheSchemaAllowsAnyKey_isNamedToo() {
        assertEquals(List.of("orders.odcs.yaml:10:9 schema[0].properties[0].classificaton: 'classificaton' is not a"
                        + " field the standard names here; did you mean \"classification\"? A misspelt key is kept but"
                        + " read by no rule and no tool; rename it"),
                deviations("apiVersion: v3.1.0\nkind: DataContract\nid: orders\nversion: 1.0.0\nstatus: active\n"
                        + "schema:\n  - name: t\n    properties:\n      - name: email\n        classificaton: restricted\n"
                        + "        pii: true\n"));
    }
}
