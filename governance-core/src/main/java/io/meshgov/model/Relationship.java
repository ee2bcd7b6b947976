package io.meshgov.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * A relationship between schema elements (ODCS v3.1 and later): most often a foreign key, from one or more
 * properties to the properties they refer to. Declared on a schema object (with {@code from} and {@code to}) or on a
 * property (with {@code to}; the property itself is where it comes from).
 *
 * @param path             where it is declared ({@code schema[orders].relationships[0]},
 *                         {@code schema[orders].properties[customer_id].relationships[0]})
 * @param type             as written ({@code foreignKey}), or null
 * @param from             the referring elements as {@code object.property}: as written on a schema object, the
 *                         declaring property on a property
 * @param to               the referred elements, as written ({@code customers.id}, or a reference to another
 *                         contract)
 * @param onProperty       whether it was declared on a property rather than on a schema object
 */
@API(status = STABLE, since = "0.1.0")
public record Relationship(String path, String id, String type, List<String> from, List<String> to,
                           boolean onProperty, List<CustomProperty> customProperties, Map<String, Object> extensions)
        implements DescriptorElement {

    public Relationship {
        from = Frozen.list(from);
        to = Frozen.list(to);
        customProperties = Frozen.list(customProperties);
        extensions = Frozen.map(extensions);
    }

    /** Whether it is a foreign key: its type says so, or it says nothing (the standard's default). */
    public boolean isForeignKey() {
        return type == null || type.equalsIgnoreCase("foreignKey");
    }

    /**
     * The targets that name an element of this same contract ({@code customers.id}); a reference to another
     * contract (a URL, an id path such as {@code /schema/customers/properties/id}) is not one.
     */
    public List<String> targetsInThisContract() {
        return to.stream().filter(target -> target.indexOf('/') < 0 && target.indexOf('#') < 0
                && target.indexOf(':') < 0).toList();
    }
}
