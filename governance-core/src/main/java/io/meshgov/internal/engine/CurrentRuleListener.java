package io.meshgov.internal.engine;

import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Tells the evaluation's {@link FindingCollector} which rule is about to fire, so rule authors write
 * {@code findings.report($p, "field", "message")} without passing the rule context. Stateless itself: the
 * collector is the one of the evaluation the firing thread runs ({@link #CURRENT}), so one listener serves every
 * thread. When the collector says the evaluation is past its firing limit, the session is halted: the rule about to
 * fire is the last.
 */
final class CurrentRuleListener extends DefaultAgendaEventListener {

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        FindingCollector collector = CURRENT.get();
        if (collector == null) {
            return;
        }
        if (collector.enterRule(event.getMatch().getRule())) {
            event.getKieRuntime().halt();
        }
        String stop = collector.pastMemoryBudget();
        if (stop != null) {
            throw new EvaluationStopped(stop);
        }
    }

    /** The evaluation the current thread runs, for the listeners that count its facts and memory. */
    static final ThreadLocal<FindingCollector> CURRENT = new ThreadLocal<>();

    /** Counts the facts rules insert, and the memory they take, stopping the evaluation past either limit. */
    static final class Inserts extends org.kie.api.event.rule.DefaultRuleRuntimeEventListener {
        @Override
        public void objectInserted(org.kie.api.event.rule.ObjectInsertedEvent event) {
            FindingCollector collector = CURRENT.get();
            String stop = collector == null ? null : collector.inserted();
            if (stop != null) {
                throw new EvaluationStopped(stop);
            }
        }
    }

    /** Thrown into the rule that crossed a limit; the compartment turns it into an incomplete decision. */
    static final class EvaluationStopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EvaluationStopped(String why) {
            super(why, null, false, false);
        }
    }
}
