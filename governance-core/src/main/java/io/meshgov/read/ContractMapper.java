package io.meshgov.read;

import io.meshgov.model.AccessRole;
import io.meshgov.model.DataContract;
import io.meshgov.model.Description;
import io.meshgov.model.QualityCheck;
import io.meshgov.model.Relationship;
import io.meshgov.model.SchemaObject;
import io.meshgov.model.SchemaProperty;
import io.meshgov.model.Server;
import io.meshgov.model.SlaProperty;
import io.meshgov.model.SupportChannel;
import io.meshgov.model.Team;
import java.util.ArrayList;
import java.util.List;

/** Maps the body of an Open Data Contract Standard v3 document. */
final class ContractMapper {

    private ContractMapper() {
    }

    static DataContract map(Section document, String apiVersion, String id, ReadContext context) {
        String name = document.text("name");
        String version = document.text("version");
        String status = document.text("status");
        String domain = document.text("domain");
        String dataProduct = document.text("dataProduct");
        String tenant = document.text("tenant");
        Description description = DescriptorMapper.description(document);
        Team team = DescriptorMapper.team(document);
        List<AccessRole> roles = roles(document);
        List<SchemaObject> schema = new ArrayList<>();
        for (Section object : document.sections("schema", "name")) {
            schema.add(schemaObject(object));
        }
        List<SlaProperty> sla = slaProperties(document);
        List<SupportChannel> support = DescriptorMapper.support(document);
        List<Server> servers = new ArrayList<>();
        for (Section server : document.sections("servers", "server")) {
            servers.add(new Server(server.elementPath(), server.text("server"), server.text("type"),
                    server.text("environment"), server.text("description"), server.customProperties(),
                    server.extensions()));
        }
        return new DataContract(apiVersion, id, name, version, status, domain, dataProduct, tenant, description,
                team, roles, schema, sla, support, servers, document.texts("tags"),
                document.authoritativeDefinitions(), document.customProperties(), document.extensions(),
                context.origin());
    }

    private static List<AccessRole> roles(Section document) {
        List<AccessRole> roles = new ArrayList<>();
        for (Section role : document.sections("roles", "role")) {
            roles.add(new AccessRole(role.elementPath(), role.text("role"), role.text("access"),
                    role.text("description"), role.text("firstLevelApprovers"), role.text("secondLevelApprovers"),
                    role.customProperties(), role.extensions()));
        }
        return roles;
    }

    private static SchemaObject schemaObject(Section object) {
        String name = object.text("name");
        List<SchemaProperty> properties = new ArrayList<>();
        List<Relationship> relationships = relationships(object, null);
        for (Section property : object.sections("properties", "name")) {
            properties.add(property(property, name, name, relationships));
        }
        return new SchemaObject(object.elementPath(), object.text("id"), name,
                object.text("physicalName"), object.text("logicalType"), object.text("physicalType"),
                object.text("businessName"), object.text("description"), object.text("dataGranularityDescription"),
                object.texts("tags"), properties, quality(object), relationships, object.authoritativeDefinitions(),
                object.customProperties(), object.extensions());
    }

    /**
     * A property, its items and nested properties; the relationships declared on any of them are added to
     * {@code relationships}, coming from {@code qualifiedName} ({@code orders.customer_id}).
     */
    private static SchemaProperty property(Section property, String objectName, String enclosing,
                                           List<Relationship> relationships) {
        String qualifiedName = property.has("name") ? enclosing + "." + property.text("name") : enclosing;
        relationships.addAll(relationships(property, qualifiedName));
        Section itemsSection = property.section("items");
        SchemaProperty items = itemsSection == null ? null
                : property(itemsSection, objectName, qualifiedName, relationships);
        List<SchemaProperty> nested = new ArrayList<>();
        for (Section child : property.sections("properties", "name")) {
            nested.add(property(child, objectName, qualifiedName, relationships));
        }
        return new SchemaProperty(property.elementPath(), objectName, property.text("id"),
                property.text("name"),
                property.text("physicalName"), property.text("logicalType"), property.text("physicalType"),
                property.text("businessName"), property.text("description"), property.flag("required"),
                property.flag("unique"), property.flag("primaryKey"), property.integer("primaryKeyPosition"),
                property.flag("partitioned"), property.flag("criticalDataElement"), property.text("classification"),
                property.text("encryptedName"), property.texts("tags"), property.renderedTexts("examples"),
                property.rawMap("logicalTypeOptions"), quality(property), items, nested,
                property.authoritativeDefinitions(), property.customProperties(), property.extensions());
    }

    /** The relationships declared on a schema object ({@code from} as written) or on a property ({@code from} it). */
    private static List<Relationship> relationships(Section owner, String declaringProperty) {
        List<Relationship> relationships = new ArrayList<>();
        for (Section relationship : owner.sections("relationships", "id")) {
            List<String> from = declaringProperty == null ? relationship.textOrTexts("from")
                    : List.of(declaringProperty);
            relationships.add(new Relationship(relationship.elementPath(), relationship.text("id"),
                    relationship.text("type"), from, relationship.textOrTexts("to"), declaringProperty != null,
                    relationship.customProperties(), relationship.extensions()));
        }
        return relationships;
    }

    private static List<QualityCheck> quality(Section owner) {
        List<QualityCheck> checks = new ArrayList<>();
        for (Section check : owner.sections("quality", "name")) {
            // ODCS v3.1 names the measure "metric"; v3.0 called it "rule".
            String metric = check.has("metric") ? check.text("metric") : check.text("rule");
            checks.add(new QualityCheck(check.elementPath(), owner.elementPath(), check.text("name"),
                    check.text("type"), metric, check.text("dimension"), check.text("severity"),
                    check.text("description"), check.text("businessImpact"), check.text("engine"),
                    check.text("query"), check.text("schedule"), check.text("scheduler"),
                    check.rawWithPrefix("mustBe", "mustNotBe"), check.customProperties(), check.extensions()));
        }
        return checks;
    }

    private static List<SlaProperty> slaProperties(Section document) {
        List<SlaProperty> sla = new ArrayList<>();
        for (Section property : document.sections("slaProperties", "property")) {
            sla.add(new SlaProperty(property.elementPath(), property.text("property"), property.text("value"),
                    property.text("valueExt"), property.text("unit"), property.text("element"),
                    property.text("driver"), property.text("description"), property.extensions()));
        }
        return sla;
    }
}
