package io.meshgov.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.Problem;
import io.meshgov.RuleCompilationException;
import io.meshgov.decision.Decision;
import io.meshgov.engine.GovernanceEngine;
import io.meshgov.read.DescriptorFormat;
import io.meshgov.read.DescriptorReader;
import io.meshgov.read.PolicyReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The restricted rule language, generated: rules written in it compile and their evaluations end with a complete
 * decision; the same rules with one construct from outside it are refused at build, located in the domain's file.
 */
class RestrictedLanguageProperties {

    private static final String HEADER = """
            package logistics;
            import io.meshgov.model.DataContract;
            import io.meshgov.model.TeamMember;
            import io.meshgov.model.SchemaProperty;
            global io.meshgov.decision.Findings findings;
            """;

    @Provide
    Arbitrary<String> constraints() {
        return Arbitraries.of("domain == \"logistics\"", "version != null", "id.startsWith(\"or\")",
                "name != null && name.length() > 3", "status in (\"active\", \"draft\")", "!id.contains(\"x\")");
    }

    @Provide
    Arbitrary<String> rules() {
        Arbitrary<String> extra = Arbitraries.of("", "not TeamMember( role == \"owner\" )",
                "exists SchemaProperty( classification == null )", "$p : SchemaProperty( name.endsWith(\"_id\") )");
        return Combinators.combine(constraints(), constraints(), extra).as((first, second, more) -> """
                rule "LOG-001 generated"
                    @id("LOG-001") @severity("WARNING")
                when
                    $c : DataContract( %s, %s )
                    %s
                then
                    findings.report($c, "id", "seen");
                end
                """.formatted(first, second, more));
    }

    @Provide
    Arbitrary<String> outside() {
        return Arbitraries.of("while (true) { }", "for (;;) { }", "synchronized (findings) { }", "System.exit(1);",
                "new java.io.File(\"x\").delete();", "java.util.stream.IntStream.range(0, 9).parallel().sum();",
                "String s = $c.id().replaceAll(\"a\", \"b\");", "java.math.BigInteger.TEN.pow(9);");
    }

    private static Path policy(Path folder, String domainDrl) throws IOException {
        return RestrictedLayerFolder.write(folder, HEADER + domainDrl);
    }

    @Property(tries = 12)
    void rulesOfTheLanguage_compile_andEndWithACompleteDecision(@ForAll("rules") String rule) throws IOException {
        Path folder = Files.createTempDirectory("restricted");
        try {
            GovernanceEngine engine = GovernanceEngine.builder().policy(PolicyReader.read(policy(folder, rule))).build();
            Decision decision = engine.evaluate(DescriptorReader.read("apiVersion: v3.1.0\nkind: DataContract\n"
                    + "id: orders\nname: orders\nversion: 1.0.0\nstatus: active\ndomain: logistics\nschema:\n"
                    + "  - name: orders\n    properties:\n      - name: order_id\n", "orders.yaml", DescriptorFormat.YAML));
            assertTrue(decision.isComplete(), decision.toString());
        } finally {
            delete(folder);
        }
    }

    @Property(tries = 12)
    void oneConstructFromOutside_isRefusedAtBuild_located(@ForAll("rules") String rule, @ForAll("outside") String attack)
            throws IOException {
        Path folder = Files.createTempDirectory("restricted");
        try {
            String mutated = rule.replace("findings.report($c, \"id\", \"seen\");", attack);
            Path policy = policy(folder, mutated);
            RuleCompilationException refused = assertThrows(RuleCompilationException.class,
                    () -> GovernanceEngine.builder().policy(PolicyReader.read(policy)).build());
            assertEquals(Problem.Code.POLICY, refused.problems().get(0).code(), "the layer is told first");
            assertTrue(refused.problems().size() > 1, refused.problems().toString());
            for (Problem problem : refused.problems().subList(1, refused.problems().size())) {
                assertEquals(Problem.Code.RULE_RESTRICTED, problem.code(), problem.toString());
                assertTrue(problem.location().source().endsWith("domain.drl"), problem.toString());
            }
        } finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
