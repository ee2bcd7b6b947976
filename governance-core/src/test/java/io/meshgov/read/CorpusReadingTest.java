package io.meshgov.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.Corpus;
import io.meshgov.model.DataContract;
import io.meshgov.model.DataProduct;
import io.meshgov.model.Descriptor;
import io.meshgov.model.DescriptorElement;
import io.meshgov.model.DescriptorKind;
import io.meshgov.model.SchemaProperty;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class CorpusReadingTest {

    @TestFactory
    Stream<DynamicTest> everyCorpusExample_reads_withALocationForEveryElement() {
        List<Path> examples = Corpus.examples();
        assertTrue(examples.size() >= 20, "expected the 20 published examples but found " + examples.size());
        return examples.stream().map(file -> DynamicTest.dynamicTest(Corpus.root().relativize(file).toString(), () -> {
            Descriptor descriptor = DescriptorReader.read(file);
            DescriptorKind expected = file.toString().contains("odps") ? DescriptorKind.DATA_PRODUCT
                    : DescriptorKind.DATA_CONTRACT;
            assertEquals(expected, descriptor.kind());
            assertFalse(descriptor.id().isBlank());
            for (DescriptorElement element : descriptor.elements()) {
                assertNotNull(descriptor.origin().locate(element.path()), "no location for " + element.path());
            }
        }));
    }

    @Test
    void fullExample_mapsEveryNamedField() {
        DataContract contract = (DataContract) DescriptorReader.read(
                Corpus.root().resolve("odcs/examples/all/full-example.odcs.yaml"));
        assertEquals("v3.1.0", contract.apiVersion());
        assertEquals("seller", contract.domain());
        assertEquals("my quantum", contract.dataProduct());
        assertEquals("1.1.0", contract.version());
        assertEquals("active", contract.status());
        assertEquals("Views built on top of the seller tables.", contract.description().purpose());
        assertEquals(3, contract.team().members().size());
        assertEquals("Owner", contract.team().members().get(2).role());
        assertEquals(4, contract.roles().size());
        assertEquals(List.of("tbl", "receivers"), contract.schema().stream().map(o -> o.name()).toList());
        SchemaProperty date = contract.schema().get(0).properties().get(0);
        assertEquals("schema[tbl].properties[transaction_reference_date]", date.path());
        assertEquals(List.of("2022-10-03", "2020-01-28"), date.examples());
        assertEquals("public", date.classification());
        assertTrue(date.partitioned());
        SchemaProperty receiverId = contract.schema().get(0).properties().get(1);
        assertTrue(receiverId.primaryKey());
        assertEquals(1, receiverId.primaryKeyPosition());
        assertEquals("nullValues", contract.schema().get(0).properties().get(2).quality().get(0).metric());
        assertEquals("rowCount", contract.schema().get(0).quality().get(0).metric());
        assertEquals(1000000L, contract.schema().get(0).quality().get(0).thresholds().get("mustBeGreaterThan"));
        assertEquals(8, contract.slaProperties().size());
        assertEquals("4", contract.slaProperties().get(0).value());
        assertEquals("d", contract.slaProperties().get(0).unit());
        assertEquals("09:00-08:00", contract.slaProperties().get(6).value());
        assertEquals(4, contract.support().size());
        assertEquals("my-postgres", contract.servers().get(0).server());
        assertEquals(5432L, contract.servers().get(0).extensions().get("port"));
        assertEquals(List.of("transactions"), contract.tags());
        assertEquals(3, contract.customProperties().size());
        // Fields the model does not name are kept.
        assertTrue(contract.extensions().containsKey("price"));
        assertEquals("2022-11-15T02:59:43+00:00", contract.extensions().get("contractCreatedTs"));
        // Relationships are model elements: the object's own (from and to as written) and its properties' (from them).
        List<io.meshgov.model.Relationship> relationships = contract.schema().get(0).relationships();
        assertEquals(List.of("tbl.rcvr_id", "tbl.rcvr_cntry_code"), relationships.get(0).from());
        assertEquals(List.of("receivers.id", "receivers.country_code"), relationships.get(0).to());
        assertEquals(List.of("tbl.rcvr_id"), relationships.get(1).from());
        assertEquals(List.of("receivers.id"), relationships.get(1).to());
        assertTrue(relationships.get(1).onProperty() && relationships.get(1).isForeignKey());
        assertTrue(!contract.schema().get(0).extensions().containsKey("relationships"));
    }

    @Test
    void customerDataProduct_mapsPortsAndTheContractsTheyReference() {
        DataProduct product = (DataProduct) DescriptorReader.read(
                Corpus.root().resolve("odps/examples/customer-data-product.odps.yaml"));
        assertEquals("Customer Data Product", product.name());
        assertEquals(4, product.inputPorts().size());
        assertEquals("dbb7b1eb-7628-436e-8914-2a00638ba6db", product.inputPorts().get(0).contractId());
        assertEquals(4, product.outputPorts().size());
        assertEquals(2, product.outputPorts().get(1).inputContracts().size());
        assertEquals("1.0.0", product.outputPorts().get(1).inputContracts().get(1).version());
        assertEquals("tpc-dict-update", product.managementPorts().get(0).name());
        assertEquals("owner", product.team().members().get(0).role());
        assertEquals(2, product.support().size());
    }

    @Test
    void odcsV30TeamList_readsAsTeamMembers() {
        DataContract contract = (DataContract) DescriptorReader.read(
                Corpus.root().resolve("odcs/examples/stakeholders/basic-four-dpo.odcs.yaml"));
        assertEquals(4, contract.team().members().size());
        assertEquals("team.members[bkid]", contract.team().members().get(3).path());
        assertTrue(contract.team().members().get(3).isCurrent());
        assertFalse(contract.team().members().get(0).isCurrent());
    }
}
