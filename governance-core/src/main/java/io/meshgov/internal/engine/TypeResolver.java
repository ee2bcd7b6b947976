package io.meshgov.internal.engine;

import io.meshgov.ClosestName;
import io.meshgov.conventions.Conventions;
import io.meshgov.decision.Findings;
import io.meshgov.decision.Severity;
import io.meshgov.evolution.Change;
import io.meshgov.evolution.ChangeImpact;
import io.meshgov.evolution.ChangeKind;
import io.meshgov.evolution.CompatibilityMode;
import io.meshgov.evolution.Impact;
import io.meshgov.evolution.VersionBump;
import io.meshgov.evolution.VersionChange;
import io.meshgov.model.AccessRole;
import io.meshgov.model.DataContract;
import io.meshgov.model.DataProduct;
import io.meshgov.model.Description;
import io.meshgov.model.Descriptor;
import io.meshgov.model.DescriptorElement;
import io.meshgov.model.Evaluation;
import io.meshgov.model.KnownContract;
import io.meshgov.model.ManagementPort;
import io.meshgov.model.Port;
import io.meshgov.model.PortDirection;
import io.meshgov.model.QualityCheck;
import io.meshgov.model.SchemaObject;
import io.meshgov.model.SchemaProperty;
import io.meshgov.model.Server;
import io.meshgov.model.SlaProperty;
import io.meshgov.model.SupportChannel;
import io.meshgov.model.Team;
import io.meshgov.model.TeamMember;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;

/** Resolves the type names a DRL file uses, the way its imports and package make them visible. */
final class TypeResolver {

    /** The fact types meshgov inserts, by simple name: what rule authors most often mean. */
    static final List<Class<?>> FACT_TYPES = List.of(DataContract.class, DataProduct.class, Descriptor.class,
            DescriptorElement.class, Description.class, Team.class, TeamMember.class, AccessRole.class,
            SchemaObject.class, SchemaProperty.class, QualityCheck.class, SlaProperty.class, SupportChannel.class,
            Server.class, Port.class, ManagementPort.class, Conventions.class, Evaluation.class, KnownContract.class,
            PortDirection.class, Change.class, ChangeImpact.class, ChangeKind.class, Impact.class,
            VersionChange.class, VersionBump.class, CompatibilityMode.class);
    static final List<String> MODEL_TYPES = FACT_TYPES.stream().map(Class::getSimpleName).toList();

    /** The full name of the meshgov type a DRL file may use with this simple name, or {@code null}. */
    static String meshgovTypeNamed(String simpleName) {
        for (Class<?> type : FACT_TYPES) {
            if (type.getSimpleName().equals(simpleName)) {
                return type.getName();
            }
        }
        return simpleName.equals(Findings.class.getSimpleName()) ? Findings.class.getName()
                : simpleName.equals(Severity.class.getSimpleName()) ? Severity.class.getName() : null;
    }

    private final PackageDescr packageDescr;
    private final ClassLoader classLoader;
    private final Set<String> declaredTypes = new HashSet<>();
    private final Set<String> globals = new HashSet<>();

    TypeResolver(PackageDescr packageDescr, ClassLoader classLoader) {
        this.packageDescr = packageDescr;
        this.classLoader = classLoader;
        for (TypeDeclarationDescr declared : packageDescr.getTypeDeclarations()) {
            declaredTypes.add(declared.getTypeName());
        }
        for (GlobalDescr global : packageDescr.getGlobals()) {
            globals.add(global.getIdentifier());
        }
    }

    boolean isDeclaredInDrl(String name) {
        return declaredTypes.contains(name);
    }

    boolean isGlobal(String name) {
        return globals.contains(name);
    }

    /** The class a name denotes in this file, or {@code null}. */
    Class<?> resolve(String name) {
        if (name.contains(".")) {
            Class<?> qualified = load(name);
            if (qualified != null) {
                return qualified;
            }
        }
        for (ImportDescr importDescr : packageDescr.getImports()) {
            String target = importDescr.getTarget();
            if (target.endsWith(".*")) {
                Class<?> viaWildcard = load(target.substring(0, target.length() - 1) + name);
                if (viaWildcard != null) {
                    return viaWildcard;
                }
            } else if (target.equals(name) || target.endsWith("." + name)) {
                return load(target);
            }
        }
        String packageName = packageDescr.getName();
        Class<?> samePackage = packageName == null || packageName.isEmpty() ? null : load(packageName + "." + name);
        return samePackage != null ? samePackage : load("java.lang." + name);
    }

    boolean importResolves(String target) {
        return target.endsWith(".*") || load(target) != null;
    }

    /** How to fix an unknown type name: the missing import, or the closest known name. */
    String suggestionFor(String name) {
        for (Class<?> factType : FACT_TYPES) {
            if (factType.getSimpleName().equals(name)) {
                return "; add \"import " + factType.getName() + ";\"";
            }
        }
        List<String> candidates = new ArrayList<>(MODEL_TYPES);
        for (ImportDescr importDescr : packageDescr.getImports()) {
            String target = importDescr.getTarget();
            candidates.add(target.substring(target.lastIndexOf('.') + 1));
        }
        candidates.addAll(declaredTypes);
        return ClosestName.hint(name, candidates);
    }

    private Class<?> load(String name) {
        String candidate = name;
        while (true) {
            try {
                return Class.forName(candidate, false, classLoader);
            } catch (ClassNotFoundException | LinkageError e) {
                int dot = candidate.lastIndexOf('.');
                if (dot < 0) {
                    return null;
                }
                // Outer.Inner is written with a dot in DRL and loaded as Outer$Inner.
                candidate = candidate.substring(0, dot) + "$" + candidate.substring(dot + 1);
                if (candidate.indexOf('.') < 0) {
                    return null;
                }
            }
        }
    }
}
