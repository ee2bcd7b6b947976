package io.meshgov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * The public API of the library modules, compared with what the last release recorded in {@code api/*.api}: every
 * type, constructor, method and field a release offered must still be there, or the CHANGELOG's Unreleased section
 * must announce its removal with a migration (naming it as {@code Type.member} or {@code Type}). Types marked
 * {@code @API(status = INTERNAL)}, the {@code io.meshgov.internal} packages and the classes Drools generated for the
 * precompiled standard pack are not API.
 *
 * <p>At a release, record its API with {@code -Dmeshgov.updateApi=true}; the diff of {@code api/*.api} in a pull
 * request shows every change to the API, as Kotlin's binary-compatibility validator does.
 */
class ApiCompatibilityTest {

    private static final Path RECORDED = Path.of("../api");
    private static final Map<String, Class<?>> MODULES = Map.of(
            "governance-core", io.meshgov.engine.GovernanceEngine.class,
            "governance-rules", io.meshgov.rules.StandardRules.class,
            "governance-testkit", io.meshgov.testkit.CaseRunner.class);

    @Test
    void everyReleasedSignature_isStillThere_orItsRemovalIsAnnounced() throws Exception {
        String unreleased = unreleasedChangelog();
        List<String> unannounced = new ArrayList<>();
        for (Map.Entry<String, Class<?>> module : new java.util.TreeMap<>(MODULES).entrySet()) {
            Set<String> current = api(module.getValue());
            Path file = RECORDED.resolve(module.getKey() + ".api");
            if (Boolean.getBoolean("meshgov.updateApi")) {
                Files.createDirectories(RECORDED);
                Files.writeString(file, "# The public API of " + module.getKey() + " at the last release; see"
                        + " ApiCompatibilityTest.\n" + String.join("\n", current) + "\n");
                continue;
            }
            assertTrue(Files.isRegularFile(file), file + " is missing; record the API with -Dmeshgov.updateApi=true");
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank() || line.startsWith("#") || current.contains(line)) {
                    continue;
                }
                if (!announced(line, unreleased)) {
                    unannounced.add(module.getKey() + ": " + line);
                }
            }
        }
        assertEquals(List.of(), unannounced, "released API removed or changed without a CHANGELOG entry (Unreleased:"
                + " name it as Type.member with a *Migration:*), or record a new release's API with -Dmeshgov.updateApi=true");
    }

    @Test
    void theRecordedApi_readsAsSignatures() throws Exception {
        Set<String> core = api(io.meshgov.engine.GovernanceEngine.class);
        assertTrue(core.contains("class io.meshgov.engine.GovernanceEngine"), core.toString());
        assertTrue(core.stream().anyMatch(line -> line.startsWith("method io.meshgov.decision.Finding.ruleId() ")),
                core.toString());
        assertTrue(core.stream().noneMatch(line -> line.contains("io.meshgov.internal.")), "internal is not API");
    }

    /** A removed line is announced when the Unreleased section names its type's simple name and member, with a migration. */
    private static boolean announced(String line, String unreleased) {
        String[] words = line.split(" ");
        String qualified = words[1];
        String owner = qualified.contains("(") ? qualified.substring(0, qualified.indexOf('(')) : qualified;
        String member = "";
        if (!words[0].equals("class") && !words[0].equals("interface") && !words[0].equals("enum")
                && !words[0].equals("record") && !words[0].equals("annotation")) {
            member = owner.substring(owner.lastIndexOf('.') + 1);
            owner = owner.substring(0, owner.lastIndexOf('.'));
        }
        String simple = owner.substring(owner.lastIndexOf('.') + 1).replace('$', '.');
        String named = member.isEmpty() || member.equals("<init>") ? simple : simple + "." + member;
        return unreleased.contains(named) && unreleased.contains("Migration");
    }

    private static String unreleasedChangelog() throws IOException {
        String changelog = Files.readString(Path.of("../CHANGELOG.md"));
        int start = changelog.indexOf("## [Unreleased]");
        if (start < 0) {
            return "";
        }
        int end = changelog.indexOf("\n## ", start + 1);
        return changelog.substring(start, end < 0 ? changelog.length() : end);
    }

    /** Every public or protected type, constructor, method and field of the module holding {@code anchor}. */
    static Set<String> api(Class<?> anchor) throws IOException, URISyntaxException {
        Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> classNames = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(file -> file.toString().endsWith(".class")).forEach(file ->
                        classNames.add(root.relativize(file).toString().replace(java.io.File.separatorChar, '/')));
            }
        } else {
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(root.toFile())) {
                jar.stream().map(java.util.jar.JarEntry::getName).filter(name -> name.endsWith(".class"))
                        .forEach(classNames::add);
            }
        }
        Set<String> api = new TreeSet<>();
        for (String file : classNames) {
            String name = file.substring(0, file.length() - ".class".length()).replace('/', '.');
            if (!name.startsWith("io.meshgov.") || name.startsWith("io.meshgov.internal.")
                    || name.startsWith("io.meshgov.rules.standard.")   // the precompiled pack's generated classes
                    || name.endsWith("package-info") || name.endsWith("module-info")) {
                continue;
            }
            Class<?> type;
            try {
                type = Class.forName(name, false, anchor.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                continue;   // a class of the pack's generated rules, loaded only by Drools
            }
            if (!isApi(type)) {
                continue;
            }
            api.add(kind(type) + " " + type.getName());
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (visible(constructor.getModifiers()) && !constructor.isSynthetic() && !type.isEnum()) {
                    api.add("constructor " + type.getName() + ".<init>(" + parameters(constructor) + ")");
                }
            }
            for (Method method : type.getDeclaredMethods()) {
                if (visible(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
                    api.add("method " + type.getName() + "." + method.getName() + "(" + parameters(method) + ") "
                            + (Modifier.isStatic(method.getModifiers()) ? "static " : "")
                            + method.getReturnType().getTypeName());
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (visible(field.getModifiers()) && !field.isSynthetic()) {
                    api.add("field " + type.getName() + "." + field.getName() + " " + field.getType().getTypeName());
                }
            }
        }
        return api;
    }

    private static boolean isApi(Class<?> type) {
        for (Class<?> at = type; at != null; at = at.getEnclosingClass()) {
            if (!Modifier.isPublic(at.getModifiers()) && !(at != type && Modifier.isProtected(at.getModifiers()))) {
                return false;
            }
            API marker = at.getAnnotation(API.class);
            if (marker != null && marker.status() == API.Status.INTERNAL) {
                return false;
            }
        }
        return !type.isAnonymousClass() && !type.isLocalClass() && !type.isSynthetic();
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static String kind(Class<?> type) {
        return type.isAnnotation() ? "annotation" : type.isInterface() ? "interface" : type.isEnum() ? "enum"
                : type.isRecord() ? "record" : "class";
    }

    private static String parameters(Executable executable) {
        return Arrays.stream(executable.getParameterTypes()).map(Class::getTypeName).collect(Collectors.joining(","));
    }
}
