package io.kumo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.MisfirePolicy;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.supervisor.ProcessLauncher;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fires that are due together when Kumo resumes (a stall, a suspend, a restart) are coalesced by the task's misfire
 * policy, and the fires not run are one MISSED entry for the whole gap (the tester's repros: a 1-s task held up 40 s
 * left ~40 SKIPPED runs, a 10-s task closed 8 minutes left 62 MISSED rows).
 */
@DisabledOnOs(OS.WINDOWS)
class CatchUpTest {

    static final Instant T0 = Instant.parse("2026-05-04T10:02:00Z");

    @TempDir
    Path dir;
    EngineFixture kumo;

    @AfterEach
    void close() {
        if (kumo != null) {
            kumo.close();
        }
    }

    private Task oneSecondTaskThatRanOnce(MisfirePolicy policy) {
        kumo = new EngineFixture(dir, T0);
        Task task = kumo.intervalTask("tick", Duration.ofSeconds(1), "true");
        task.setMisfirePolicy(policy);
        kumo.core.tasks().update(task);
        kumo.engine.prepare();
        kumo.tickAt(T0.plusSeconds(1));
        kumo.awaitStatus(task, RunStatus.SUCCESS);
        return task;
    }

    @Test
    void aOneSecondTaskHeldUpFortySecondsRunsOneCatchUpAndRecordsOneGap() {
        Task task = oneSecondTaskThatRanOnce(MisfirePolicy.ONCE);

        kumo.tickAt(T0.plusSeconds(41)); // the engine was held up (stall, suspend) for 40 s

        kumo.awaitEnded(task, 3);
        List<Run> runs = kumo.runsOf(task);
        assertThat(runs).extracting(Run::getTriggerKind)
                .containsExactly(TriggerKind.INTERVAL, TriggerKind.INTERVAL, TriggerKind.CATCHUP);
        Run gap = runs.get(1);
        assertThat(gap.getStatus()).isEqualTo(RunStatus.MISSED);
        assertThat(gap.getMissedFires()).isEqualTo(39);
        assertThat(gap.getScheduledFor()).isEqualTo(T0.plusSeconds(2));
        assertThat(gap.getMissedUntil()).isEqualTo(T0.plusSeconds(40));
        assertThat(gap.getError()).startsWith("missed 39 fires between ");
        assertThat(runs.get(2).getScheduledFor()).isEqualTo(T0.plusSeconds(41));
        assertThat(kumo.engine.nextFire(task.getId())).contains(T0.plusSeconds(42));
    }

    @Test
    void skipRunsNoCatchUpAfterAStall() {
        Task task = oneSecondTaskThatRanOnce(MisfirePolicy.SKIP);

        kumo.tickAt(T0.plusSeconds(41));

        List<Run> runs = kumo.runsOf(task);
        assertThat(runs).extracting(Run::getStatus).containsExactly(RunStatus.SUCCESS, RunStatus.MISSED);
        assertThat(runs.getLast().getMissedFires()).isEqualTo(40);
        assertThat(runs.getLast().getMissedUntil()).isEqualTo(T0.plusSeconds(41));
        assertThat(kumo.engine.nextFire(task.getId())).contains(T0.plusSeconds(42));
    }

    @Test
    void aTenSecondTaskClosedEightMinutesLeavesOneMissedEntryAndOneCatchUpAtTheNextStart() {
        kumo = new EngineFixture(dir, T0);
        Task task = kumo.intervalTask("every-ten", Duration.ofSeconds(10), "true");
        kumo.engine.prepare();
        kumo.tickAt(T0.plusSeconds(10));
        kumo.awaitStatus(task, RunStatus.SUCCESS);
        kumo.close();

        Instant reopened = T0.plusSeconds(10).plus(Duration.ofMinutes(8)).plusSeconds(5);
        kumo = new EngineFixture(dir, reopened);
        kumo.engine.prepare();
        kumo.tickAt(reopened);

        kumo.awaitEnded(task, 3);
        List<Run> runs = kumo.runsOf(task);
        assertThat(runs).extracting(Run::getStatus).containsExactly(RunStatus.SUCCESS, RunStatus.MISSED, RunStatus.SUCCESS);
        Run gap = runs.get(1);
        assertThat(gap.getMissedFires()).isEqualTo(47);
        assertThat(gap.getScheduledFor()).isEqualTo(T0.plusSeconds(20));
        assertThat(gap.getMissedUntil()).isEqualTo(T0.plusSeconds(480));
        assertThat(runs.getLast().getTriggerKind()).isEqualTo(TriggerKind.CATCHUP);
        assertThat(runs.getLast().getScheduledFor()).isEqualTo(T0.plusSeconds(490));
    }

    @Test
    void allRunsAtMostAHundredCatchUpsAndCountsTheOlderFiresInOneEntry() {
        ProcessLauncher refusing = spec -> {
            throw new IOException("not started in this test");
        };
        kumo = new EngineFixture(dir, T0, refusing);
        Task task = kumo.cronTask("every-minute", "* * * * *", "true");
        task.setMisfirePolicy(MisfirePolicy.ALL);
        kumo.core.tasks().update(task);
        kumo.engine.prepare();

        kumo.tickAt(Instant.parse("2026-05-04T12:00:30Z")); // slept from 10:02 to 12:00:30: 118 fires

        List<Run> runs = kumo.runsOf(task);
        assertThat(runs).filteredOn(run -> run.getTriggerKind() == TriggerKind.CATCHUP).hasSize(Engine.MISSED_KEPT);
        List<Run> missed = runs.stream().filter(run -> run.getStatus() == RunStatus.MISSED).toList();
        assertThat(missed).hasSize(1);
        assertThat(missed.getFirst().getMissedFires()).isEqualTo(18);
        assertThat(missed.getFirst().getScheduledFor()).isEqualTo(Instant.parse("2026-05-04T10:03:00Z"));
        assertThat(missed.getFirst().getMissedUntil()).isEqualTo(Instant.parse("2026-05-04T10:20:00Z"));
    }
}
