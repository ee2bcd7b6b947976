package io.meshgov.examples;

import io.meshgov.batch.BatchEvaluator;
import io.meshgov.batch.BatchResult;
import io.meshgov.decision.Decision;
import io.meshgov.decision.Finding;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.policy.WaiverStatus;
import io.meshgov.read.PolicyReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Federated governance: the council's standard for every domain, payments stricter than the council, logistics
 * with a temporary, owned waiver — all in one policy file ({@code federated/governance.yaml}). Prints each
 * decision with the one-line answer to "why was I blocked?" (or not), then the waivers that need attention.
 *
 * <p>The date is fixed so the output does not drift: pass another ({@code 2027-01-01}) to see the staged
 * roll-out of META-004 come into force.
 */
public final class FederatedGovernanceExample {

    private FederatedGovernanceExample() {
    }

    public static void main(String[] args) throws IOException {
        Path policyFile = Path.of(args.length > 0 ? args[0] : "governance-examples/federated/governance.yaml");
        Path descriptors = Path.of(args.length > 1 ? args[1] : "governance-examples/descriptors");
        LocalDate date = LocalDate.parse(args.length > 2 ? args[2] : "2026-12-01");

        GovernanceEngine engine = GovernanceEngine.builder()
                .policy(PolicyReader.read(policyFile))
                .clock(Clock.fixed(date.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
                .build();
        BatchResult batch = BatchEvaluator.of(engine).evaluateAll(PublishGateExample.descriptorFiles(descriptors));

        System.out.println("Judged on " + date + " by policy " + engine.policy().name() + " " + engine.policy().version());
        for (Decision decision : batch.decisions()) {
            System.out.println(decision.source() + ": " + decision.outcome() + "  (rule packs: "
                    + String.join(", ", decision.rulePacks()) + ")");
            for (Finding finding : decision.findings()) {
                if (!finding.isInformational()) {
                    System.out.println("  " + finding.ruleId() + " " + finding.path() + ": " + finding.message());
                    System.out.println("      " + finding.why());
                }
            }
        }
        for (WaiverStatus status : batch.waiversNeedingAttention()) {
            System.out.println("attention: " + status);
        }
    }
}
