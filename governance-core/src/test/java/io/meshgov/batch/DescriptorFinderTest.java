package io.meshgov.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In an ordinary repository — CI workflows, a package.json, a compose file, Kubernetes manifests, node_modules —
 * a folder search finds exactly the data contracts and products, by their content, and reports a foreign
 * descriptor format rather than skipping it.
 */
class DescriptorFinderTest {

    private static final String CONTRACT = "apiVersion: v3.1.0\nkind: DataContract\nid: orders\n";

    @TempDir
    Path repository;

    private void write(String path, String text) throws IOException {
        Path file = repository.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void ordinaryRepository() throws IOException {
        write(".github/workflows/ci.yml", "name: ci\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n");
        write("package.json", "{\"name\": \"catalog\", \"version\": \"1.0.0\"}");
        write("docker-compose.yml", "services:\n  db:\n    image: postgres\n");
        write("deploy/service.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: catalog\n");
        write("node_modules/left-pad/package.json", "{\"kind\": \"DataContract\"}");
        write("contracts/orders.odcs.yaml", CONTRACT);
        write("contracts/payments.yaml", "# the payments domain's contract\n" + CONTRACT.replace("orders", "payments"));
        write("contracts/refunds.json", "{\"apiVersion\": \"v3.1.0\", \"kind\": \"DataContract\", \"id\": \"refunds\"}");
        write("products/checkout.yaml", "apiVersion: v1.0.0\nkind: DataProduct\nid: checkout\n");
        write("contracts/legacy.yaml", "dataContractSpecification: 1.1.0\nid: legacy\n");
        write("contracts/typo.yaml", "apiVersion: v3.1.0\nkind: DataContrat\nid: typo\n");
        write("contracts/drafts/wip.yaml", CONTRACT);
    }

    /** The paths found, within the repository searched (the finder gives them as they can be opened). */
    private List<String> names(List<Path> paths) {
        return paths.stream().map(path -> repository.relativize(path).toString().replace('\\', '/')).toList();
    }

    @Test
    void aFolderSearch_findsTheDescriptorsByContent_andSkipsTheRest() throws IOException {
        ordinaryRepository();
        DescriptorFinder.Found found = DescriptorFinder.in(repository).find(List.of("."));

        assertEquals(List.of("contracts/drafts/wip.yaml", "contracts/legacy.yaml", "contracts/orders.odcs.yaml",
                "contracts/payments.yaml", "contracts/refunds.json", "contracts/typo.yaml",
                "products/checkout.yaml"), names(found.descriptors()),
                "the foreign format and the typo are judged, so that reading them says what they are");
        assertEquals(List.of(".github/workflows/ci.yml", "deploy/service.yaml", "docker-compose.yml",
                "package.json"), names(found.skipped()), "node_modules is not searched at all");
        assertTrue(found.unreadable().isEmpty());
        assertTrue(found.matchedNothing().isEmpty());
    }

    @Test
    void anIgnoreFileTooLargeToRead_isAConfigurationProblem_namingTheFile() throws IOException {
        write(DescriptorFinder.IGNORE_FILE, "drafts/\n".repeat(200_000));
        io.meshgov.ConfigurationException refused = org.junit.jupiter.api.Assertions.assertThrows(
                io.meshgov.ConfigurationException.class, () -> DescriptorFinder.in(repository));
        assertEquals(repository.resolve(DescriptorFinder.IGNORE_FILE) + ": cannot be read: larger than 1024 KiB; an"
                + " ignore file lists patterns, not files", refused.getMessage());
    }

    @Test
    void theIgnoreFileAndExcludes_leaveOutWhatTheyName() throws IOException {
        ordinaryRepository();
        write(DescriptorFinder.IGNORE_FILE, "# drafts are not published\ncontracts/drafts/\n*.json\n!contracts/refunds.json\n");

        DescriptorFinder.Found found = DescriptorFinder.in(repository).exclude(List.of("products/", "legacy.*"))
                .find(List.of("."));

        assertEquals(List.of("contracts/orders.odcs.yaml", "contracts/payments.yaml", "contracts/refunds.json",
                "contracts/typo.yaml"), names(found.descriptors()));
    }

    @Test
    void aFileNamed_isAlwaysJudged_andAPathMatchingNothing_isReported() throws IOException {
        ordinaryRepository();
        DescriptorFinder.Found found = DescriptorFinder.in(repository).find(List.of("package.json", "missing.yaml"));

        assertEquals(List.of("package.json"), names(found.descriptors()));
        assertEquals(List.of("missing.yaml"), found.matchedNothing());
    }

    @Test
    void globs_areGitignoreStyle_fromTheWorkingFolder() throws IOException {
        ordinaryRepository();
        DescriptorFinder finder = DescriptorFinder.in(repository);

        assertEquals(List.of("contracts/drafts/wip.yaml", "contracts/legacy.yaml", "contracts/orders.odcs.yaml",
                "contracts/payments.yaml", "contracts/typo.yaml"),
                names(finder.find(List.of("contracts/**/*.yaml")).descriptors()), "** crosses folders, including none");
        assertEquals(List.of("contracts/orders.odcs.yaml", "contracts/payments.yaml"),
                names(finder.find(List.of("contracts/[op]*.yaml")).descriptors()), "* stays within a folder");
    }

    @Test
    void ignoreRules_followGitignore() {
        IgnoreRules rules = IgnoreRules.of(List.of("*.log", "/build", "docs/**/draft-*.md", "cache/", "!keep.log"));

        assertTrue(rules.ignores("a/b/c.log", false));
        assertFalse(rules.ignores("a/keep.log", false));
        assertTrue(rules.ignores("build", true));
        assertFalse(rules.ignores("src/build", true), "a leading / anchors the pattern");
        assertTrue(rules.ignores("docs/draft-1.md", false), "**/ matches no folder too");
        assertTrue(rules.ignores("docs/a/b/draft-2.md", false));
        assertTrue(rules.ignores("x/cache", true));
        assertFalse(rules.ignores("x/cache", false), "a trailing / matches folders only");
        assertTrue(IgnoreRules.anchored("*.yaml").test("orders.yaml"));
        assertFalse(IgnoreRules.anchored("*.yaml").test("contracts/orders.yaml"),
                "a command-line glob is relative to the current folder, as a shell's is");
    }

    @Test
    void aFolderGivenToTheReader_isCalledAFolder_whateverItsName() throws IOException {
        ordinaryRepository();
        io.meshgov.DescriptorException folder = org.junit.jupiter.api.Assertions.assertThrows(
                io.meshgov.DescriptorException.class, () -> io.meshgov.read.DescriptorReader.read(repository.resolve("contracts")));
        assertTrue(folder.getMessage().endsWith("contracts: cannot be read: it is a folder, not a file"), folder.getMessage());
    }

    @Test
    void aFileNameWithANewline_isFound() throws IOException {
        write("contracts/new\nline.yaml", CONTRACT);

        assertEquals(List.of("contracts/new\nline.yaml"),
                names(DescriptorFinder.in(repository).find(List.of("contracts")).descriptors()));
        assertEquals(List.of("contracts/new\nline.yaml"),
                names(DescriptorFinder.in(repository).find(List.of("contracts/*.yaml")).descriptors()));
    }

    @Test
    void aFileThatCannotBeRead_isNotJudged_andSaysSo_unlessItNamesADescriptorKind() throws IOException {
        write("deploy/values.yaml", "replicas: [1,\n");
        write("contracts/broken.yaml", "apiVersion: v3.1.0\nkind: DataContract\nid: [broken\n");

        DescriptorFinder.Found found = DescriptorFinder.in(repository).find(List.of("."));

        assertEquals(List.of("contracts/broken.yaml"), names(found.descriptors()),
                "judged, so that reading it says what is wrong and the run cannot pass");
        assertEquals(List.of(repository.resolve("deploy/values.yaml").toString()),
                found.notJudged().stream().map(u -> u.source()).toList());
        assertEquals(repository.resolve("deploy/values.yaml") + ":2:1",
                found.notJudged().get(0).problems().get(0).location().toString());
    }

    @Test
    void aDescriptorAsTheSecondDocumentOfAStream_isFound() throws IOException {
        write("deploy/all.yaml", "apiVersion: v1\nkind: Service\n---\n" + CONTRACT);

        assertEquals(List.of("deploy/all.yaml"),
                names(DescriptorFinder.in(repository).find(List.of(".")).descriptors()),
                "named, the reader refuses the second document: a folder run must not skip it");
    }

    @Test
    void patterns_areMatchedInLinearTime_andAnyTextIsAPattern() {
        String longName = "a".repeat(200);
        IgnoreRules stars = IgnoreRules.of(List.of("*a*a*a*a*a*a*b"));
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> {
            assertFalse(stars.ignores(longName, false));
            assertFalse(IgnoreRules.anchored("**/*a*a*a*a*a*a*b").test(longName + "/" + longName));
        }, "a backtracking matcher takes exponential time here");

        IgnoreRules odd = IgnoreRules.of(List.of("[z-a]", "[", "x[]y", "\\"));
        assertFalse(odd.ignores("m", false), "a range written backwards holds nothing");
        assertTrue(odd.ignores("[", false), "a class never closed is a literal [");
        assertTrue(IgnoreRules.of(List.of("[!a]b")).ignores("cb", false));
        assertFalse(IgnoreRules.of(List.of("[!a]b")).ignores("ab", false));
        assertTrue(IgnoreRules.of(List.of("[a-c]x")).ignores("bx", false));
    }

    @Test
    void changedFiles_areSiftedAsAFoldersFiles_andAPathIsReachedWhereASearchWouldGo() throws IOException {
        ordinaryRepository();
        write(DescriptorFinder.IGNORE_FILE, "contracts/drafts/\n");
        DescriptorFinder finder = DescriptorFinder.in(repository);

        DescriptorFinder.Found sifted = finder.sift(List.of(Path.of("contracts/payments.yaml"), Path.of("package.json"),
                Path.of("contracts/drafts/wip.yaml"), Path.of("README.md")));

        assertEquals(List.of("contracts/payments.yaml"), names(sifted.descriptors()));
        assertEquals(List.of("package.json"), names(sifted.skipped()));
        assertTrue(finder.reaches(List.of("contracts"), Path.of("contracts/gone.yaml")));
        assertTrue(finder.reaches(List.of("contracts/*.yaml"), Path.of("contracts/gone.yaml")));
        assertFalse(finder.reaches(List.of("products"), Path.of("contracts/gone.yaml")));
        assertFalse(finder.reaches(List.of("contracts"), Path.of("contracts/drafts/gone.yaml")), "ignored");
    }
}
