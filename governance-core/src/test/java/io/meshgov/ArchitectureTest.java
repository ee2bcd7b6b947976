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

    /**
     * Every public top-level type says how far it may be relied on — stable, experimental or internal — with
     * apiguardian's {@code @API}, as JUnit 5 does. The marker is kept in the class file only, so the class file is read.
     */
    @Test
    void everyPublicTopLevelType_carriesItsApiStatus() throws Exception {
        List<String> unmarked = new ArrayList<>();
        for (String className : classNames()) {
            Class<?> type = Class.forName(className, false, ArchitectureTest.class.getClassLoader());
            if (!Modifier.isPublic(type.getModifiers()) || type.getEnclosingClass() != null
                    || className.endsWith("package-info")) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(Path.of("target/classes", className.replace('.', '/') + ".class"));
            if (!new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains("Lorg/apiguardian/api/API;")) {
                unmarked.add(className);
            }
        }
        assertEquals(List.of(), unmarked, "mark them @API(status = STABLE | EXPERIMENTAL | INTERNAL)");
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    /**
     * Each package of the core to the packages its compiled classes refer to: every class and every member type their
     * constant pools name, so a wildcard import, a simple name of the same package or a fully qualified name all
     * count, as the JVM sees them.
     */
    private static Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> dependencies = new TreeMap<>();
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                String own = classes.relativize(file.getParent()).toString().replace('/', '.').replace('\\', '.');
                Set<String> used = dependencies.computeIfAbsent(own, key -> new TreeSet<>());
                for (String type : typesReferenced(Files.readAllBytes(file))) {
                    int slash = type.lastIndexOf('/');
                    String target = slash < 0 ? "" : type.substring(0, slash).replace('/', '.');
                    if (target.startsWith("io.meshgov") && !target.equals(own)) {
                        used.add(target);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dependencies;
    }

    private static final Pattern DESCRIPTOR_TYPE = Pattern.compile("L([\\w/$]+);");

    /** The internal names of the classes a class file's constant pool refers to, in class entries and descriptors. */
    static Set<String> typesReferenced(byte[] bytes) throws IOException {
        java.io.DataInputStream in = new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes));
        in.skipBytes(8);
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        List<Integer> classNames = new ArrayList<>();
        List<Integer> descriptors = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classNames.add(in.readUnsignedShort());
                case 8, 16, 19, 20 -> {
                    int index = in.readUnsignedShort();
                    if (tag == 16) {
                        descriptors.add(index);
                    }
                }
                case 3, 4 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++;
                }
                case 9, 10, 11, 17, 18 -> in.skipBytes(4);
                case 12 -> {
                    in.skipBytes(2);
                    descriptors.add(in.readUnsignedShort());
                }
                case 15 -> in.skipBytes(3);
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        Set<String> types = new TreeSet<>();
        for (int index : classNames) {
            String name = utf8[index];
            Matcher array = DESCRIPTOR_TYPE.matcher(name);
            if (name.startsWith("[")) {
                while (array.find()) {
                    types.add(array.group(1));
                }
            } else {
                types.add(name);
            }
        }
        for (int index : descriptors) {
            Matcher type = DESCRIPTOR_TYPE.matcher(utf8[index]);
            while (type.find()) {
                types.add(type.group(1));
            }
        }
        return types;
    }

    @Test
    void otherModules_useThePublicApiOnly_noInternalPackage() throws IOException {
        List<String> reaching = new ArrayList<>();
        try (Stream<Path> modules = Files.list(Path.of(".."))) {
            for (Path module : modules.filter(path -> path.getFileName().toString().startsWith("governance-")
                    && !path.getFileName().toString().equals("governance-core")).toList()) {
                Path sources = module.resolve("src/main/java");
                if (!Files.isDirectory(sources)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(sources)) {
                    for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                        if (Files.readString(file).contains("io.meshgov.internal")) {
                            reaching.add(module.getFileName() + "/" + sources.relativize(file));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), reaching, "files of other modules that reach into io.meshgov.internal");
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
