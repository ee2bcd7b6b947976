package io.meshgov.internal.engine;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.meshgov.policy.RulePack;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * Compiles a classpath rule pack at build time and writes the result beside it: the executable model's classes,
 * and an index ({@value RulePack#PRECOMPILED_INDEX}) with the DRL's fingerprint and the model classes to load.
 * Run by a rule pack's Maven build through the public {@code RulePackCompiler}.
 */
@API(status = INTERNAL)
public final class PackPrecompiler {

    private PackPrecompiler() {
    }

    /** Writes the pack's compiled classes and index under {@code output}; returns how many classes. */
    public static int precompile(Path output, String name, String version, String root) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {output.toUri().toURL()},
                PackPrecompiler.class.getClassLoader())) {
            ClassLoader previous = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(loader);
            try {
                RulePack pack = RulePack.fromClasspath(name, version, root, loader);
                RuleSetCompiler.Shipped shipped = RuleSetCompiler.compileForShipping(pack, loader);
                PackClasses compiled = PackClasses.of(shipped.module());
                for (java.util.Map.Entry<String, byte[]> file : compiled.classes().entrySet()) {
                    Path target = output.resolve(file.getKey());
                    Files.createDirectories(target.getParent());
                    Files.write(target, file.getValue());
                }
                Files.writeString(output.resolve(root).resolve(RulePack.PRECOMPILED_INDEX), PrecompiledPacks.index(name,
                        RuleSetCompiler.packFingerprint(pack), compiled.models(), shipped.catalog()), StandardCharsets.ISO_8859_1);
                return compiled.classes().size();
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }
        }
    }
}
