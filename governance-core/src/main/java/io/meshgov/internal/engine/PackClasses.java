package io.meshgov.internal.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;

/**
 * The classes Drools' executable model generated for one pack ({@code io/x/Rules1A2B.class} to bytes) and the
 * names of its model classes: what a pack compiled ahead or cached is made of, and what is loaded from them.
 */
record PackClasses(Map<String, byte[]> classes, List<String> models) {

    /** Drools' glue for a KIE module as a whole, written alike for every module: not part of a pack. */
    private static final String PROJECT_MODEL = "org/drools/project/model/";

    PackClasses {
        classes = Collections.unmodifiableMap(new TreeMap<>(classes));
        models = List.copyOf(models);
    }

    /** The classes and model names of a module Drools has just built. */
    static PackClasses of(InternalKieModule module) {
        Map<String, byte[]> classes = new TreeMap<>();
        List<String> models = new ArrayList<>();
        for (String file : module.getFileNames()) {
            if (file.endsWith(".class") && !file.startsWith(PROJECT_MODEL)) {
                classes.put(file, module.getBytes(file));
            } else if (file.endsWith("/drools-model")) {
                for (String line : new String(module.getBytes(file), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank() && !line.startsWith("Drools-Model-Version")) {
                        models.add(line.strip());
                    }
                }
            }
        }
        models.sort(null);
        return new PackClasses(classes, models);
    }

    /**
     * The pack's models, their classes defined by a class loader of their own over {@code parent} (which sees the
     * fact types): packs compiled apart may generate classes of the same name without clashing.
     */
    List<Model> load(ClassLoader parent) throws ReflectiveOperationException {
        ClassLoader loader = new InMemory(classes, parent);
        return instantiate(models, loader);
    }

    static List<Model> instantiate(List<String> modelNames, ClassLoader loader) throws ReflectiveOperationException {
        List<Model> loaded = new ArrayList<>();
        for (String name : modelNames) {
            loaded.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
        }
        return loaded;
    }

    /** Defines a pack's classes from their bytes; everything else comes from the parent. */
    private static final class InMemory extends ClassLoader {

        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> classes;

        InMemory(Map<String, byte[]> classes, ClassLoader parent) {
            super("meshgov-rule-pack", parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name.replace('.', '/') + ".class");
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
