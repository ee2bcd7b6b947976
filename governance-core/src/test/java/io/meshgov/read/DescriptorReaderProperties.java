package io.meshgov.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.meshgov.GeneratedContracts;
import io.meshgov.model.DataContract;
import io.meshgov.model.SchemaProperty;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DescriptorReaderProperties {

    @Provide
    Arbitrary<Map<String, Object>> contracts() {
        return GeneratedContracts.contract();
    }

    @Property(tries = 300)
    void yamlAndJson_ofTheSameTree_readToTheSameContract(@ForAll("contracts") Map<String, Object> tree) {
        DataContract fromYaml = (DataContract) DescriptorReader.read(GeneratedContracts.toYaml(tree), "c.yaml",
                DescriptorFormat.YAML);
        DataContract fromJson = (DataContract) DescriptorReader.read(GeneratedContracts.toJson(tree), "c.json",
                DescriptorFormat.JSON);
        assertEquals(fromYaml.withoutOrigin(), fromJson.withoutOrigin());
    }

    @Property(tries = 300)
    @SuppressWarnings("unchecked")
    void everyWrittenValue_comesBackExactlyAsWritten(@ForAll("contracts") Map<String, Object> tree) {
        DataContract contract = (DataContract) DescriptorReader.read(GeneratedContracts.toYaml(tree), "c.yaml",
                DescriptorFormat.YAML);
        assertEquals(tree.get("id"), contract.id());
        assertEquals(tree.get("domain"), contract.domain());
        assertEquals(tree.get("version"), contract.version());
        List<Map<String, Object>> schema = (List<Map<String, Object>>) tree.get("schema");
        assertEquals(schema.size(), contract.schema().size());
        for (int o = 0; o < schema.size(); o++) {
            List<Map<String, Object>> properties = (List<Map<String, Object>>) schema.get(o).get("properties");
            for (int p = 0; p < properties.size(); p++) {
                Map<String, Object> written = properties.get(p);
                SchemaProperty read = contract.schema().get(o).properties().get(p);
                assertEquals(written.get("name"), read.name());
                assertEquals(written.get("classification"), read.classification());
                assertEquals(written.get("required"), read.required());
                assertEquals(written.get("logicalType"), read.logicalType());
                assertEquals(written.get("tags"), read.tags());
                assertEquals("schema[" + schema.get(o).get("name") + "].properties[" + written.get("name") + "]",
                        read.path());
            }
        }
    }

    @Property(tries = 100)
    void readingIsRepeatable(@ForAll("contracts") Map<String, Object> tree) {
        String yaml = GeneratedContracts.toYaml(tree);
        assertEquals(DescriptorReader.read(yaml, "c.yaml", DescriptorFormat.YAML),
                DescriptorReader.read(yaml, "c.yaml", DescriptorFormat.YAML));
    }
}
