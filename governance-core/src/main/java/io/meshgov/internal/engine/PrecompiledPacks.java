package io.meshgov.internal.engine;

import io.meshgov.engine.RulePack;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a rule pack compiled at build time (see {@link PackPrecompiler}): compiling the standard pack at run time
 * takes seconds, loading its executable model a few hundred milliseconds. The index records the fingerprint of the
 * DRL it was compiled from; a pack whose files differ, or whose index cannot be used, is compiled as usual.
 */
final class PrecompiledPacks {

    static final String FINGERPRINT = "fingerprint";
    static final String MODELS = "models";
    private static final Logger LOG = LoggerFactory.getLogger(PrecompiledPacks.class);

    private PrecompiledPacks() {
    }

    /** The pack's knowledge base from its precompiled model, or {@code null} when it must be compiled. */
    static KieBase load(RulePack pack, ClassLoader classLoader) {
        if (pack.precompiled().isEmpty()) {
            return null;
        }
        Properties index = new Properties();
        try (InputStream in = classLoader.getResourceAsStream(pack.precompiled())) {
            if (in == null) {
                return null;
            }
            index.load(in);
        } catch (IOException e) {
            LOG.warn("{}: cannot be read, compiling the pack instead: {}", pack.precompiled(), e.getMessage());
            return null;
        }
        if (!RuleSetCompiler.packFingerprint(pack).equals(index.getProperty(FINGERPRINT))) {
            LOG.info("{}: compiled from other rule files, compiling the pack instead", pack.precompiled());
            return null;
        }
        try {
            List<Model> models = new ArrayList<>();
            for (String name : index.getProperty(MODELS, "").split(",")) {
                if (!name.isBlank()) {
                    models.add((Model) Class.forName(name.strip(), true, classLoader).getDeclaredConstructor()
                            .newInstance());
                }
            }
            return models.isEmpty() ? null : KieBaseBuilder.createKieBaseFromModel(models);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            LOG.warn("{}: cannot be loaded, compiling the pack instead: {}", pack.precompiled(), e.toString());
            return null;
        }
    }
}
