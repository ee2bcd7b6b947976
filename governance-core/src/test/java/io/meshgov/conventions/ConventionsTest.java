package io.meshgov.conventions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.ConfigurationException;
import io.meshgov.Problem;
import io.meshgov.read.ConventionsReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConventionsTest {

    private static final Conventions DEFAULTS = Conventions.defaults();

    private static Conventions read(String yaml) {
        return ConventionsReader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "conventions.yaml");
    }

    private static List<String> problemsOf(String yaml) {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> read(yaml));
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void roles_areMatchedIgnoringCaseAndSeparators() {
        assertTrue(DEFAULTS.isOwner("Owner"));
        assertTrue(DEFAULTS.isOwner("Data Product Owner"));
        assertTrue(DEFAULTS.isOwner("data_product-owner"));
        assertFalse(DEFAULTS.isOwner("backup owner"));
        assertTrue(DEFAULTS.isBackupOwner("Backup Owner"));
        assertTrue(DEFAULTS.isBackupOwner("data steward"));
        assertFalse(DEFAULTS.isOwner("dpo"));
    }

    @Test
    void classifications_readThroughTheScaleAndItsSynonyms() {
        assertEquals(List.of("public", "internal", "confidential", "restricted"), DEFAULTS.classificationNames());
        assertEquals(0, DEFAULTS.levelOf("Public"));
        assertEquals(2, DEFAULTS.levelOf("PII"));
        assertEquals(2, DEFAULTS.levelOf("sensitive"));
        assertEquals(3, DEFAULTS.levelOf("Highly-Confidential"));
        assertEquals(-1, DEFAULTS.levelOf("top secret"));
        assertEquals(-1, DEFAULTS.levelOf(null));
        assertEquals("confidential", DEFAULTS.levelName(DEFAULTS.sensitiveLevel()));
    }

    @Test
    void realisticExamples_areToldFromPlaceholders() {
        for (String real : List.of("jane.doe@gmail.com", "4111 1111 1111 1111", "DE89370400440532013000",
                "123-45-6789", "+44 20 7946 0958", "81.2.69.160")) {
            assertTrue(DEFAULTS.looksReal(real), real);
        }
        for (String placeholder : List.of("jane.doe@example.com", "user@test", "4111 1111 1111 1112", "****1234",
                "xxx-xx-xxxx", "+1 555 0100", "192.0.2.10", "2022-10-03", "ACC12345678", "Anytown", "")) {
            assertFalse(DEFAULTS.looksReal(placeholder), placeholder);
        }
    }

    @Test
    void personalData_isRecognisedByWholeWords_notBySubstrings() {
        for (String personal : List.of("email", "customerEmail", "emailaddress", "phone_number", "mobile", "first_name",
                "LastName", "birthdate", "date_of_birth", "card_pan", "cardnumber", "iban", "addressline1", "ip_address")) {
            assertTrue(DEFAULTS.isPersonalData(property(personal, List.of())), personal);
        }
        for (String other : List.of("company_name", "automobile_type", "expand", "order_id", "file_name", "panel")) {
            assertFalse(DEFAULTS.isPersonalData(property(other, List.of())), other);
        }
        assertTrue(DEFAULTS.isPersonalData(property("segment", List.of("PII"))));
    }

    private static io.meshgov.model.SchemaProperty property(String name, List<String> tags) {
        return new io.meshgov.model.SchemaProperty("schema[t].properties[" + name + "]", "t", null, name, null, null,
                null, null, null, false, false, false, null, false, false, null, null, tags, List.of(),
                java.util.Map.of(), List.of(), null, List.of(), List.of(), List.of(), java.util.Map.of());
    }

    @Test
    void naming_suggestsTheNameInTheConvention() {
        NamingConvention snake = NamingConvention.of("snake_case");
        assertTrue(snake.matches("order_id"));
        assertFalse(snake.matches("orderId"));
        assertEquals("order_id", snake.suggest("OrderID".replace("ID", "Id")));
        assertEquals("orderLineId", NamingConvention.of("camelCase").suggest("order_line_id"));
    }

    @Test
    void aCouncilFile_replacesOnlyTheKeysItLists() {
        Conventions council = read("ownerRoles: [accountable]\npropertyNaming: camelCase\ndeprecationNoticeDays: 30\n");
        assertTrue(council.isOwner("Accountable"));
        assertFalse(council.isOwner("owner"));
        assertTrue(council.followsPropertyNaming("orderId"));
        assertEquals(30, council.deprecationNoticeDays());
        assertTrue(council.isBackupOwner("backup owner"));
        assertEquals(DEFAULTS.classificationNames(), council.classificationNames());
    }

    @Test
    void badConventions_areReportedTogether_eachAtItsLine() {
        assertEquals(List.of(
                "conventions.yaml:1:1: ownerRole: unknown key; did you mean \"ownerRoles\"? (known keys: ownerRoles,"
                        + " backupOwnerRoles, ownerProperties, ownerAlsoNamedBy, classifications, sensitiveFrom, personalDataMinimum, personalDataTags,"
                        + " personalDataProperties, personalDataNames, contractClassificationProperties, propertyNaming, objectNaming,"
                        + " tagVocabulary, idPattern, statuses, deprecationNoticeDays, productionEnvironments,"
                        + " freshnessProperties, retentionProperties, exampleSafeDomains, compatibility,"
                        + " domainCompatibility, requireDeprecationBeforeBreaking, statusStages)",
                "conventions.yaml:2:1: deprecationNoticeDays: expected an integer but was a text value",
                "conventions.yaml:3:1: propertyNaming: not a valid regular expression: Unclosed group in \"(a\""),
                problemsOf("ownerRole: [owner]\ndeprecationNoticeDays: ninety\npropertyNaming: (a\n"));
    }

    @Test
    void compatibility_comesFromTheContract_thenItsDomain_thenTheDefault() {
        Conventions council = read("compatibility: FORWARD\ndomainCompatibility:\n  payments: FULL_TRANSITIVE\n");
        assertEquals(io.meshgov.evolution.CompatibilityMode.FORWARD, council.compatibilityOf(contract("sales", null)));
        assertEquals(io.meshgov.evolution.CompatibilityMode.FULL_TRANSITIVE,
                council.compatibilityOf(contract("payments", null)));
        assertEquals(io.meshgov.evolution.CompatibilityMode.NONE, council.compatibilityOf(contract("payments", "none")));
        assertEquals(List.of("conventions.yaml:1:1: compatibility: expected one of [BACKWARD, BACKWARD_TRANSITIVE,"
                + " FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE, NONE] but was \"BACKWARDS\"; did you mean"
                + " \"BACKWARD\"?"), problemsOf("compatibility: BACKWARDS\n"));
    }

    private static io.meshgov.model.DataContract contract(String domain, String compatibility) {
        return (io.meshgov.model.DataContract) io.meshgov.read.DescriptorReader.read("apiVersion: v3.1.0\n"
                + "kind: DataContract\nid: c\ndomain: " + domain + "\n" + (compatibility == null ? ""
                : "customProperties:\n  - property: compatibility\n    value: " + compatibility + "\n"), "c.yaml",
                io.meshgov.read.DescriptorFormat.YAML);
    }

    @Test
    void aLevelOffTheScale_isReportedAtItsKey() {
        assertEquals(List.of("conventions.yaml:1:1: sensitiveFrom: must name a classification of the scale [public,"
                        + " internal, confidential, restricted] but was \"secret-ish\""),
                problemsOf("sensitiveFrom: secret-ish\n"));
    }

    @Test
    void aPiiCustomPropertyOrKey_marksPersonalData_likeAPiiTag() {
        io.meshgov.model.DataContract contract = (io.meshgov.model.DataContract) io.meshgov.read.DescriptorReader.read("""
                apiVersion: v3.1.0
                kind: DataContract
                id: c
                schema:
                  - name: customers
                    properties:
                      - name: handle
                        customProperties: [{property: pii, value: true}]
                      - name: nickname
                        isPii: true
                      - name: plan
                        customProperties: [{property: pii, value: false}]
                """, "c.odcs.yaml", io.meshgov.read.DescriptorFormat.YAML);
        List<io.meshgov.model.SchemaProperty> properties = contract.schema().get(0).properties();
        Conventions conventions = Conventions.defaults();
        assertTrue(conventions.isPersonalData(properties.get(0)));
        assertTrue(conventions.isPersonalData(properties.get(1)));
        assertFalse(conventions.isPersonalData(properties.get(2)));
        Conventions none = Conventions.of(ConventionSettings.defaults().withPersonalDataProperties(List.of()));
        assertFalse(none.isPersonalData(properties.get(0)));
    }

    @Test
    void anOwnerNamedOnlyByTeamNameOrCustomProperty_isSaidInMeta001sMessage() {
        io.meshgov.model.Descriptor byTeam = io.meshgov.read.DescriptorReader.read("apiVersion: v3.1.0\n"
                + "kind: DataContract\nid: c\nteam: {name: checkout, members: [{username: ann, role: analyst}]}\n",
                "c.odcs.yaml", io.meshgov.read.DescriptorFormat.YAML);
        io.meshgov.model.Descriptor byProperty = io.meshgov.read.DescriptorReader.read("apiVersion: v3.1.0\n"
                + "kind: DataContract\nid: c\ncustomProperties: [{property: owner, value: ann@example.com}]\n",
                "c.odcs.yaml", io.meshgov.read.DescriptorFormat.YAML);
        Conventions conventions = Conventions.defaults();
        assertEquals("; team 'checkout' is named, but not who in it is accountable",
                conventions.ownerNamedElsewhere(byTeam));
        assertEquals("; the custom property 'owner' names an owner, but ODCS and ODPS name owners as team members"
                + " with an owner role", conventions.ownerNamedElsewhere(byProperty));
    }

    @Test
    void aCouncilMayAcceptANamedTeamOrAnOwnerProperty_asNamingTheOwner() {
        io.meshgov.model.Descriptor byTeam = io.meshgov.read.DescriptorReader.read("apiVersion: v3.1.0\nkind: DataContract\n"
                + "id: a\nversion: 1.0.0\nstatus: active\nteam:\n  name: checkout\n", "a.yaml",
                io.meshgov.read.DescriptorFormat.YAML);
        io.meshgov.model.Descriptor byProperty = io.meshgov.read.DescriptorReader.read("apiVersion: v3.1.0\nkind: DataContract\nid: a\n"
                + "version: 1.0.0\nstatus: active\ncustomProperties:\n  - property: dataOwner\n    value: ann\n",
                "a.yaml", io.meshgov.read.DescriptorFormat.YAML);
        assertEquals(false, Conventions.defaults().ownerNamedOutsideTheMembers(byTeam));
        Conventions teams = Conventions.of(ConventionSettings.defaults().withOwnerAlsoNamedBy(List.of("teamName")));
        assertEquals(true, teams.ownerNamedOutsideTheMembers(byTeam));
        assertEquals(false, teams.ownerNamedOutsideTheMembers(byProperty));
        Conventions properties = Conventions.of(ConventionSettings.defaults().withOwnerAlsoNamedBy(List.of("ownerProperty")));
        assertEquals(true, properties.ownerNamedOutsideTheMembers(byProperty));
        ConfigurationException wrong = assertThrows(ConfigurationException.class, () -> ConventionsReader.read(
                new java.io.ByteArrayInputStream("ownerAlsoNamedBy: [teamname]\n".getBytes()), "c.yaml"));
        assertEquals("c.yaml:1:1: ownerAlsoNamedBy: unknown place 'teamname'; did you mean \"teamName\"? (known:"
                + " teamName, ownerProperty)", wrong.problems().get(0).toString());
    }

    @Test
    void aKeyWrittenWithoutAValue_isSaidToHaveNone_notToBeUnknown() {
        ConfigurationException empty = assertThrows(ConfigurationException.class, () -> ConventionsReader.read(
                new ByteArrayInputStream("tagVocabulary:\n".getBytes(StandardCharsets.UTF_8)), "c.yaml"));
        assertEquals(List.of("c.yaml:1:1: tagVocabulary: has no value; give one (a list may be empty: []), or remove"
                + " the key to keep the default"), empty.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aCouncilsOwnStatusWords_meanTheStagesItGivesThem() {
        Conventions conventions = read("""
                statuses: [proposed, draft, active, deprecated, sunset, retired]
                statusStages:
                  inDevelopment: [proposed, draft]
                  active: [active]
                  deprecated: [deprecated, Sunset]
                  retired: [retired]
                """);
        io.meshgov.model.DataContract sunset = new io.meshgov.model.DataContract("v3.0.2", "orders", null, "1.0.0",
                "SUNSET", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertTrue(conventions.isDeprecated(sunset));
        assertFalse(conventions.isActive(sunset));
        assertTrue(conventions.meansReleased("sunset"));
        assertFalse(Conventions.defaults().isDeprecated(sunset));
    }

    @Test
    void statusStages_nameEveryStage_withKnownStatuses() {
        ConfigurationException missing = assertThrows(ConfigurationException.class, () -> read("""
                statusStages:
                  inDevelopment: [draft]
                  active: [active]
                  deprecated: [deprecated]
                """));
        assertEquals(List.of("conventions.yaml:2:3: statusStages.retired: missing; give the statuses that mean retired,"
                + " e.g. retired: [retired]"), missing.problems().stream().map(Problem::toString).toList());
        ConfigurationException unknown = assertThrows(ConfigurationException.class, () -> read("""
                statusStages:
                  inDevelopment: [draft]
                  active: [live]
                  deprecated: [deprecated]
                  retired: [retired]
                """));
        assertEquals(List.of("conventions.yaml:1:1: statusStages: gives active the status 'live', which is not one of"
                + " the statuses [proposed, draft, active, deprecated, retired]; add it to statuses or remove it"),
                unknown.problems().stream().map(Problem::toString).toList());
    }
}
