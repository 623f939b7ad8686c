package io.kumo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.MisfirePolicy;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** QUEUED runs a stopped Kumo left behind, at the next start (the settable clock stands for the downtime). */
@DisabledOnOs(OS.WINDOWS)
class QueuedRunsAfterRestartTest {

    static final Instant RESTART = Instant.parse("2026-05-04T10:02:00Z");

    @TempDir
    Path dir;
    EngineFixture kumo;

    @BeforeEach
    void open() {
        kumo = new EngineFixture(dir, RESTART);
    }

    @AfterEach
    void close() {
        kumo.close();
    }

    /** A yearly task (its own next fire is far ahead, so the scheduler adds nothing) with a policy. */
    private Task yearlyTask(MisfirePolicy policy) {
        Task task = kumo.cronTask("yearly", "0 0 1 1 *", "true");
        task.setMisfirePolicy(policy);
        return kumo.core.tasks().update(task);
    }

    private Run leftQueued(Task task, TriggerKind kind, long secondsBeforeRestart) {
        Instant at = RESTART.minusSeconds(secondsBeforeRestart);
        return kumo.engine.runs().recordFire(task, kind, at, RunStatus.QUEUED, at.minusMillis(100), null).orElseThrow();
    }

    private RunStatus statusOf(Run run) {
        return kumo.engine.runs().find(run.getId()).orElseThrow().getStatus();
    }

    @Test
    void queuedRunMoreThanTheThresholdLateIsRecordedMissedUnderMisfireSkip() {
        Task task = yearlyTask(MisfirePolicy.SKIP);
        Run late = leftQueued(task, TriggerKind.CRON, 73);

        kumo.engine.prepare();

        Run after = kumo.engine.runs().find(late.getId()).orElseThrow();
        assertThat(after.getStatus()).isEqualTo(RunStatus.MISSED);
        assertThat(after.getStartedAt()).isNull();
        assertThat(after.getError()).contains("misfire policy skip");
    }

    @Test
    void queuedRunWithinTheThresholdStillStartsUnderMisfireSkip() {
        Task task = yearlyTask(MisfirePolicy.SKIP);
        Run late = leftQueued(task, TriggerKind.CRON, 30);

        kumo.engine.prepare();

        assertThat(kumo.awaitStatus(task, RunStatus.SUCCESS).getId()).isEqualTo(late.getId());
    }

    @Test
    void misfireOnceStartsOnlyTheNewestLateQueuedRun() {
        Task task = yearlyTask(MisfirePolicy.ONCE);
        Run older = leftQueued(task, TriggerKind.CRON, 180);
        Run newer = leftQueued(task, TriggerKind.CRON, 120);

        kumo.engine.prepare();

        assertThat(kumo.awaitStatus(task, RunStatus.SUCCESS).getId()).isEqualTo(newer.getId());
        assertThat(statusOf(older)).isEqualTo(RunStatus.MISSED);
    }

    @Test
    void misfireAllStartsEveryLateQueuedRun() {
        Task task = yearlyTask(MisfirePolicy.ALL);
        Run older = leftQueued(task, TriggerKind.CRON, 180);
        Run newer = leftQueued(task, TriggerKind.CRON, 120);

        kumo.engine.prepare();

        kumo.awaitEnded(task, 2);
        assertThat(statusOf(older)).isEqualTo(RunStatus.SUCCESS);
        assertThat(statusOf(newer)).isEqualTo(RunStatus.SUCCESS);
    }

    @Test
    void aRunClaimedForItsSpawnBeforeTheCrashIsNeverStartedAgain() {
        Task task = yearlyTask(MisfirePolicy.ALL);
        Run claimed = leftQueued(task, TriggerKind.CRON, 1);
        kumo.engine.runs().claim(claimed, RESTART.minusSeconds(1)); // then kill -9 before RUNNING reached the disk

        kumo.engine.prepare();

        Run after = kumo.engine.runs().find(claimed.getId()).orElseThrow();
        assertThat(after.getStatus()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(after.getPid()).isNull();
        assertThat(after.getError()).contains("not started again");
    }

    @Test
    void aLateManualRunStartsWhateverTheMisfirePolicy() {
        Task task = yearlyTask(MisfirePolicy.SKIP);
        Run manual = leftQueued(task, TriggerKind.MANUAL, 300);

        kumo.engine.prepare();

        assertThat(kumo.awaitStatus(task, RunStatus.SUCCESS).getId()).isEqualTo(manual.getId());
    }
}
