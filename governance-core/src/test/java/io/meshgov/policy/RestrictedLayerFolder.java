package io.meshgov.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A policy folder with a trusted council layer (one rule, OWN-001) and a restricted layer for the logistics domain
 * whose pack is the DRL a test gives: what the tests of the restricted rule language build their engines from.
 */
final class RestrictedLayerFolder {

    private RestrictedLayerFolder() {
    }

    /** Writes the two packs and {@code governance.yaml} into {@code folder}; the policy file. */
    static Path write(Path folder, String domainDrl) throws IOException {
        Files.createDirectories(folder.resolve("council"));
        Files.writeString(folder.resolve("council/council.drl"), """
                package council;
                import io.meshgov.model.DataContract;
                global io.meshgov.decision.Findings findings;
                rule "OWN-001" @id("OWN-001") @severity("ERROR")
                when $c : DataContract( domain == null ) then findings.report($c, "domain", "no domain");
                end
                """);
        Files.createDirectories(folder.resolve("logistics"));
        Files.writeString(folder.resolve("logistics/domain.drl"), domainDrl);
        return Files.writeString(folder.resolve("governance.yaml"), """
                policy: p
                layers:
                  - name: council
                    trusted: true
                    packs: [{folder: council}]
                  - name: logistics
                    extends: council
                    domain: logistics
                    packs: [{folder: logistics}]
                """);
    }
}
