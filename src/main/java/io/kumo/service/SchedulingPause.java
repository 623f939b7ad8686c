package io.kumo.service;

import io.kumo.audit.AuditEntry;
import io.kumo.audit.AuditService;
import io.kumo.common.Observable;
import io.kumo.settings.Settings;
import io.kumo.settings.SettingsService;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pausing all scheduling, one rule for the tray, the window and {@code kumo scheduler}. While paused no task fires on
 * its schedule; runs in progress go on, Run now still starts a run, and fires that fall in the pause are not caught
 * up (resuming schedules every task from that moment). The choice is the setting {@link Settings#SCHEDULER_PAUSED},
 * so it outlives a restart, and its change is audited like every setting; since when and by whom are read back from
 * that audit entry. Write the setting only through here: {@link #state()} is what the engine, the window's banner,
 * the tray and the task lists follow.
 */
public final class SchedulingPause {

    private static final Logger LOG = LoggerFactory.getLogger(SchedulingPause.class);
    private static final String SETTING = "SETTING";

    /**
     * @param since when scheduling was paused; null while running, or when the audit log no longer says
     * @param by    who paused it ({@code user@host}); null while running, or when unknown
     */
    public record State(boolean paused, Instant since, String by) {

        public static final State RUNNING = new State(false, null, null);

        /** "since 2026-03-01T06:00:00Z, by ann@host", as much of it as is known; empty while running. */
        public String sinceAndBy() {
            String when = since == null ? null : "since " + since.truncatedTo(ChronoUnit.SECONDS);
            String who = by == null ? null : "by " + by;
            return when == null ? (who == null ? "" : who) : (who == null ? when : when + ", " + who);
        }

        /** The one line an instance starting paused prints and logs. */
        public String warning() {
            String detail = sinceAndBy();
            return "Scheduling is paused" + (detail.isEmpty() ? "" : " (" + detail + ")")
                    + ": no task runs on schedule. Resume with `kumo scheduler resume`.";
        }
    }

    private final SettingsService settings;
    private final AuditService audit;
    private final Observable<State> state;

    public SchedulingPause(SettingsService settings, AuditService audit) {
        this.settings = settings;
        this.audit = audit;
        this.state = new Observable<>(load());
    }

    /** The current state; listeners are told on the thread that paused or resumed. */
    public Observable<State> state() {
        return state;
    }

    public boolean isPaused() {
        return state.get().paused();
    }

    /** Pauses all scheduling; saved and audited. False (and nothing recorded) when it was paused already. */
    public synchronized boolean pause() {
        return change(true);
    }

    /** Schedules again from now on; saved and audited. False (and nothing recorded) when it was not paused. */
    public synchronized boolean resume() {
        return change(false);
    }

    private boolean change(boolean paused) {
        if (settings.get(Settings.SCHEDULER_PAUSED) == paused) {
            state.set(load());
            return false;
        }
        settings.set(Settings.SCHEDULER_PAUSED, paused);
        State now = load();
        if (paused) {
            LOG.info("Scheduling paused ({})", now.sinceAndBy());
        } else {
            LOG.info("Scheduling resumed");
        }
        state.set(now);
        return true;
    }

    private State load() {
        if (!settings.get(Settings.SCHEDULER_PAUSED)) {
            return State.RUNNING;
        }
        return audit.newestAbout(SETTING, Settings.SCHEDULER_PAUSED.key())
                .filter(SchedulingPause::pausedIt)
                .map(entry -> new State(true, entry.occurredAt(), entry.actor()))
                .orElse(new State(true, null, null));
    }

    private static boolean pausedIt(AuditEntry entry) {
        return entry.changes().stream().anyMatch(change -> "true".equals(String.valueOf(change.after())));
    }
}
