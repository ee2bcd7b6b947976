package io.meshgov.internal.engine;

import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Tells the evaluation's {@link FindingCollector} which rule is about to fire, so rule authors write
 * {@code findings.report($p, "field", "message")} without passing the rule context. Stateless itself: the
 * collector is read from the firing session's globals, so one listener serves every thread. When the collector
 * says the evaluation is past its firing limit, the session is halted: the rule about to fire is the last.
 */
final class CurrentRuleListener extends DefaultAgendaEventListener {

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        Object global = event.getKieRuntime().getGlobal(DrlChecker.FINDINGS_GLOBAL);
        if (global instanceof FindingCollector collector && collector.enterRule(event.getMatch().getRule())) {
            event.getKieRuntime().halt();
        }
    }
}
