package io.kumo.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.domain.TriggerType;
import io.kumo.storage.StoreException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task that validation would refuse today but an older Kumo stored (inserted straight into the table here) is
 * skipped with a log line; it never keeps the engine from starting nor the other tasks from firing.
 */
class PoisonedTaskTest {

    static final Instant T0 = Instant.parse("2026-05-04T10:02:00Z");
    /** {@code --every 1000000000000w}, as an older Kumo stored it: its milliseconds overflow a long. */
    static final long OVERFLOWING_SECONDS = 1_000_000_000_000L * 7 * 86_400;

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

    private Task insertPoisoned(String name, Instant anchor) {
        Task task = new Task(name, "python3 -c pass");
        task.setTriggerType(TriggerType.INTERVAL);
        task.setIntervalSeconds(OVERFLOWING_SECONDS);
        task.setAnchorAt(anchor);
        task.setCreatedAt(T0.minusSeconds(3600));
        task.setUpdatedAt(T0.minusSeconds(3600));
        StoreException.unchecked(() -> kumo.core.database().tasks().create(task));
        return task;
    }

    private Task insertDaily(String name, String command, java.util.function.Consumer<Task> poison) {
        Task task = new Task(name, command);
        task.setTriggerType(TriggerType.INTERVAL);
        task.setIntervalSeconds(86_400L);
        task.setAnchorAt(T0);
        task.setCreatedAt(T0.minusSeconds(3600));
        task.setUpdatedAt(T0.minusSeconds(3600));
        poison.accept(task);
        StoreException.unchecked(() -> kumo.core.database().tasks().create(task));
        return task;
    }

    @Test
    void aStoredRetryDelayTooBigForTheDatabaseIsCappedAtADayAndTheRetryIsRecorded() {
        Task task = insertDaily("retried", "false", poisoned -> {
            poisoned.setRetries(2);
            poisoned.setRetryDelaySeconds(9_999_999_999_999_999L); // its instant does not fit in epoch milliseconds
        });
        kumo.engine.prepare();

        kumo.engine.runNow(task);

        Run failed = kumo.awaitStatus(task, RunStatus.FAILED);
        Run retry = kumo.awaitRun(() -> kumo.runsOf(task), run -> run.getTriggerKind() == TriggerKind.RETRY, "the retry");
        assertThat(retry.getScheduledFor()).isEqualTo(failed.getEndedAt().plus(Duration.ofDays(1)));
    }

    @Test
    void aStoredHugeRetryCountStopsAtTheLimitOfAHundred() {
        Task task = new Task("t", "false");
        task.setRetries(Integer.MAX_VALUE);
        task.setRetryDelaySeconds(0);

        assertThat(Engine.retriesAllowed(task)).isEqualTo(100);
    }

    @Test
    void aStoredTimeoutOfLongMaxSecondsDoesNotKeepTheRunFromEnding() {
        Task task = insertDaily("patient", "true", poisoned -> poisoned.setTimeoutSeconds(Long.MAX_VALUE));
        kumo.engine.prepare();

        kumo.engine.runNow(task);

        kumo.awaitStatus(task, RunStatus.SUCCESS);
    }

    @Test
    void aStoredPolicyThisKumoDoesNotKnowKeepsNeitherTheEngineNorTheOtherTasksFromStarting() {
        Task odd = insertDaily("aaa-newer", "true", task -> { });
        StoreException.unchecked(() -> kumo.core.database().tasks().executeRaw(
                "UPDATE tasks SET misfire_policy = 'SOMETIMES' WHERE id = " + odd.getId())); // a newer Kumo's value
        Task good = kumo.cronTask("zzz-good", "*/5 * * * *", "python3 -c pass");

        assertThatCode(kumo.engine::prepare).doesNotThrowAnyException();

        assertThat(kumo.engine.nextFire(good.getId())).contains(Instant.parse("2026-05-04T10:05:00Z"));
    }

    @Test
    void engineStartsAndSchedulesTheOthersWhenOneStoredTaskCannotBeScheduled() {
        insertPoisoned("aaa-poisoned", T0.minusSeconds(7200));
        Task good = kumo.cronTask("zzz-good", "*/5 * * * *", "python3 -c pass");

        assertThatCode(kumo.engine::prepare).doesNotThrowAnyException();

        assertThat(kumo.engine.nextFire(good.getId())).contains(Instant.parse("2026-05-04T10:05:00Z"));
    }

    @Test
    void aTaskThatFailsWhileFiringDoesNotStopTheOthersDueInTheSamePass() {
        Task poisoned = insertPoisoned("aaa-poisoned", Instant.parse("2026-05-04T10:04:30Z"));
        Task good = kumo.cronTask("zzz-good", "*/5 * * * *", "python3 -c pass");
        kumo.engine.prepare();
        assertThat(kumo.engine.nextFire(poisoned.getId())).contains(Instant.parse("2026-05-04T10:04:30Z"));

        kumo.tickAt(Instant.parse("2026-05-04T10:05:00Z"));

        assertThat(kumo.runsOf(good)).hasSize(1);
        assertThat(kumo.engine.nextFire(good.getId())).contains(Instant.parse("2026-05-04T10:10:00Z"));
    }
}
