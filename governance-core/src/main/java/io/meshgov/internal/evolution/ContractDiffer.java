package io.meshgov.internal.evolution;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.meshgov.conventions.Conventions;
import io.meshgov.evolution.Change;
import io.meshgov.evolution.ChangeKind;
import io.meshgov.model.AccessRole;
import io.meshgov.model.CustomProperty;
import io.meshgov.model.DataContract;
import io.meshgov.model.DataProduct;
import io.meshgov.model.Description;
import io.meshgov.model.Descriptor;
import io.meshgov.model.ElementPaths;
import io.meshgov.model.Port;
import io.meshgov.model.QualityCheck;
import io.meshgov.model.Relationship;
import io.meshgov.model.SchemaObject;
import io.meshgov.model.SchemaProperty;
import io.meshgov.model.Server;
import io.meshgov.model.SlaProperty;
import io.meshgov.model.SupportChannel;
import io.meshgov.model.TeamMember;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Finds every difference between two versions of a descriptor and states each as a neutral {@link Change}.
 * Objects and properties are matched by their stable {@code id} when both versions give one, else by a
 * {@code renamedFrom} custom property on the new one, else by name: without a declared rename, a rename is a
 * removal plus an addition.
 */
@API(status = INTERNAL)
public final class ContractDiffer {

    private final Conventions conventions;
    private final String against;
    private final List<Change> changes = new ArrayList<>();
    /** How the primary key of the schema object being compared moved: what a property's primaryKey flip means. */
    private ChangeKind primaryKeyMove = ChangeKind.PRIMARY_KEY_CHANGED;

    private ContractDiffer(Conventions conventions, String against) {
        this.conventions = conventions;
        this.against = against;
    }

    /** The changes from {@code previous} to {@code proposed}, in document order. */
    public static List<Change> diff(Descriptor previous, Descriptor proposed, Conventions conventions) {
        ContractDiffer differ = new ContractDiffer(conventions, previous.version());
        differ.descriptors(previous, proposed);
        return List.copyOf(differ.changes);
    }

    private void descriptors(Descriptor previous, Descriptor proposed) {
        if (!Objects.equals(previous.id(), proposed.id())) {
            add(ChangeKind.ID_CHANGED, "id", "the id", previous.id(), proposed.id(), "");
        }
        if (!Objects.equals(lower(previous.status()), lower(proposed.status()))) {
            add(ChangeKind.STATUS_CHANGED, "status", "the status", previous.status(), proposed.status(), "");
        }
        if (!sameText(previous.description(), proposed.description())) {
            add(ChangeKind.DESCRIPTION_CHANGED, "description", "the " + (proposed instanceof DataContract
                    ? "data contract's" : "data product's"), null, null, "");
        }
        if (hasOwner(previous) && !hasOwner(proposed)) {
            add(ChangeKind.OWNER_REMOVED, "team", "the owner", ownerOf(previous), null, "");
        } else if (hasOwner(previous) && !ownerOf(previous).equals(ownerOf(proposed))) {
            add(ChangeKind.OWNER_REPLACED, "team", "the owner", ownerOf(previous), ownerOf(proposed), "");
        }
        List<String> membersBefore = currentMembers(previous);
        List<String> membersAfter = currentMembers(proposed);
        if (!membersBefore.equals(membersAfter)) {
            add(ChangeKind.TEAM_CHANGED, "team", "the team members", String.join(", ", membersBefore),
                    String.join(", ", membersAfter), "");
        }
        if (!supportOf(previous).isEmpty() && supportOf(proposed).isEmpty()) {
            add(ChangeKind.SUPPORT_REMOVED, "support", "the support channels", String.join(", ", supportOf(previous)),
                    null, "");
        } else if (!supportOf(previous).equals(supportOf(proposed))) {
            add(ChangeKind.SUPPORT_CHANGED, "support", "the support channels", String.join(", ", supportOf(previous)),
                    String.join(", ", supportOf(proposed)), "");
        }
        metadata("", "the descriptor", "name", previous.name(), proposed.name());
        customProperties("", "the descriptor", previous.customProperties(), proposed.customProperties());
        metadata("", "the descriptor", "domain", previous.domain(), proposed.domain());
        metadata("", "the descriptor", "tags", tagsText(previous.tags()), tagsText(proposed.tags()));
        if (previous instanceof DataContract before && proposed instanceof DataContract after) {
            contracts(before, after);
        } else if (previous instanceof DataProduct before && proposed instanceof DataProduct after) {
            products(before, after);
        }
    }

    // ---- Data contracts

    private void contracts(DataContract previous, DataContract proposed) {
        metadata("", "the contract", "tenant", previous.tenant(), proposed.tenant());
        metadata("", "the contract", "price", plainText(previous.extensions().get("price")),
                plainText(proposed.extensions().get("price")));
        metadata("", "the contract", "dataProduct", previous.dataProduct(), proposed.dataProduct());
        Map<String, AccessRole> rolesBefore = byKey(previous.roles(), AccessRole::role);
        Map<String, AccessRole> rolesAfter = byKey(proposed.roles(), AccessRole::role);
        rolesBefore.forEach((name, role) -> {
            if (!rolesAfter.containsKey(name)) {
                add(ChangeKind.ROLE_REMOVED, role.path(), "access role '" + name + "'", role.access(), null, "");
            }
        });
        rolesAfter.forEach((name, role) -> {
            if (!rolesBefore.containsKey(name)) {
                add(ChangeKind.ROLE_ADDED, role.path(), "access role '" + name + "'", null, role.access(), "");
            }
        });
        Map<String, Server> serversBefore = byKey(previous.servers(), Server::server);
        Map<String, Server> serversAfter = byKey(proposed.servers(), Server::server);
        serversBefore.forEach((name, server) -> {
            if (!serversAfter.containsKey(name)) {
                add(ChangeKind.SERVER_REMOVED, server.path(), "server '" + name + "'", server.type(), null, "");
            }
        });
        serversAfter.forEach((name, server) -> {
            Server before = serversBefore.get(name);
            if (before == null) {
                add(ChangeKind.SERVER_ADDED, server.path(), "server '" + name + "'", null, server.type(), "");
            } else {
                String moved = moved(before, server);
                if (moved != null) {
                    add(ChangeKind.SERVER_MOVED, server.path(), "server '" + name + "'", null, null, moved);
                }
            }
        });
        slaProperties(previous, proposed);
        Map<SchemaObject, SchemaObject> matched = new LinkedHashMap<>();
        List<SchemaObject> removed = new ArrayList<>();
        match(previous.schema(), proposed.schema(), SchemaObject::id, SchemaObject::name,
                object -> renamedFrom(object.customProperties()), matched, removed);
        for (SchemaObject object : removed) {
            add(ChangeKind.OBJECT_REMOVED, object.path(), "schema object '" + object.name() + "'",
                    object.name(), null, "", deprecated(object.tags(), object.customProperties(), object.extensions()));
        }
        for (SchemaObject object : proposed.schema()) {
            if (!matched.containsValue(object)) {
                add(ChangeKind.OBJECT_ADDED, object.path(), "schema object '" + object.name() + "'", null,
                        object.name(), "");
            }
        }
        matched.forEach((before, after) -> {
            if (!Objects.equals(before.name(), after.name())) {
                add(ChangeKind.OBJECT_RENAMED, after.path() + ".name", "schema object '" + after.name() + "'",
                        before.name(), after.name(), "");
            }
            if (!Objects.equals(before.description(), after.description())) {
                add(ChangeKind.DESCRIPTION_CHANGED, after.path() + ".description",
                        "schema object '" + after.name() + "'", null, null, "");
            }
            if (before.physicalName() != null && after.physicalName() != null
                    && !before.physicalName().equals(after.physicalName())) {
                add(ChangeKind.PHYSICAL_NAME_CHANGED, after.path() + ".physicalName",
                        "schema object '" + after.name() + "'", before.physicalName(), after.physicalName(), "");
            }
            metadata(after.path(), "schema object '" + after.name() + "'", "tags", tagsText(before.tags()),
                    tagsText(after.tags()));
            if (before.physicalType() != null && after.physicalType() != null
                    && !before.physicalType().equalsIgnoreCase(after.physicalType())) {
                add(ChangeKind.OBJECT_PHYSICAL_TYPE_CHANGED, after.path() + ".physicalType",
                        "schema object '" + after.name() + "'", before.physicalType(), after.physicalType(), "");
            }
            relationships(before.relationships(), after.relationships(), after.path(),
                    "schema object '" + after.name() + "'");
            qualityChecks(before.quality(), after.quality(), after.path(), "schema object '" + after.name() + "'");
            java.util.Set<String> keyBefore = keyOf(before);
            java.util.Set<String> keyAfter = keyOf(after);
            primaryKeyMove = keyBefore.isEmpty() && !keyAfter.isEmpty() ? ChangeKind.PRIMARY_KEY_DECLARED
                    : !keyBefore.isEmpty() && keyAfter.isEmpty() ? ChangeKind.PRIMARY_KEY_DROPPED
                    : keyAfter.containsAll(keyBefore) ? ChangeKind.PRIMARY_KEY_EXTENDED
                    : keyBefore.containsAll(keyAfter) ? ChangeKind.PRIMARY_KEY_REDUCED : ChangeKind.PRIMARY_KEY_CHANGED;
            properties(before.properties(), after.properties(), after.name());
        });
    }

    /** The tags that do not mark personal data ({@code personalDataTags}, compared ignoring case and separators). */
    private List<String> withoutPersonalTags(List<String> tags) {
        return tags.stream().filter(tag -> !conventions.isPersonalDataTag(tag)).toList();
    }

    /** The names of an object's primary key columns. */
    private static java.util.Set<String> keyOf(SchemaObject object) {
        java.util.Set<String> key = new java.util.TreeSet<>();
        for (SchemaProperty property : object.properties()) {
            if (property.primaryKey() && property.name() != null) {
                key.add(property.name());
            }
        }
        return key;
    }

    /** Server settings that say where the data is, rather than how it is described. */
    private static final java.util.Set<String> NOT_A_PLACE = java.util.Set.of("description", "environment",
            "customProperties", "roles");

    /**
     * What moved a server kept under its name — {@code "host, database"} — or {@code null}: its type, or any of its
     * type-specific settings (host, port, database, schema, location...). Values are not quoted: a host name may be
     * internal.
     */
    private static String moved(Server before, Server after) {
        java.util.Set<String> moved = new java.util.TreeSet<>();
        if (!Objects.equals(before.type(), after.type())) {
            moved.add("type");
        }
        java.util.Set<String> keys = new java.util.TreeSet<>(before.extensions().keySet());
        keys.addAll(after.extensions().keySet());
        for (String key : keys) {
            if (!NOT_A_PLACE.contains(key)
                    && !Objects.equals(String.valueOf(before.extensions().get(key)), String.valueOf(after.extensions().get(key)))) {
                moved.add(key);
            }
        }
        return moved.isEmpty() ? null : String.join(", ", moved);
    }

    private void properties(List<SchemaProperty> previous, List<SchemaProperty> proposed, String objectName) {
        Map<SchemaProperty, SchemaProperty> matched = new LinkedHashMap<>();
        List<SchemaProperty> removed = new ArrayList<>();
        match(previous, proposed, SchemaProperty::id, SchemaProperty::name,
                property -> renamedFrom(property.customProperties()), matched, removed);
        for (SchemaProperty property : removed) {
            add(ChangeKind.PROPERTY_REMOVED, property.path(), describe(property, objectName), property.logicalType(),
                    null, "", deprecated(property.tags(), property.customProperties(), property.extensions()));
        }
        for (SchemaProperty property : proposed) {
            if (!matched.containsValue(property)) {
                add(property.required() ? ChangeKind.PROPERTY_ADDED_REQUIRED : ChangeKind.PROPERTY_ADDED_OPTIONAL,
                        property.path(), describe(property, objectName), null, property.logicalType(), "");
            }
        }
        matched.forEach((before, after) -> property(before, after, objectName));
    }

    private void property(SchemaProperty before, SchemaProperty after, String objectName) {
        int first = changes.size();
        compareProperty(before, after, objectName);
        if (deprecated(before.tags(), before.customProperties(), before.extensions())) {
            for (int i = first; i < changes.size(); i++) {
                Change change = changes.get(i);
                changes.set(i, new Change(change.kind(), change.path(), change.subject(), change.oldValue(),
                        change.newValue(), change.detail(), change.againstVersion(), true));
            }
        }
    }

    private void compareProperty(SchemaProperty before, SchemaProperty after, String objectName) {
        String subject = describe(after, objectName);
        String path = after.path();
        if (!Objects.equals(before.name(), after.name())) {
            add(ChangeKind.PROPERTY_RENAMED, ElementPaths.child(path, "name"), subject, before.name(), after.name(), "");
        }
        if (before.physicalName() != null && after.physicalName() != null
                && !before.physicalName().equals(after.physicalName())) {
            add(ChangeKind.PHYSICAL_NAME_CHANGED, ElementPaths.child(path, "physicalName"), subject,
                    before.physicalName(), after.physicalName(), "");
        }
        metadata(path, subject, "businessName", before.businessName(), after.businessName());
        // A personal-data tag added or dropped is the PERSONAL_DATA_(UN)MARKED change below, not also a tag change.
        boolean markingMoved = conventions.isMarkedPersonalData(before) != conventions.isMarkedPersonalData(after);
        metadata(path, subject, "tags", tagsText(markingMoved ? withoutPersonalTags(before.tags()) : before.tags()),
                tagsText(markingMoved ? withoutPersonalTags(after.tags()) : after.tags()));
        metadata(path, subject, "criticalDataElement", String.valueOf(before.criticalDataElement()),
                String.valueOf(after.criticalDataElement()));
        if (before.partitioned() != after.partitioned()) {
            add(ChangeKind.PARTITIONING_CHANGED, ElementPaths.child(path, "partitioned"), subject,
                    String.valueOf(before.partitioned()), String.valueOf(after.partitioned()), "");
        }
        declared(path, subject, "logicalType", before.logicalType(), after.logicalType());
        declared(path, subject, "physicalType", before.physicalType(), after.physicalType());
        if (before.items() == null != (after.items() == null)) {
            add(after.items() != null ? ChangeKind.TYPE_DECLARED : ChangeKind.TYPE_UNDECLARED,
                    ElementPaths.child(path, "items"), subject, before.items() == null ? null : "items",
                    after.items() == null ? null : "items", "items");
        }
        TypeChanges.Direction logical = TypeChanges.logical(before.logicalType(), after.logicalType());
        if (logical != null) {
            add(logical.choose(ChangeKind.LOGICAL_TYPE_WIDENED, ChangeKind.LOGICAL_TYPE_NARROWED,
                    ChangeKind.LOGICAL_TYPE_CHANGED), ElementPaths.child(path, "logicalType"), subject,
                    before.logicalType(), after.logicalType(), "");
        }
        TypeChanges.Direction physical = TypeChanges.physical(before.physicalType(), after.physicalType());
        if (physical != null) {
            add(physical.choose(ChangeKind.PHYSICAL_TYPE_WIDENED, ChangeKind.PHYSICAL_TYPE_NARROWED,
                    ChangeKind.PHYSICAL_TYPE_CHANGED), ElementPaths.child(path, "physicalType"), subject,
                    before.physicalType(), after.physicalType(),
                    TypeChanges.precisionCaveat(before.physicalType(), after.physicalType()));
        }
        if (before.required() != after.required()) {
            add(after.required() ? ChangeKind.MADE_REQUIRED : ChangeKind.MADE_OPTIONAL,
                    ElementPaths.child(path, "required"), subject, String.valueOf(before.required()),
                    String.valueOf(after.required()), "");
        }
        if (before.unique() != after.unique()) {
            add(after.unique() ? ChangeKind.UNIQUE_ADDED : ChangeKind.UNIQUE_REMOVED, ElementPaths.child(path, "unique"),
                    subject, String.valueOf(before.unique()), String.valueOf(after.unique()), "");
        }
        if (before.primaryKey() != after.primaryKey()) {
            add(primaryKeyMove, ElementPaths.child(path, "primaryKey"), subject,
                    String.valueOf(before.primaryKey()), String.valueOf(after.primaryKey()), "");
        }
        allowedValues(before, after, subject, path);
        for (Constraints.Move move : Constraints.moves(before.logicalTypeOptions(), after.logicalTypeOptions())) {
            add(move.changed() ? ChangeKind.CONSTRAINT_CHANGED
                    : move.tightened() ? ChangeKind.CONSTRAINT_TIGHTENED : ChangeKind.CONSTRAINT_LOOSENED,
                    ElementPaths.child(path, "logicalTypeOptions." + move.name()), subject, move.before(),
                    move.after(), move.name());
        }
        int levelBefore = conventions.levelOf(before.classification());
        int levelAfter = conventions.levelOf(after.classification());
        String classificationPath = ElementPaths.child(path, "classification");
        if (levelBefore >= 0 && levelAfter >= 0 && levelBefore != levelAfter) {
            add(levelAfter > levelBefore ? ChangeKind.CLASSIFICATION_RAISED : ChangeKind.CLASSIFICATION_LOWERED,
                    classificationPath, subject, before.classification(), after.classification(), "");
        } else if (blankToNull(before.classification()) == null && blankToNull(after.classification()) != null) {
            add(ChangeKind.CLASSIFICATION_SET, classificationPath, subject, null, after.classification(), "");
        } else if (blankToNull(before.classification()) != null && blankToNull(after.classification()) == null) {
            add(ChangeKind.CLASSIFICATION_REMOVED, classificationPath, subject, before.classification(), null, "");
        } else if (levelBefore != levelAfter || levelBefore < 0
                && !Objects.equals(lower(before.classification()), lower(after.classification()))) {
            add(ChangeKind.CLASSIFICATION_RELABELLED, classificationPath, subject, before.classification(),
                    after.classification(), "");
        }
        boolean markedBefore = conventions.isMarkedPersonalData(before);
        boolean markedAfter = conventions.isMarkedPersonalData(after);
        if (markedBefore != markedAfter) {
            // placed where the marking changed: the tags, else the custom property or key that flags it
            boolean byTag = !withoutPersonalTags(before.tags()).equals(before.tags())
                    || !withoutPersonalTags(after.tags()).equals(after.tags());
            add(markedAfter ? ChangeKind.PERSONAL_DATA_MARKED : ChangeKind.PERSONAL_DATA_UNMARKED,
                    byTag ? ElementPaths.child(path, "tags") : path, subject, null, null, "");
        }
        customProperties(path, subject, before.customProperties(), after.customProperties());
        qualityChecks(before.quality().stream().filter(check -> !AllowedValues.isAllowedValuesCheck(check)).toList(),
                after.quality().stream().filter(check -> !AllowedValues.isAllowedValuesCheck(check)).toList(), path,
                subject);
        if (!Objects.equals(before.description(), after.description())) {
            add(ChangeKind.DESCRIPTION_CHANGED, ElementPaths.child(path, "description"), subject, null, null, "");
        }
        if (before.items() != null && after.items() != null) {
            property(before.items(), after.items(), objectName);
        }
        properties(before.properties(), after.properties(), objectName);
    }

    private void allowedValues(SchemaProperty before, SchemaProperty after, String subject, String path) {
        Set<String> valuesBefore = AllowedValues.of(before);
        Set<String> valuesAfter = AllowedValues.of(after);
        if (valuesBefore.isEmpty() && valuesAfter.isEmpty()) {
            return;
        }
        if (valuesBefore.isEmpty()) {
            add(ChangeKind.ALLOWED_VALUES_RESTRICTED, path, subject, null, String.join(", ", valuesAfter),
                    "allowed values");
            return;
        }
        if (valuesAfter.isEmpty()) {
            add(ChangeKind.ALLOWED_VALUES_UNRESTRICTED, path, subject, String.join(", ", valuesBefore), null,
                    "allowed values");
            return;
        }
        Set<String> added = new LinkedHashSet<>(valuesAfter);
        added.removeAll(valuesBefore);
        Set<String> removed = new LinkedHashSet<>(valuesBefore);
        removed.removeAll(valuesAfter);
        if (!added.isEmpty()) {
            add(ChangeKind.ALLOWED_VALUES_ADDED, path, subject, null, String.join(", ", added), "allowed values");
        }
        if (!removed.isEmpty()) {
            add(ChangeKind.ALLOWED_VALUES_REMOVED, path, subject, String.join(", ", removed), null, "allowed values");
        }
    }

    private void qualityChecks(List<QualityCheck> previous, List<QualityCheck> proposed, String ownerPath,
                               String owner) {
        Map<String, QualityCheck> before = byKey(previous, ContractDiffer::checkKey);
        Map<String, QualityCheck> after = byKey(proposed, ContractDiffer::checkKey);
        before.forEach((key, check) -> {
            QualityCheck now = after.get(key);
            if (now != null && !checkContent(check, true).equals(checkContent(now, true))) {
                boolean stricter = checkContent(check, false).equals(checkContent(now, false))
                        && Thresholds.stricter(check.thresholds(), now.thresholds());
                add(stricter ? ChangeKind.QUALITY_CHECK_STRENGTHENED : ChangeKind.QUALITY_CHECK_CHANGED, now.path(),
                        "quality check '" + key + "' of " + owner, new TreeMap<>(check.thresholds()).toString(),
                        new TreeMap<>(now.thresholds()).toString(), key);
            }
            if (!after.containsKey(key)) {
                add(ChangeKind.QUALITY_CHECK_REMOVED, ElementPaths.child(ownerPath, "quality"), "quality check '" + key
                        + "' of " + owner, key, null, key);
            }
        });
        after.forEach((key, check) -> {
            if (!before.containsKey(key)) {
                add(ChangeKind.QUALITY_CHECK_ADDED, check.path(), "quality check '" + key + "' of " + owner, null, key,
                        key);
            }
        });
    }

    private void slaProperties(DataContract previous, DataContract proposed) {
        Map<String, SlaProperty> before = byKey(previous.slaProperties(), SlaProperty::property);
        Map<String, SlaProperty> after = byKey(proposed.slaProperties(), SlaProperty::property);
        before.forEach((name, property) -> {
            SlaProperty now = after.get(name);
            String subject = "SLA '" + name + "'";
            if (now == null) {
                add(ChangeKind.SLA_REMOVED, property.path(), subject, text(property), null, name);
                return;
            }
            Integer comparison = ServiceLevels.compareStrength(name, property, now, conventions);
            if (comparison != null && comparison != 0) {
                add(comparison < 0 ? ChangeKind.SLA_WEAKENED : ChangeKind.SLA_STRENGTHENED,
                        ElementPaths.child(now.path(), "value"), subject, text(property), text(now), name);
            }
        });
        after.forEach((name, property) -> {
            if (!before.containsKey(name)) {
                add(ChangeKind.SLA_ADDED, property.path(), "SLA '" + name + "'", null, text(property), name);
            }
        });
    }

    // ---- Data products

    private void products(DataProduct previous, DataProduct proposed) {
        List<Port> portsBefore = new ArrayList<>(previous.inputPorts());
        portsBefore.addAll(previous.outputPorts());
        List<Port> portsAfter = new ArrayList<>(proposed.inputPorts());
        portsAfter.addAll(proposed.outputPorts());
        Map<String, Port> before = byKey(portsBefore, ContractDiffer::portKey);
        Map<String, Port> after = byKey(portsAfter, ContractDiffer::portKey);
        before.forEach((key, port) -> {
            Port now = after.get(key);
            String subject = port.direction().name().toLowerCase(Locale.ROOT) + " port '" + port.name() + "'";
            if (now == null) {
                add(ChangeKind.PORT_REMOVED, port.path(), subject, port.contractId(), null,
                        port.direction().name(),
                        port.isDeprecated() || deprecated(port.tags(), port.customProperties()));
            } else if (!Objects.equals(port.contractId(), now.contractId())) {
                add(ChangeKind.PORT_CONTRACT_CHANGED, ElementPaths.child(now.path(), "contractId"), subject,
                        port.contractId(), now.contractId(), port.direction().name());
            }
        });
        after.forEach((key, port) -> {
            if (!before.containsKey(key)) {
                add(ChangeKind.PORT_ADDED, port.path(), port.direction().name().toLowerCase(Locale.ROOT) + " port '"
                        + port.name() + "'", null, port.contractId(), port.direction().name());
            }
        });
    }

    // ---- Matching and helpers

    /**
     * Pairs each previous element with its proposed counterpart: by stable id when both have one, else by a
     * declared previous name ({@code renamedFrom}), else by the same name.
     */
    private static <T> void match(List<T> previous, List<T> proposed, Function<T, String> id,
                                  Function<T, String> name, Function<T, String> renamedFrom,
                                  Map<T, T> matched, List<T> removed) {
        List<T> available = new ArrayList<>(proposed);
        for (T before : previous) {
            T counterpart = find(available, candidate -> id.apply(before) != null
                    && id.apply(before).equals(id.apply(candidate)));
            if (counterpart == null) {
                counterpart = find(available, candidate -> name.apply(before) != null
                        && name.apply(before).equals(renamedFrom.apply(candidate)));
            }
            if (counterpart == null) {
                counterpart = find(available, candidate -> name.apply(before) != null
                        && name.apply(before).equals(name.apply(candidate)) && renamedFrom.apply(candidate) == null);
            }
            if (counterpart == null) {
                removed.add(before);
            } else {
                available.remove(counterpart);
                matched.put(before, counterpart);
            }
        }
    }

    private static <T> T find(List<T> candidates, java.util.function.Predicate<T> test) {
        return candidates.stream().filter(test).findFirst().orElse(null);
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> {
            String k = key.apply(item);
            if (k != null) {
                map.putIfAbsent(k, item);
            }
        });
        return map;
    }

    private static String renamedFrom(List<CustomProperty> properties) {
        return properties.stream().filter(p -> p.property().equalsIgnoreCase("renamedFrom")).map(
                CustomProperty::text).findFirst().orElse(null);
    }

    private static String checkKey(QualityCheck check) {
        if (check.name() != null) {
            return check.name();
        }
        if (check.metric() != null) {
            return check.metric();
        }
        return (check.type() == null ? "check" : check.type()) + (check.query() != null ? ":" + check.query().strip()
                : check.engine() != null ? ":" + check.engine() : "");
    }

    private static String portKey(Port port) {
        return port.direction() + ":" + port.name();
    }

    private boolean hasOwner(Descriptor descriptor) {
        return ownerOf(descriptor) != null;
    }

    private String ownerOf(Descriptor descriptor) {
        if (descriptor.team() == null) {
            return null;
        }
        for (TeamMember member : descriptor.team().members()) {
            if (member.isCurrent() && conventions.isOwner(member.role())) {
                return member.username();
            }
        }
        return null;
    }

    private static List<String> supportOf(Descriptor descriptor) {
        List<SupportChannel> channels = descriptor instanceof DataContract contract
                ? contract.support() : ((DataProduct) descriptor).support();
        return channels.stream().map(channel -> String.valueOf(channel.channel())).toList();
    }

    private static boolean sameText(Description before, Description after) {
        if (before == null || after == null) {
            return before == after;
        }
        return Objects.equals(before.purpose(), after.purpose()) && Objects.equals(before.usage(), after.usage())
                && Objects.equals(before.limitations(), after.limitations());
    }

    private static String describe(SchemaProperty property, String objectName) {
        return "property '" + (property.name() == null ? "items" : property.name()) + "' of '" + objectName + "'";
    }

    private static String text(SlaProperty property) {
        return property.value() + (property.hasUnit() ? " " + property.unit() : "");
    }

    private static String lower(String text) {
        return text == null ? null : text.strip().toLowerCase(Locale.ROOT);
    }

    private void add(ChangeKind kind, String path, String subject, String oldValue, String newValue, String detail) {
        add(kind, path, subject, oldValue, newValue, detail, false);
    }

    private void add(ChangeKind kind, String path, String subject, String oldValue, String newValue, String detail,
                     boolean announced) {
        changes.add(new Change(kind, path, subject, oldValue, newValue, detail, against, announced));
    }

    /** Whether the earlier version told consumers this element is going: tag or custom property. */
    /** What a quality check checks: everything but its words (description, business impact) and location. */
    private static String checkContent(QualityCheck check, boolean withThresholds) {
        return String.join("\u0000", String.valueOf(check.type()), String.valueOf(check.metric()),
                String.valueOf(check.query()), String.valueOf(check.engine()), String.valueOf(check.severity()),
                withThresholds ? String.valueOf(new TreeMap<>(check.thresholds())) : "",
                String.valueOf(new TreeMap<>(check.extensions())));
    }

    /** Relationships matched by the fields they start from; the same fields pointing elsewhere are retargeted. */
    private void relationships(List<Relationship> previous, List<Relationship> proposed,
                               String ownerPath, String owner) {
        Map<String, Relationship> before = byKey(previous, relationship -> String.join(",",
                relationship.from()));
        Map<String, Relationship> after = byKey(proposed, relationship -> String.join(",",
                relationship.from()));
        before.forEach((from, relationship) -> {
            Relationship now = after.get(from);
            String subject = "relationship from " + (from.isEmpty() ? "this element" : from) + " of " + owner;
            if (now == null) {
                add(ChangeKind.RELATIONSHIP_REMOVED, ElementPaths.child(ownerPath, "relationships"), subject,
                        String.join(",", relationship.to()), null, "");
            } else if (!relationship.to().equals(now.to())) {
                add(ChangeKind.RELATIONSHIP_RETARGETED, now.path(), subject, String.join(",", relationship.to()),
                        String.join(",", now.to()), "");
            }
        });
        after.forEach((from, relationship) -> {
            if (!before.containsKey(from)) {
                add(ChangeKind.RELATIONSHIP_ADDED, relationship.path(), "relationship from "
                        + (from.isEmpty() ? "this element" : from) + " of " + owner, null,
                        String.join(",", relationship.to()), "");
            }
        });
    }

    /** A type given where there was none, or no longer given. */
    private void declared(String path, String subject, String field, String before, String after) {
        if (blankToNull(before) == null && blankToNull(after) != null) {
            add(ChangeKind.TYPE_DECLARED, ElementPaths.child(path, field), subject, null, after, field);
        } else if (blankToNull(before) != null && blankToNull(after) == null) {
            add(ChangeKind.TYPE_UNDECLARED, ElementPaths.child(path, field), subject, before, null, field);
        }
    }

    /** Custom properties with a meaning of their own, which other changes already read. */
    private static final Set<String> READ_ELSEWHERE = Set.of("renamedfrom", "deprecated",
            "deprecateduntil", "replacedby", "retirementdate", "compatibility");

    /** Other custom properties added, removed or changed: listed as information, each by its name. */
    private void customProperties(String ownerPath, String owner, List<CustomProperty> previous,
                                  List<CustomProperty> proposed) {
        Map<String, Object> before = customValues(previous);
        Map<String, Object> after = customValues(proposed);
        Set<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            // compared by value, whatever its shape; named in words (an object or a list is not printed raw)
            if (!Objects.equals(before.get(name), after.get(name))) {
                String field = "customProperties[" + name + "]";
                add(ChangeKind.METADATA_CHANGED, ownerPath.isEmpty() ? field : ownerPath + "." + field,
                        "custom property '" + name + "' of " + owner, inWords(before.get(name)),
                        inWords(after.get(name)), "");
            }
        }
    }

    private static Map<String, Object> customValues(List<CustomProperty> properties) {
        Map<String, Object> values = new TreeMap<>();
        for (CustomProperty property : properties) {
            if (property.property() != null && property.value() != null
                    && !(property.value() instanceof String text && text.isBlank())
                    && !READ_ELSEWHERE.contains(property.property().toLowerCase(Locale.ROOT))) {
                Object value = property.value();
                values.put(property.property(), value instanceof Map || value instanceof List ? value
                        : String.valueOf(value));   // 5 and "5" are one value
            }
        }
        return values;
    }

    /** A value as a change names it: text as it is; an object or a list by its shape, never printed raw. */
    private static String inWords(Object value) {
        if (value == null) {
            return "none";
        }
        if (value instanceof Map<?, ?> map) {
            return map.isEmpty() ? "an empty object" : "an object with " + new TreeSet<>(map.keySet().stream()
                    .map(String::valueOf).toList());
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "an empty list" : "a list of " + list.size();
        }
        return String.valueOf(value);
    }

    /** A governance-only field that changed: listed as information ({@link ChangeKind#METADATA_CHANGED}). */
    private void metadata(String ownerPath, String owner, String field, String before, String after) {
        listed(ownerPath.isEmpty() ? field : ElementPaths.child(ownerPath, field), owner + " " + field, before, after);
    }

    private void listed(String path, String subject, String before, String after) {
        if (!Objects.equals(blankToNull(before), blankToNull(after))) {
            add(ChangeKind.METADATA_CHANGED, path, subject, before == null ? "none" : before,
                    after == null ? "none" : after, "");
        }
    }

    private static String plainText(Object value) {
        return value instanceof Map<?, ?> map ? new TreeMap<>(map).toString()
                : value == null ? null : String.valueOf(value);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String tagsText(List<String> tags) {
        return tags.isEmpty() ? null : String.join(", ", new TreeSet<>(tags));
    }

    private List<String> currentMembers(Descriptor descriptor) {
        if (descriptor.team() == null) {
            return List.of();
        }
        return descriptor.team().members().stream().filter(TeamMember::isCurrent)
                .filter(member -> !conventions.isOwner(member.role()))
                .map(member -> String.valueOf(member.username())).sorted().toList();
    }

    /**
     * Whether an element is marked deprecated: ODCS v3.2's {@code deprecated: true}, a {@code deprecated} tag, or a
     * {@code deprecated}/{@code deprecatedUntil} custom property.
     */
    private static boolean deprecated(List<String> tags, List<CustomProperty> properties,
                                      Map<String, Object> extensions) {
        return Boolean.TRUE.equals(extensions.get("deprecated")) || deprecated(tags, properties);
    }

    private static boolean deprecated(List<String> tags, List<CustomProperty> properties) {
        return tags.stream().anyMatch(tag -> tag.equalsIgnoreCase("deprecated"))
                || properties.stream().anyMatch(p -> p.property().equalsIgnoreCase("deprecatedUntil")
                        || p.property().equalsIgnoreCase("deprecated") && !"false".equalsIgnoreCase(p.text()));
    }
}
