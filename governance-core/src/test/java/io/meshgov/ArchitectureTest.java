package io.meshgov;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape of the core as its sources draw it: which packages depend on each other, and what the public API
 * names. Data should flow one way (file → facts → rules → decision → output); a cycle between packages is a place
 * where it does not.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern REFERENCE = Pattern.compile("\\bio\\.meshgov((?:\\.[a-z]\\w*)*)\\.[A-Z]\\w*");

    @Test
    void noPackageDependsOnAPackageThatDependsOnIt() {
        assertEquals(List.of(), stronglyConnected(dependencies()), "packages that depend on each other");
    }

    @Test
    void noPublicSignatureOutsideInternal_namesAnInternalType() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (String className : classNames()) {
            Class<?> type = Class.forName(className, false, ArchitectureTest.class.getClassLoader());
            if (className.contains(".internal.") || !Modifier.isPublic(type.getModifiers())) {
                continue;
            }
            List<String> signatures = new ArrayList<>();
            if (type.getGenericSuperclass() != null) {
                signatures.add(type.getGenericSuperclass().getTypeName());
            }
            for (Type implemented : type.getGenericInterfaces()) {
                signatures.add(implemented.getTypeName());
            }
            for (Method method : type.getDeclaredMethods()) {
                if (visible(method.getModifiers())) {
                    signatures.add(method.toGenericString());
                }
            }
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (visible(constructor.getModifiers())) {
                    signatures.add(constructor.toGenericString());
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (visible(field.getModifiers())) {
                    signatures.add(field.toGenericString());
                }
            }
            signatures.stream().filter(signature -> signature.contains("io.meshgov.internal."))
                    .forEach(signature -> leaks.add(className + ": " + signature));
        }
        assertEquals(List.of(), leaks);
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    /** Each package of the core to the packages its sources name (imports and qualified names). */
    private static Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> dependencies = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String own = SOURCES.relativize(file.getParent()).toString().replace('/', '.').replace('\\', '.');
                Set<String> used = dependencies.computeIfAbsent(own, key -> new TreeSet<>());
                Matcher reference = REFERENCE.matcher(Files.readString(file));
                while (reference.find()) {
                    String target = "io.meshgov" + reference.group(1);
                    if (!target.equals(own)) {
                        used.add(target);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dependencies;
    }

    private static List<String> classNames() throws IOException {
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            return files.map(path -> classes.relativize(path).toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$") && !name.endsWith("package-info.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .sorted().toList();
        }
    }

    /** Tarjan's strongly connected components of more than one package. */
    private static List<Set<String>> stronglyConnected(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new java.util.HashSet<>();
        List<Set<String>> components = new ArrayList<>();
        for (String start : graph.keySet()) {
            if (!index.containsKey(start)) {
                visit(start, graph, index, low, stack, onStack, components);
            }
        }
        return components;
    }

    private static void visit(String node, Map<String, Set<String>> graph, Map<String, Integer> index,
                              Map<String, Integer> low, Deque<String> stack, Set<String> onStack,
                              List<Set<String>> components) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        onStack.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                visit(next, graph, index, low, stack, onStack, components);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1) {
                components.add(component);
            }
        }
    }
}
