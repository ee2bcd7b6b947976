package io.meshgov.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.meshgov.conventions.Conventions;
import io.meshgov.policy.Baseline;
import io.meshgov.policy.EvaluationLimits;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Each setting of an engine builder is given once: a second call, which would silently undo the first, throws and
 * names both values.
 */
class BuilderSettingsTest {

    private static String conflict(UnaryOperator<GovernanceEngine.Builder> twice) {
        return assertThrows(IllegalStateException.class, () -> twice.apply(GovernanceEngine.builder())).getMessage();
    }

    @Test
    void theClock_isSetOnce() {
        Clock first = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        Clock second = Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC);
        assertEquals("clock is already set (to FixedClock[2026-01-01T00:00:00Z,Z]); set it once, to"
                + " FixedClock[2027-01-01T00:00:00Z,Z] or to the earlier value",
                conflict(builder -> builder.clock(first).clock(second)));
    }

    @Test
    void theConventions_areSetOnce() {
        assertEquals("conventions", conflict(builder -> builder.conventions(Conventions.defaults())
                .conventions(Conventions.defaults())).split(" ")[0]);
    }

    @Test
    void theBaseline_isSetOnce() {
        assertEquals("baseline", conflict(builder -> builder.baseline(Baseline.empty()).baseline(Baseline.empty()))
                .split(" ")[0]);
    }

    @Test
    void theClassLoader_isSetOnce() {
        ClassLoader loader = BuilderSettingsTest.class.getClassLoader();
        assertEquals("classLoader", conflict(builder -> builder.classLoader(loader).classLoader(loader)).split(" ")[0]);
    }

    @Test
    void theEvaluationLimits_areSetOnce() {
        assertEquals("evaluationLimits", conflict(builder -> builder.evaluationLimits(EvaluationLimits.defaults())
                .evaluationLimits(EvaluationLimits.defaults())).split(" ")[0]);
    }
}
