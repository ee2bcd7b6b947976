package io.meshgov.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meshgov.GeneratedContracts;
import io.meshgov.decision.Decision;
import io.meshgov.decision.Finding;
import io.meshgov.decision.Findings;
import io.meshgov.model.DataContract;
import io.meshgov.policy.RulePack;
import io.meshgov.read.DescriptorFormat;
import io.meshgov.read.DescriptorReader;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

class DecisionProperties {

    private static GovernanceEngine engine;

    @BeforeContainer
    static void buildOnce() {
        engine = GovernanceEngine.builder().rulePack(RulePack.ofDrl("props", """
                package props;
                import io.meshgov.model.DataContract;
                import io.meshgov.model.SchemaProperty;
                global io.meshgov.decision.Findings findings;

                rule "classified" @id("PRP-001") @severity("ERROR")
                when $p : SchemaProperty( classification == null )
                then findings.report($p, "classification", "unclassified");
                end

                rule "typed" @id("PRP-002") @severity("WARNING")
                when $p : SchemaProperty( logicalType == null )
                then findings.report($p, "logicalType", "untyped");
                end

                rule "domain" @id("PRP-003") @severity("ERROR")
                when $c : DataContract( domain == null )
                then findings.report($c, "domain", "no domain");
                end
                """)).build();
    }

    @Provide
    Arbitrary<Map<String, Object>> contracts() {
        return GeneratedContracts.contract();
    }

    /** A finding without its location, which moves when lines are added or reordered. */
    private static String what(Finding finding) {
        return finding.severity() + " " + finding.ruleId() + " " + finding.path() + " " + finding.message();
    }

    private static DataContract read(Map<String, Object> tree) {
        return (DataContract) DescriptorReader.read(GeneratedContracts.toYaml(tree), "c.yaml", DescriptorFormat.YAML);
    }

    @Property(tries = 200)
    void evaluation_isDeterministic(@ForAll("contracts") Map<String, Object> tree) {
        DataContract contract = read(tree);
        assertEquals(engine.evaluate(contract), engine.evaluate(contract));
    }

    @Property(tries = 200)
    void findings_doNotDependOnTheOrderOfPropertiesInTheFile(@ForAll("contracts") Map<String, Object> tree) {
        List<String> original = engine.evaluate(read(tree)).findings().stream().map(DecisionProperties::what).toList();
        List<String> reordered = engine.evaluate(read(GeneratedContracts.withPropertiesReversed(tree))).findings()
                .stream().map(DecisionProperties::what).toList();
        assertEquals(original, reordered);
    }

    @Property(tries = 200)
    @SuppressWarnings("unchecked")
    void fixingWhatAFindingNames_removesThatFinding_andAddsNone(@ForAll("contracts") Map<String, Object> tree) {
        Decision before = engine.evaluate(read(tree));
        for (Map<String, Object> object : (List<Map<String, Object>>) tree.get("schema")) {
            for (Map<String, Object> property : (List<Map<String, Object>>) object.get("properties")) {
                property.putIfAbsent("classification", "internal");
            }
        }
        Decision after = engine.evaluate(read(tree));
        assertTrue(after.findingsOf("PRP-001").isEmpty());
        assertEquals(before.findings().stream().filter(f -> !f.ruleId().equals("PRP-001")).map(DecisionProperties::what)
                .toList(), after.findings().stream().map(DecisionProperties::what).toList());
    }
}
