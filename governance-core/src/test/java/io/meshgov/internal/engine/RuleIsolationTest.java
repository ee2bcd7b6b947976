package io.meshgov.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.meshgov.policy.RuleFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When the compiler crashes instead of reporting, compiling rule by rule finds the culprit. */
class RuleIsolationTest {

    @Test
    void theRuleThatCrashesTheCompiler_isNamedWithItsLine() {
        String drl = """
                package broken;
                import io.meshgov.model.SlaProperty;
                rule "fine" @id("BRK-001") @severity("INFO")
                when SlaProperty( value == null ) then
                end
                rule "units" @id("BRK-002") @severity("INFO")
                when SlaProperty( unit == null ) then
                end
                """;
        DrlChecker.Result checked = DrlChecker.check(new RuleFile("broken.drl", drl), "broken",
                getClass().getClassLoader());
        assertEquals("broken.drl:6:1: rule \"units\": the Drools compiler cannot read this rule (boom); check its"
                + " constraints: a field named like a DRL keyword (such as unit) cannot be read by name; use a method"
                + " of the fact instead", RuleIsolation.locate(List.of(checked), new IllegalStateException("boom"),
                getClass().getClassLoader()).toString());
    }
}
