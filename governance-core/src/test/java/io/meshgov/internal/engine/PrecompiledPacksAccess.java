package io.meshgov.internal.engine;

import io.meshgov.policy.RulePack;

/** Lets tests in other packages compute the fingerprint a precompiled index records. */
public final class PrecompiledPacksAccess {

    private PrecompiledPacksAccess() {
    }

    public static String fingerprint(RulePack pack) {
        return RuleSetCompiler.packFingerprint(pack);
    }
}
