package io.meshgov.engine;

import static org.apiguardian.api.API.Status.STABLE;

import io.meshgov.MeshgovException;
import io.meshgov.internal.engine.PackPrecompiler;
import io.meshgov.policy.RulePack;
import java.io.IOException;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * Compiles a rule pack ahead, when the pack's own jar is built, so that an engine loads its executable model in
 * milliseconds instead of compiling its rule files in seconds. A council's or a domain's Maven build runs it after
 * its resources are copied (phase {@code process-classes}): it checks every rule file as an engine would (a broken
 * rule fails the build at its file and line), then writes the compiled classes and an index
 * ({@value RulePack#PRECOMPILED_INDEX}, beside the DRL) into the build's classes folder. An engine given the same
 * rule files ({@link RulePack#fromClasspath}, or a policy's {@code kbase:} pack) loads them; given other files, it
 * compiles them as usual. See {@code docs/rule-packs.md}.
 *
 * <pre>java -cp CLASSPATH io.meshgov.engine.RulePackCompiler CLASSES_FOLDER PACK_NAME VERSION ROOT</pre>
 */
@API(status = STABLE, since = "0.1.0")
public final class RulePackCompiler {

    private RulePackCompiler() {
    }

    /**
     * {@code CLASSES_FOLDER PACK_NAME VERSION ROOT}: exits 0 when compiled, 1 when a rule file has problems (each
     * printed at its file and line), 2 on wrong arguments.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: RulePackCompiler CLASSES_FOLDER PACK_NAME VERSION ROOT"
                    + " (e.g. target/classes council 1.4.0 com/acme/rules/council)");
            System.exit(2);
        }
        Path output = Path.of(args[0]);
        // Reproducible jars: Drools numbers the bindings it generates as its parallel builders reach them, so two
        // builds of one commit differed in a dozen classes; built by one thread, the classes are the same each time.
        System.getProperties().putIfAbsent("drools.parallelRulesBuildThreshold", "-1");
        System.getProperties().putIfAbsent("drools.parallelLambdaExternalization", "false");
        try {
            int classes = compile(output, args[1], args[2], args[3]);
            System.out.println("meshgov: compiled rule pack '" + args[1] + "' ahead (" + classes + " classes) into " + output);
        } catch (MeshgovException e) {
            System.err.println("meshgov: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Compiles the pack whose rule files are under {@code root} in {@code classesFolder} (where a build copied its
     * resources), and writes its classes and index there; returns how many classes.
     *
     * @throws io.meshgov.RuleCompilationException listing every problem of the pack's rule files
     * @throws io.meshgov.ConfigurationException   when {@code root} holds no rule file
     * @throws IOException                         when the classes cannot be written
     */
    public static int compile(Path classesFolder, String packName, String version, String root) throws IOException {
        return PackPrecompiler.precompile(classesFolder, packName, version, root);
    }
}
