package io.meshgov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mesh is a graph: the example mesh of governance-examples in a scratch repository, judged as a domain team's
 * CI would. A folder run tells a product of the contracts it consumes that exist nowhere or are deprecated; a branch
 * that deletes or breaks a consumed contract names, through {@code check --against main}, the products and owners
 * it reaches.
 */
class MeshIT {

    private static final Path MESH = Path.of("../governance-examples/mesh").toAbsolutePath().normalize();
    @TempDir
    Path repository;

    private ScratchRepository scratch;

    private ScratchRepository.Run meshgov(String... arguments) throws Exception {
        return scratch.meshgov(arguments);
    }

    private void git(String... arguments) throws Exception {
        scratch.git(arguments);
    }

    @BeforeEach
    void theExampleMesh_onMain() throws Exception {
        scratch = new ScratchRepository(repository);
        try (Stream<Path> files = Files.walk(MESH)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).toList()) {
                Path copy = repository.resolve(MESH.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        git("init", "-q", "-b", "main");
        git("add", ".");
        git("commit", "-q", "-m", "the mesh");
        git("checkout", "-q", "-b", "change");
    }

    @Test
    void aFolderRun_tellsProductsOfUnknownAndDeprecatedInputs_andContractsOfTheirConsumers() throws Exception {
        ScratchRepository.Run run = meshgov("check", ".");

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("finance/revenue.odps.yaml:28:5  WARNING  MESH-001  the contract"
                + " 'payments-settlements' is in no descriptor of the catalog  [inputPorts[settlements].contractId]"),
                run.out());
        assertTrue(run.out().contains("MESH-002  the contract 'loyalty-points' (loyalty) is deprecated and retires on"
                + " 2030-06-01; its replacement is 'loyalty-points-v2'  [inputPorts[points].contractId]"), run.out());
        assertTrue(run.out().contains("MESH-006  consumed by 2 data product(s) of other domains: finance/finance-revenue"
                + " (owner: fin.ops), marketing/marketing-campaigns (owner: mo.reyes)"), run.out());
    }

    @Test
    void aDescriptorReachedThroughALink_isTheFileItLinksTo_notASecondPublication() throws Exception {
        Files.createSymbolicLink(repository.resolve("sales/orders-link.odcs.yaml"),
                repository.resolve("sales/orders.odcs.yaml"));
        Files.createSymbolicLink(repository.resolve("marketing-link"), repository.resolve("marketing"));

        ScratchRepository.Run run = meshgov("check", ".");

        assertFalse(run.out().contains("MESH-004"), run.out());
        assertTrue(run.out().contains("MESH-006  consumed by 2 data product(s) of other domains"), run.out());
    }

    @Test
    void namingOnlyAFile_judgesItWithoutAMesh_unlessACatalogIsGiven() throws Exception {
        ScratchRepository.Run alone = meshgov("check", "finance/revenue.odps.yaml");
        assertFalse(alone.out().contains("MESH-"), "unknown is not missing: " + alone.out());

        ScratchRepository.Run inMesh = meshgov("check", "--catalog", ".", "finance/revenue.odps.yaml");
        assertTrue(inMesh.out().contains("MESH-001"), inMesh.out());
    }

    @Test
    void deletingAConsumedContract_onABranch_isRejected_namingItsConsumers() throws Exception {
        git("rm", "-q", "sales/orders.odcs.yaml");
        git("commit", "-q", "-m", "drop orders");

        ScratchRepository.Run run = meshgov("check", "--against", "main", "--format", "text", "--add-format", "markdown=summary.md",
                "--add-format", "json=report.json", "--add-format", "sarif=report.sarif");

        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("EVO-009"), run.out());
        String summary = Files.readString(repository.resolve("summary.md"));
        assertTrue(summary.contains("### Who must be told"), summary);
        assertTrue(summary.contains("- **sales/orders.odcs.yaml** (MESH-008): the data contract 'sales-orders'"), summary);
        com.fasterxml.jackson.databind.JsonNode tell = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(repository.resolve("report.json").toFile()).path("consumersToTell");
        assertEquals(1, tell.size(), tell.toString());
        assertEquals("MESH-008", tell.get(0).path("ruleId").asText());
        assertTrue(tell.get(0).path("message").asText().contains("marketing/marketing-campaigns (owner: mo.reyes)"),
                tell.toString());
        com.fasterxml.jackson.databind.JsonNode sarif = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(repository.resolve("report.sarif").toFile()).at("/runs/0/properties/consumersToTell");
        assertEquals(tell, sarif, "SARIF carries the same list in its run's properties");
        assertTrue(run.out().contains("MESH-008  the data contract 'sales-orders' (version 1.4.0) was deleted before"
                + " its retirement while 2 data product(s) consume it: finance/finance-revenue (owner: fin.ops),"
                + " marketing/marketing-campaigns (owner: mo.reyes)"), run.out());
    }

    @Test
    void aBreakingChangeToAConsumedContract_namesTheConsumersToTell() throws Exception {
        Path orders = repository.resolve("sales/orders.odcs.yaml");
        String text = Files.readString(orders);
        String withoutEmail = dropProperty(text, "customer_email").replace("version: 1.4.0", "version: 2.0.0");
        assertTrue(!withoutEmail.equals(text));
        Files.writeString(orders, withoutEmail);
        git("commit", "-q", "-am", "drop customer_email");

        ScratchRepository.Run run = meshgov("check", "--against", "main");

        assertTrue(run.out().contains("MESH-007  this version breaks what 2 data product(s) consume; tell their owners"
                + " before releasing it: finance/finance-revenue (owner: fin.ops), marketing/marketing-campaigns"
                + " (owner: mo.reyes)"), run.out());
    }

    /** The contract's text without one property's block under {@code properties:}. */
    private static String dropProperty(String text, String name) throws IOException {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("- name: " + name)) {
                start = i;
                break;
            }
        }
        assertTrue(start >= 0, "no property " + name);
        int indent = lines.get(start).indexOf('-');
        int end = start + 1;
        while (end < lines.size() && (lines.get(end).isBlank() || lines.get(end).indexOf(lines.get(end).strip()) > indent)) {
            end++;
        }
        lines.subList(start, end).clear();
        return String.join("\n", lines) + "\n";
    }
}
