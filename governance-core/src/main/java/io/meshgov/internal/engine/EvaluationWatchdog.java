package io.meshgov.internal.engine;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.runtime.KieSession;

/**
 * Stops evaluations that outlive their time budget while a consequence waits (a sleep, a blocking call), where the
 * firing count cannot see it: one daemon thread looks at the running evaluations a few times a second, halts the
 * overdue ones' sessions and interrupts their threads. Watching costs an evaluation one entry in a concurrent set.
 *
 * <p>The interrupt is the watchdog's own: an evaluation that finishes just as it is stopped clears the flag before
 * returning, so it never leaks into the caller's code.
 */
final class EvaluationWatchdog {

    private static final long TICK_MILLIS = 20;
    private static final int RUNNING = 0;
    private static final int DONE = 1;
    private static final int STOPPING = 2;
    private static final int STOPPED = 3;
    private static final EvaluationWatchdog INSTANCE = new EvaluationWatchdog();

    private final Set<Watch> running = ConcurrentHashMap.newKeySet();
    /** The watching thread; started again by the next evaluation should it ever end. */
    private volatile Thread thread;

    /** One evaluation under watch. */
    static final class Watch {
        private final KieSession session;
        private final Thread thread;
        private final long deadline;
        private final AtomicInteger state = new AtomicInteger(RUNNING);

        private Watch(KieSession session, Thread thread, long deadline) {
            this.session = session;
            this.thread = thread;
            this.deadline = deadline;
        }

        /** Ends the watch; whether the watchdog had stopped the evaluation (its interrupt is then cleared). */
        boolean finish() {
            INSTANCE.running.remove(this);
            if (state.compareAndSet(RUNNING, DONE)) {
                return false;
            }
            while (state.get() != STOPPED) {
                Thread.onSpinWait();
            }
            Thread.interrupted();
            return true;
        }

        boolean stopped() {
            return state.get() >= STOPPING;
        }

        private void stopIfOverdue(long now) {
            if (now - deadline >= 0 && state.compareAndSet(RUNNING, STOPPING)) {
                try {
                    session.halt();
                    thread.interrupt();
                } finally {
                    state.set(STOPPED);
                }
            }
        }
    }

    private EvaluationWatchdog() {
        start();
    }

    private synchronized void start() {
        if (thread != null && thread.isAlive()) {
            return;
        }
        Thread watching = new Thread(this::watch, "meshgov-evaluation-watchdog");
        watching.setDaemon(true);
        watching.start();
        thread = watching;
    }

    /** Watches the evaluation that the current thread is about to run in {@code session}, until {@code deadline}. */
    static Watch watch(KieSession session, long deadline) {
        Thread watching = INSTANCE.thread;
        if (watching == null || !watching.isAlive()) {
            INSTANCE.start();
        }
        Watch watch = new Watch(session, Thread.currentThread(), deadline);
        INSTANCE.running.add(watch);
        return watch;
    }

    /**
     * Looks at the running evaluations until the JVM ends. Nothing here may end the thread: when another evaluation
     * exhausts the memory, a tick that cannot allocate is skipped, and the next one goes on.
     */
    private void watch() {
        while (true) {
            try {
                Thread.sleep(TICK_MILLIS);
                long now = System.nanoTime();
                for (Watch watch : running) {
                    watch.stopIfOverdue(now);
                }
            } catch (InterruptedException e) {
                // only the JVM's end interrupts a daemon no one else knows; keep watching until then
            } catch (OutOfMemoryError | RuntimeException e) {
                // skip this tick; the evaluation that exhausted the memory is stopped by its own thread's failure
            }
        }
    }
}
