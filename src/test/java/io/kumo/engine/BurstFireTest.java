package io.kumo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.settings.Settings;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many tasks on one cron minute: handed over together, each fire recorded and started exactly once, by priority. */
class BurstFireTest {

    static final Instant T0 = Instant.parse("2026-05-04T10:02:30Z");
    static final Instant MINUTE = Instant.parse("2026-05-04T10:03:00Z");

    @TempDir
    Path dir;
    EngineFixture kumo;

    @BeforeEach
    void open() {
        kumo = new EngineFixture(dir, T0);
    }

    @AfterEach
    void close() {
        kumo.close();
    }

    private List<Task> cronTasks(int count) {
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tasks.add(kumo.cronTask("burst-" + i, "* * * * *", "true"));
        }
        return tasks;
    }

    private void tickUntilTheMinuteIsPast() {
        kumo.tickAt(MINUTE.minus(FireScheduler.lead(1)));
        kumo.tickAt(MINUTE.minusMillis(1));
        kumo.tickAt(MINUTE);
        kumo.tickAt(MINUTE.plusMillis(500));
    }

    @Test
    void everyTaskOnOneMinuteIsRecordedAndStartedOnceForIt() {
        List<Task> tasks = cronTasks(30);
        kumo.engine.prepare();

        kumo.tickAt(MINUTE.minus(FireScheduler.lead(30)));
        tickUntilTheMinuteIsPast();

        for (Task task : tasks) {
            kumo.awaitStatus(task, RunStatus.SUCCESS);
            assertThat(kumo.runsOf(task)).as(task.getName()).singleElement().satisfies(run -> {
                assertThat(run.getScheduledFor()).isEqualTo(MINUTE);
                assertThat(run.getTriggerKind()).isEqualTo(TriggerKind.CRON);
            });
            assertThat(kumo.core.tasks().findById(task.getId()).orElseThrow().getLastFiredAt()).isEqualTo(MINUTE);
        }
    }

    @Test
    void aBurstMeetingAFireRecordedAlreadyStillRecordsEveryOtherFireOnce() {
        List<Task> tasks = cronTasks(5);
        kumo.engine.prepare();
        Task recordedBefore = tasks.get(2);
        kumo.engine.runs().recordFire(recordedBefore, TriggerKind.CRON, MINUTE, RunStatus.SKIPPED, T0, "recorded before the burst");

        kumo.tickAt(MINUTE.minus(FireScheduler.lead(5)));
        tickUntilTheMinuteIsPast();

        for (Task task : tasks) {
            if (task != recordedBefore) {
                kumo.awaitStatus(task, RunStatus.SUCCESS);
            }
        }
        for (Task task : tasks) {
            assertThat(kumo.runsOf(task)).as(task.getName()).singleElement().extracting(Run::getScheduledFor).isEqualTo(MINUTE);
        }
        assertThat(kumo.runsOf(recordedBefore).getFirst().getStatus()).isEqualTo(RunStatus.SKIPPED);
    }

    @Test
    void aBurstBehindTheConcurrencyLimitStartsByPriorityNotByTaskOrder() throws InterruptedException {
        kumo.core.settings().set(Settings.MAX_CONCURRENT_RUNS, 1);
        List<Task> tasks = cronTasks(3); // created low, normal, high: the first one must not jump the queue
        setPriority(tasks.get(0), 0);
        setPriority(tasks.get(2), 2);
        List<String> started = new CopyOnWriteArrayList<>();
        CountDownLatch allStarted = new CountDownLatch(3);
        kumo.engine.addListener(run -> {
            if (run.getStatus() == RunStatus.RUNNING) {
                started.add(run.getTaskName());
                allStarted.countDown();
            }
        });
        kumo.engine.prepare();

        kumo.tickAt(MINUTE.minus(FireScheduler.lead(3)));
        tickUntilTheMinuteIsPast();

        kumo.awaitStatus(tasks.get(0), RunStatus.SUCCESS);
        // the listener hears of a change just after it is on disk: the last RUNNING may come after the SUCCESS is read
        assertThat(allStarted.await(10, TimeUnit.SECONDS)).as("three runs started").isTrue();
        assertThat(started).containsExactly("burst-2", "burst-1", "burst-0");
    }

    private void setPriority(Task task, int priority) {
        task.setPriority(priority);
        kumo.core.tasks().update(task);
    }
}
