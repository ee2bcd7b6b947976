package io.meshgov.internal.engine;

import io.meshgov.policy.RulePack;
import java.util.List;
import org.drools.model.Model;

/**
 * One rule pack, compiled: its executable model, ready to be combined with other packs' into a knowledge base
 * without compiling any of them again, and the catalog of its rules.
 *
 * @param compiledNow whether its rule files were compiled for this engine, rather than loaded as compiled ahead
 */
record CompiledPack(RulePack pack, List<Model> models, RuleCatalog catalog, boolean compiledNow) {

    CompiledPack {
        models = List.copyOf(models);
    }
}
