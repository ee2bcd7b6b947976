package io.meshgov.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.meshgov.Corpus;
import io.meshgov.DescriptorException;
import io.meshgov.Problem;
import io.meshgov.model.DataContract;
import io.meshgov.model.Descriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** A descriptor an embedder holds as plain values reads as the file with that content does, within the same limits. */
class PlainDocumentTest {

    private static String text(Descriptor descriptor) {
        return descriptor instanceof DataContract contract ? contract.withoutOrigin().toString()
                : ((io.meshgov.model.DataProduct) descriptor).withoutOrigin().toString();
    }

    @Test
    void everyCorpusDescriptor_heldAsPlainValues_readsAsItsFile() throws Exception {
        List<String> differing = new ArrayList<>();
        int compared = 0;
        for (Path file : Corpus.examples()) {
            Descriptor fromFile;
            try {
                fromFile = DescriptorReader.read(file);
            } catch (DescriptorException unreadable) {
                continue; // what the file reader refuses is another test's subject
            }
            Object plain = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
            @SuppressWarnings("unchecked")
            Map<String, ?> document = (Map<String, ?>) plain;
            if (!text(DescriptorReader.read(document, file.toString())).equals(text(fromFile))) {
                differing.add(file.getFileName().toString());
            }
            compared++;
        }
        assertEquals(List.of(), differing);
        assertEquals(true, compared > 10, "compared " + compared + " corpus descriptors");
    }

    @Test
    void aValueThatIsNotPlain_isRefusedAtItsPath_withoutQuotingIt() {
        Map<String, Object> document = minimal();
        document.put("schema", List.of(Map.of("name", "orders", "created", LocalDate.of(2026, 1, 1))));
        DescriptorException refused = assertThrows(DescriptorException.class,
                () -> DescriptorReader.read(document, "catalog:orders"));
        assertEquals(List.of("catalog:orders:1:1: schema[0].created: a value must be text, a number, a boolean, a list,"
                + " an object or null, as in a JSON document; convert it to one of those"),
                refused.problems().stream().map(Problem::toString).toList());
        assertEquals(Problem.Code.CONTENT, refused.problems().get(0).code());
    }

    @Test
    void aMapThatContainsItself_isRefusedByTheDepthLimit_notAStackOverflow() {
        Map<String, Object> document = minimal();
        Map<String, Object> loop = new HashMap<>();
        loop.put("again", loop);
        document.put("customProperties", List.of(loop));
        DescriptorException refused = assertThrows(DescriptorException.class,
                () -> DescriptorReader.read(document, "catalog:orders"));
        assertEquals(Problem.Code.LIMIT, refused.problems().get(0).code());
    }

    @Test
    void aPlainDocumentBreakingTheStandard_getsTheFileReadersMessages() {
        Map<String, Object> document = minimal();
        document.put("schema", "orders");
        DescriptorException refused = assertThrows(DescriptorException.class,
                () -> DescriptorReader.read(document, "catalog:orders"));
        assertEquals(Problem.Code.CONTENT, refused.problems().get(0).code());
        assertEquals("schema", refused.problems().get(0).subject());
    }

    private static Map<String, Object> minimal() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("apiVersion", "v3.0.2");
        document.put("kind", "DataContract");
        document.put("id", "orders");
        document.put("version", "1.0.0");
        document.put("status", "active");
        return document;
    }
}
