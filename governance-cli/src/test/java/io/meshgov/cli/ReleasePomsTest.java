package io.meshgov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What a release publishes: a BOM that manages meshgov's modules only, at the release's version. */
class ReleasePomsTest {

    private static Document read(String file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(Path.of("..", file).toFile());
    }

    private static String child(Element parent, String name) {
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(name)) {
                return element.getTextContent().strip();
            }
        }
        return null;
    }

    @Test
    void theBom_hasNoParent_managesOnlyMeshgovsModules_atTheParentsVersion() throws Exception {
        Element bom = read("governance-bom/pom.xml").getDocumentElement();
        Element parent = read("pom.xml").getDocumentElement();
        assertEquals(0, bom.getElementsByTagName("parent").getLength(), "a BOM with a parent manages the parent's too");
        assertEquals(child(parent, "version"), child(bom, "version"), "the BOM's version is the release's");
        NodeList dependencies = bom.getElementsByTagName("dependency");
        assertTrue(dependencies.getLength() >= 4);
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            assertEquals("io.meshgov", child(dependency, "groupId"), child(dependency, "artifactId"));
            assertEquals("${project.version}", child(dependency, "version"));
        }
        for (String metadata : new String[] {"name", "description", "url", "licenses", "developers", "scm"}) {
            assertTrue(bom.getElementsByTagName(metadata).getLength() > 0, "Maven Central requires " + metadata);
        }
    }
}
