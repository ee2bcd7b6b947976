package io.meshgov.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * An Open Data Contract Standard (v3) data contract: what a dataset contains, who owns it, how good and how
 * available it is promised to be.
 *
 * <p>Wide on purpose, and without a builder: it mirrors the standard's fields, and is made by
 * {@link io.meshgov.read.DescriptorReader} — from a file, a stream or plain values — which checks the document against
 * the standard's schema and locates every value. A builder would be a second way to make a contract that skips those
 * checks; tests and services read YAML, JSON or a map instead.
 */
@API(status = STABLE, since = "0.1.0")
public record DataContract(String apiVersion, String id, String name, String version, String status,
                           String domain, String dataProduct, String tenant, Description description, Team team,
                           List<AccessRole> roles, List<SchemaObject> schema, List<SlaProperty> slaProperties,
                           List<SupportChannel> support, List<Server> servers, List<String> tags,
                           List<AuthoritativeDefinition> authoritativeDefinitions,
                           List<CustomProperty> customProperties, Map<String, Object> extensions, Origin origin)
        implements Descriptor {

    public DataContract {
        Objects.requireNonNull(id, "id");
        roles = Frozen.list(roles);
        schema = Frozen.list(schema);
        slaProperties = Frozen.list(slaProperties);
        support = Frozen.list(support);
        servers = Frozen.list(servers);
        tags = Frozen.list(tags);
        authoritativeDefinitions = Frozen.list(authoritativeDefinitions);
        customProperties = Frozen.list(customProperties);
        extensions = Frozen.map(extensions);
        origin = origin == null ? Origin.none() : origin;
    }

    @Override
    public DescriptorKind kind() {
        return DescriptorKind.DATA_CONTRACT;
    }

    /** The same contract without its origin, for comparing content read from different files. */
    public DataContract withoutOrigin() {
        return new DataContract(apiVersion, id, name, version, status, domain, dataProduct, tenant, description,
                team, roles, schema, slaProperties, support, servers, tags, authoritativeDefinitions,
                customProperties, extensions, Origin.none());
    }

    /** Every property of every schema object, nested properties and array items included, in document order. */
    public List<SchemaProperty> allProperties() {
        List<SchemaProperty> all = new ArrayList<>();
        schema.forEach(object -> object.properties().forEach(property -> addWithNested(property, all)));
        return List.copyOf(all);
    }

    /**
     * Whether every comma-separated reference in {@code elements} names a schema object, or an object and one
     * of its properties ({@code orders}, {@code orders.order_id}), by name or physical name.
     */
    public boolean resolvesElements(String elements) {
        for (String reference : elements.split(",")) {
            String[] parts = reference.strip().split("\\.", 2);
            SchemaObject object = schema.stream()
                    .filter(candidate -> parts[0].equals(candidate.name()) || parts[0].equals(candidate.physicalName()))
                    .findFirst().orElse(null);
            if (object == null || parts.length == 2 && object.properties().stream()
                    .noneMatch(p -> parts[1].equals(p.name()) || parts[1].equals(p.physicalName()))) {
                return false;
            }
        }
        return true;
    }

    /** Whether an earlier schema object has the same name as {@code object}. */
    public boolean repeatsAnEarlierName(SchemaObject object) {
        return EarlierNames.repeated(schema, object, SchemaObject::name);
    }

    @Override
    public void forEachElement(Consumer<? super DescriptorElement> action) {
        action.accept(this);
        if (description != null) {
            action.accept(description);
        }
        if (team != null) {
            action.accept(team);
            each(team.members(), action);
        }
        each(roles, action);
        for (int i = 0; i < schema.size(); i++) {
            action.accept(schema.get(i));
            each(schema.get(i).quality(), action);
            each(schema.get(i).relationships(), action);
        }
        for (int i = 0; i < schema.size(); i++) {
            List<SchemaProperty> properties = schema.get(i).properties();
            for (int j = 0; j < properties.size(); j++) {
                withNestedAndQuality(properties.get(j), action);
            }
        }
        each(slaProperties, action);
        each(support, action);
        each(servers, action);
    }

    /** By index: the engine walks every descriptor it judges, and an iterator is an object per list. */
    static void each(List<? extends DescriptorElement> elements, Consumer<? super DescriptorElement> action) {
        for (int i = 0; i < elements.size(); i++) {
            action.accept(elements.get(i));
        }
    }

    private static void withNestedAndQuality(SchemaProperty property, Consumer<? super DescriptorElement> action) {
        action.accept(property);
        each(property.quality(), action);
        if (property.items() != null) {
            withNestedAndQuality(property.items(), action);
        }
        for (int i = 0; i < property.properties().size(); i++) {
            withNestedAndQuality(property.properties().get(i), action);
        }
    }

    private static void addWithNested(SchemaProperty property, List<SchemaProperty> all) {
        all.add(property);
        if (property.items() != null) {
            addWithNested(property.items(), all);
        }
        property.properties().forEach(nested -> addWithNested(nested, all));
    }
}
