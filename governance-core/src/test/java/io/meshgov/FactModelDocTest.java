package io.meshgov;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.meshgov.conventions.Conventions;
import io.meshgov.evolution.Change;
import io.meshgov.evolution.ChangeImpact;
import io.meshgov.evolution.VersionChange;
import io.meshgov.model.AccessRole;
import io.meshgov.model.DataContract;
import io.meshgov.model.DataProduct;
import io.meshgov.model.Description;
import io.meshgov.model.Evaluation;
import io.meshgov.model.KnownContract;
import io.meshgov.model.ManagementPort;
import io.meshgov.model.Port;
import io.meshgov.model.QualityCheck;
import io.meshgov.model.SchemaObject;
import io.meshgov.model.SchemaProperty;
import io.meshgov.model.Server;
import io.meshgov.model.SlaProperty;
import io.meshgov.model.SupportChannel;
import io.meshgov.model.Team;
import io.meshgov.model.TeamMember;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fact model rules match on, {@code docs/fact-model.md}, is generated from the classes themselves; this test
 * fails when a type or field changes without the document. Regenerate with {@code -Dmeshgov.updateFactModel=true}.
 */
class FactModelDocTest {

    private static final Path DOC = Path.of("../docs/fact-model.md");
    private static final Set<String> OBJECT_METHODS = Set.of("equals", "hashCode", "toString", "getClass");

    /** Each fact type with the one line that says when a session holds it. */
    private static final Map<Class<?>, String> FACTS = new LinkedHashMap<>();

    static {
        FACTS.put(DataContract.class, "The data contract being judged (ODCS v3). One per session when a contract is judged.");
        FACTS.put(DataProduct.class, "The data product being judged (ODPS). One per session when a product is judged.");
        FACTS.put(Description.class, "The descriptor's description, when it has one.");
        FACTS.put(Team.class, "The descriptor's team, when it names one.");
        FACTS.put(TeamMember.class, "Each member of the team.");
        FACTS.put(AccessRole.class, "Each ODCS `roles` entry.");
        FACTS.put(SchemaObject.class, "Each schema object (table, topic, document).");
        FACTS.put(SchemaProperty.class, "Each property, nested properties and array items included.");
        FACTS.put(QualityCheck.class, "Each quality check, of an object or of a property.");
        FACTS.put(SlaProperty.class, "Each SLA property.");
        FACTS.put(SupportChannel.class, "Each support channel.");
        FACTS.put(Server.class, "Each server.");
        FACTS.put(Port.class, "Each input and output port of a data product.");
        FACTS.put(ManagementPort.class, "Each management port of a data product.");
        FACTS.put(Conventions.class, "The council's conventions: one per session, and the "
                + "`conventions` global (`global io.meshgov.conventions.Conventions conventions;`). Rules ask it questions.");
        FACTS.put(Evaluation.class, "When the evaluation runs: one per session, dated by the engine's clock.");
        FACTS.put(KnownContract.class, "Each other data contract the evaluation knows of (a batch's contracts).");
        FACTS.put(io.meshgov.model.SchemaDeviation.class, "Each place the file departs from the JSON Schema of its"
                + " declared version (IOP-011).");
        FACTS.put(Change.class, "Each change from the previous version, when a new version is judged (evaluateChange).");
        FACTS.put(VersionChange.class, "How the version moved and under which compatibility mode (evaluateChange).");
        FACTS.put(ChangeImpact.class, "Not inserted by the engine: derived by the evolution classification rules.");
        FACTS.put(io.meshgov.evolution.Removal.class, "The deletion of the descriptor, when it is judged as deleted"
                + " (evaluateRemoval); then no element of it is a fact.");
        FACTS.put(io.meshgov.model.ConsumedContract.class, "Each contract a data product consumes, as the catalog"
                + " knows it: only when the engine judges with a catalog (withCatalog), so never for a product judged"
                + " alone.");
        FACTS.put(io.meshgov.model.Consumers.class, "The data products that consume the data contract judged: one,"
                + " only when the engine judges with a catalog and some product consumes it.");
        FACTS.put(io.meshgov.model.SharedName.class, "Each business name a property of the judged contract shares"
                + " with a contract of another domain that defines it elsewhere: only when the engine judges with a"
                + " catalog.");
        FACTS.put(io.meshgov.model.SameId.class, "Each other descriptor of the catalog with the judged one's id: only"
                + " when the engine judges with a catalog.");
    }

    /** The type's own methods and the default methods of the interfaces it implements (Descriptor's {@code hasStatus}). */
    private static Stream<Method> callableMethods(Class<?> type) {
        Stream<Method> inherited = Arrays.stream(type.getInterfaces())
                .flatMap(FactModelDocTest::callableMethods).filter(Method::isDefault);
        return Stream.concat(Arrays.stream(type.getDeclaredMethods()), inherited);
    }

    @Test
    void theFactModelDocument_matchesTheClasses() throws IOException {
        StringBuilder doc = new StringBuilder("# The fact model\n\n")
                .append("<!-- Generated from the classes by FactModelDocTest; do not edit. -->\n\n")
                .append("What a rule can match on. Each evaluation is one session holding one descriptor and every")
                .append(" element in it, plus the facts below; rules never need to join on a descriptor id. Import a")
                .append(" type by its full name (`import io.meshgov.model.SchemaProperty;`) and read its fields by")
                .append(" name in a constraint (`SchemaProperty( classification == null )`). Absent text is `null`,")
                .append(" absent lists are empty, absent flags are `false`. Every descriptor element has a `path`")
                .append(" (`schema[orders].properties[email]`), which `findings.report(element, field, message)` uses.\n");
        for (Map.Entry<Class<?>, String> fact : FACTS.entrySet()) {
            Class<?> type = fact.getKey();
            doc.append("\n## ").append(type.getSimpleName()).append("\n\n`").append(type.getName()).append("` — ")
                    .append(fact.getValue()).append("\n\n");
            if (type.isRecord()) {
                doc.append("| field | type |\n|---|---|\n");
                for (RecordComponent component : type.getRecordComponents()) {
                    doc.append("| `").append(component.getName()).append("` | `")
                            .append(simple(component.getGenericType())).append("` |\n");
                }
            }
            String methods = callableMethods(type)
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                    .filter(m -> !OBJECT_METHODS.contains(m.getName()) && !isAccessor(type, m))
                    .map(m -> "`" + m.getName() + "(" + String.join(", ", Arrays.stream(m.getGenericParameterTypes())
                            .map(FactModelDocTest::simple).toList()) + ")`")
                    // By the rendered signature: reflection lists overloads in no fixed order.
                    .sorted()
                    .distinct()
                    .reduce((a, b) -> a + ", " + b).orElse("");
            if (!methods.isEmpty()) {
                doc.append("\nMethods a rule can call: ").append(methods).append("\n");
            }
        }
        if (Boolean.getBoolean("meshgov.updateFactModel")) {
            Files.writeString(DOC, doc);
        }
        assertEquals(doc.toString(), Files.readString(DOC),
                "docs/fact-model.md is out of date; regenerate it with -Dmeshgov.updateFactModel=true");
    }

    private static boolean isAccessor(Class<?> type, Method method) {
        return type.isRecord() && method.getParameterCount() == 0 && Arrays.stream(type.getRecordComponents())
                .anyMatch(component -> component.getName().equals(method.getName()));
    }

    private static String simple(Type type) {
        return type.getTypeName().replaceAll("[a-z][a-z0-9_]*\\.", "");
    }
}
