package io.kumo.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.audit.AuditQuery;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.engine.EngineState;
import io.kumo.settings.Settings;
import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.testkit.MutableClock;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pausing all scheduling on a real core: saved, audited, idempotent, followed by the engine and the next runs. */
class SchedulingPauseTest {

    static final Instant NOON = Instant.parse("2026-05-04T12:00:00Z");

    @TempDir
    Path dir;
    MutableClock clock;
    KumoCore core;

    @BeforeEach
    void open() {
        clock = new MutableClock(NOON);
        core = openCore(dir, clock);
    }

    @AfterEach
    void close() {
        core.close();
    }

    private int settingChanges() {
        return core.audit().query(new AuditQuery(null, null, "SETTINGS_CHANGE", "SETTING", null, 100)).size();
    }

    private Task hourly() {
        Task task = new Task("hourly", "true");
        task.setTriggerType(TriggerType.CRON);
        task.setCronExpression("0 * * * *");
        task.setTimeZone("UTC");
        return core.tasks().create(task);
    }

    @Test
    void pauseIsSavedWithSinceWhenAndByWhomAndOutlivesARestart() {
        assertThat(core.schedulingPause().pause()).isTrue();

        SchedulingPause.State state = core.schedulingPause().state().get();
        assertThat(state).isEqualTo(new SchedulingPause.State(true, NOON, TestCores.ACTOR.name()));
        assertThat(core.settings().get(Settings.SCHEDULER_PAUSED)).isTrue();
        core.close();

        clock.advance(Duration.ofHours(3));
        core = openCore(dir, clock);
        assertThat(core.schedulingPause().state().get()).isEqualTo(new SchedulingPause.State(true, NOON, TestCores.ACTOR.name()));
    }

    @Test
    void pausingTwiceOrResumingWhileRunningChangesAndRecordsNothing() {
        assertThat(core.schedulingPause().resume()).isFalse();
        assertThat(settingChanges()).isZero();

        assertThat(core.schedulingPause().pause()).isTrue();
        clock.advance(Duration.ofMinutes(5));
        assertThat(core.schedulingPause().pause()).isFalse();

        assertThat(settingChanges()).isEqualTo(1);
        assertThat(core.schedulingPause().state().get().since()).isEqualTo(NOON);
    }

    @Test
    void listenersHearEachPauseAndResumeOnce() {
        List<SchedulingPause.State> heard = new CopyOnWriteArrayList<>();
        core.schedulingPause().state().observe(heard::add);

        core.schedulingPause().pause();
        core.schedulingPause().pause();
        core.schedulingPause().resume();

        assertThat(heard).extracting(SchedulingPause.State::paused).containsExactly(false, true, false);
        assertThat(heard.getLast()).isEqualTo(SchedulingPause.State.RUNNING);
    }

    @Test
    void theWarningSaysSinceWhenByWhomAndHowToResume() {
        core.schedulingPause().pause();

        assertThat(core.schedulingPause().state().get().warning()).isEqualTo("Scheduling is paused (since 2026-05-04T12:00:00Z, "
                + "by tester@testhost): no task runs on schedule. Resume with `kumo scheduler resume`.");
        assertThat(new SchedulingPause.State(true, null, null).warning())
                .isEqualTo("Scheduling is paused: no task runs on schedule. Resume with `kumo scheduler resume`.");
    }

    @Test
    void theRunningEngineFollowsPauseAndResume() {
        hourly();
        core.startEngine(new OsProcessLauncher(), Map.of("PATH", "/usr/bin:/bin"));
        assertThat(core.engineStatus().state().get()).isEqualTo(EngineState.RUNNING);

        core.schedulingPause().pause();
        assertThat(core.engineStatus().state().get()).isEqualTo(EngineState.PAUSED);

        core.schedulingPause().resume();
        assertThat(core.engineStatus().state().get()).isEqualTo(EngineState.RUNNING);
    }

    @Test
    void anEngineStartingPausedStaysPausedUntilResumed() {
        core.schedulingPause().pause();

        core.startEngine(new OsProcessLauncher(), Map.of("PATH", "/usr/bin:/bin"));

        assertThat(core.engineStatus().state().get()).isEqualTo(EngineState.PAUSED);
    }

    @Test
    void nextRunIsNoneWhilePausedAndNeverInThePastAfterResume() {
        Task task = hourly();
        core.startEngine(new OsProcessLauncher(), Map.of("PATH", "/usr/bin:/bin"));
        assertThat(core.nextRuns().of(task)).contains(Instant.parse("2026-05-04T13:00:00Z"));

        core.schedulingPause().pause();
        clock.set(Instant.parse("2026-05-04T15:30:00Z")); // the engine's plan (13:00) is long past
        assertThat(core.nextRuns().of(task)).isEmpty();
        assertThat(core.nextRuns().soonest(core.tasks().list())).isEmpty();

        core.schedulingPause().resume();
        assertThat(core.nextRuns().of(task)).contains(Instant.parse("2026-05-04T16:00:00Z"));
        assertThat(core.nextRuns().soonest(core.tasks().list())).map(NextRuns.Upcoming::task).map(Task::getName).contains("hourly");
    }

    @Test
    void aPlanTheEngineHasNotMovedOnYetIsReadAgainFromNow() {
        Task task = hourly();
        NextRuns stale = new NextRuns(core.schedulingPause(), clock, id -> java.util.Optional.of(Instant.parse("2026-05-04T09:00:00Z")));

        assertThat(stale.of(task)).contains(Instant.parse("2026-05-04T13:00:00Z"));
    }

    @Test
    void aListingAnswersEachTasksNextRunAsASingleLookupDoesAndNoneWhilePaused() {
        Task hourly = hourly();
        Task twin = new Task("twin", "true");
        twin.setTriggerType(TriggerType.CRON);
        twin.setCronExpression("0 * * * *");
        twin.setTimeZone("UTC");
        twin = core.tasks().create(twin);
        StoredSchedules schedules = new StoredSchedules();

        NextRuns.Listing listing = core.nextRuns().listing();

        assertThat(listing.of(hourly, schedules.of(hourly).trigger())).isEqualTo(core.nextRuns().of(hourly))
                .contains(Instant.parse("2026-05-04T13:00:00Z"));
        assertThat(listing.of(twin, schedules.of(twin).trigger())).contains(Instant.parse("2026-05-04T13:00:00Z"));
        core.schedulingPause().pause();
        assertThat(core.nextRuns().listing().of(hourly, schedules.of(hourly).trigger())).isEmpty();
    }

    /** The core under test, on H2; {@code PostgresSchedulingPauseTest} opens it on PostgreSQL. */
    KumoCore openCore(Path dataDir, Clock clock) {
        return TestCores.open(dataDir, clock);
    }
}
