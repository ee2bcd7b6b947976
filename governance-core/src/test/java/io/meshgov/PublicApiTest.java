package io.meshgov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Drools, Jackson and Guava stay behind the public API: no public signature outside internal names them. */
class PublicApiTest {

    private static final List<String> HIDDEN = List.of("org.kie.", "org.drools.", "com.fasterxml.", "com.google.");

    @Test
    void publicSignatures_nameNoDroolsJacksonOrGuavaType() throws IOException, URISyntaxException,
            ClassNotFoundException {
        Path classes = Path.of(SourceLocation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> leaks = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(classes.resolve("io/meshgov"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (name.contains(".internal.") || !Modifier.isPublic(type.getModifiers())) {
                    continue;
                }
                checked++;
                for (Method method : type.getMethods()) {
                    List<Type> types = new ArrayList<>(List.of(method.getGenericParameterTypes()));
                    types.add(method.getGenericReturnType());
                    types.forEach(t -> check(type, method.getName(), t, leaks));
                }
                for (Constructor<?> constructor : type.getConstructors()) {
                    for (Type parameter : constructor.getGenericParameterTypes()) {
                        check(type, "<init>", parameter, leaks);
                    }
                }
            }
        }
        assertTrue(checked > 20, "expected to check the public types but found " + checked);
        assertEquals(List.of(), leaks);
    }

    private static void check(Class<?> owner, String member, Type type, List<String> leaks) {
        String name = type.getTypeName();
        if (HIDDEN.stream().anyMatch(name::contains)) {
            leaks.add(owner.getName() + "." + member + ": " + name);
        }
    }
}
