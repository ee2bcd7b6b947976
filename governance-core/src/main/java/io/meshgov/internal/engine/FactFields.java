package io.meshgov.internal.engine;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The names a DRL constraint can read on a fact type: record components, bean properties, public members. */
final class FactFields {

    private static final Set<String> OBJECT_METHODS = Set.of("hashCode", "toString", "getClass", "clone",
            "notify", "notifyAll", "wait", "finalize");

    private FactFields() {
    }

    static Set<String> of(Class<?> type) {
        Set<String> names = new TreeSet<>(listed(type));
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() == 0 && method.getReturnType() != void.class
                    && !Modifier.isStatic(method.getModifiers()) && !OBJECT_METHODS.contains(method.getName())) {
                names.add(method.getName());
                propertyName(method.getName()).ifPresent(names::add);
            }
        }
        for (Field field : type.getFields()) {
            names.add(field.getName());
        }
        return names;
    }

    /** The fields worth listing in a message: a record's components, or a bean's properties. */
    static List<String> listed(Class<?> type) {
        Collection<String> names = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                names.add(component.getName());
            }
            return List.copyOf(names);
        }
        Set<String> sorted = new TreeSet<>();
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                    && !OBJECT_METHODS.contains(method.getName())) {
                propertyName(method.getName()).ifPresent(sorted::add);
                if (type.isInterface()) {
                    sorted.add(method.getName());
                }
            }
        }
        return List.copyOf(sorted);
    }

    private static Optional<String> propertyName(String methodName) {
        if (methodName.startsWith("get") && methodName.length() > 3) {
            return Optional.of(decapitalize(methodName.substring(3)));
        }
        if (methodName.startsWith("is") && methodName.length() > 2) {
            return Optional.of(decapitalize(methodName.substring(2)));
        }
        return Optional.empty();
    }

    private static String decapitalize(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(1))) {
            return name; // bean convention: getURL is the property "URL"
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
