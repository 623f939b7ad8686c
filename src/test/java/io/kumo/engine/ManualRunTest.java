package io.kumo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.OverlapPolicy;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Manual runs on a clock that does not move: two in one instant both start; a task's Stop ends all of its runs. */
class ManualRunTest {

    static final Instant T0 = Instant.parse("2026-05-04T10:02:00Z");
    static final String QUICK = "python3 -c \"print('manual')\"";
    static final String SLOW = "python3 -c \"import time; time.sleep(60)\"";

    @TempDir
    Path dir;
    EngineFixture kumo;

    @BeforeEach
    void open() {
        kumo = new EngineFixture(dir, T0); // the clock stays at T0: every runNow below asks for the same instant
        kumo.engine.prepare();
    }

    @AfterEach
    void close() {
        kumo.close();
    }

    private Task task(String name, String command, OverlapPolicy overlap) {
        Task task = new Task(name, command);
        task.setOverlapPolicy(overlap);
        return kumo.core.tasks().create(task);
    }

    @Test
    void twoManualRunsInTheSameInstantBothStart() {
        Task task = task("twice", QUICK, OverlapPolicy.ALLOW);

        Run first = kumo.engine.runNow(task);
        Run second = kumo.engine.runNow(task); // the (task, instant) key is taken: the next millisecond, not a refusal

        assertThat(second.getId()).isNotEqualTo(first.getId());
        assertThat(first.getScheduledFor()).isEqualTo(T0);
        assertThat(second.getScheduledFor()).isEqualTo(T0.plusMillis(1));
        assertThat(kumo.awaitEnded(task, 2)).isNotNull();
        assertThat(kumo.runsOf(task)).extracting(Run::getStatus).containsExactly(RunStatus.SUCCESS, RunStatus.SUCCESS);
    }

    @Test
    void aManualRunAtTheInstantOfAScheduledFireStillStarts() {
        Task task = task("beside-a-fire", QUICK, OverlapPolicy.ALLOW);
        assertThat(kumo.engine.runs().recordFire(task, io.kumo.domain.TriggerKind.CRON, T0, RunStatus.SKIPPED, T0, "taken"))
                .isPresent();

        assertThat(kumo.engine.runNow(task).getScheduledFor()).isEqualTo(T0.plusMillis(1));
    }

    @Test
    void stopTaskStopsTheRunningRunAndCancelsTheWaitingOneOfThatTaskOnly() {
        Task task = task("slow", SLOW, OverlapPolicy.QUEUE);
        Task other = task("other", SLOW, OverlapPolicy.ALLOW);
        Run running = kumo.engine.runNow(task);
        kumo.awaitRun(() -> kumo.runsOf(task), run -> run.getStatus() == RunStatus.RUNNING, "slow RUNNING");
        Run waiting = kumo.engine.runNow(task);
        assertThat(waiting.getStatus()).isEqualTo(RunStatus.QUEUED);
        Run untouched = kumo.engine.runNow(other);
        kumo.awaitRun(() -> kumo.runsOf(other), run -> run.getStatus() == RunStatus.RUNNING, "other RUNNING");

        List<Long> stopped = kumo.engine.stopTask(task.getId());

        assertThat(stopped).containsExactlyInAnyOrder(running.getId(), waiting.getId());
        kumo.awaitEnded(task, 2);
        assertThat(kumo.runsOf(task)).extracting(Run::getStatus).containsOnly(RunStatus.STOPPED);
        assertThat(kumo.engine.runs().find(untouched.getId()).orElseThrow().getStatus()).isEqualTo(RunStatus.RUNNING);
        assertThat(kumo.engine.stopTask(task.getId())).isEmpty();
        kumo.engine.stopTask(other.getId());
    }
}
