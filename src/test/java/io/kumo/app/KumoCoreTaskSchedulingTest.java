package io.kumo.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.engine.Engine;
import io.kumo.service.TaskService;
import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Once the core runs an engine, every change made through the task service is scheduled at once. */
class KumoCoreTaskSchedulingTest {

    @TempDir
    Path dir;
    KumoCore core;
    Engine engine;
    TaskService tasks;

    @BeforeEach
    void open() {
        core = TestCores.open(dir);
        engine = core.startEngine(new OsProcessLauncher(), System.getenv());
        tasks = core.taskService();
    }

    @AfterEach
    void close() {
        core.close();
    }

    private static int month(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).getMonthValue();
    }

    @Test
    void createdEditedPausedResumedAndDeletedTasksReachTheSchedulerAtOnce() {
        Task task = new Task("yearly", "true");
        task.setTriggerType(TriggerType.CRON);
        task.setCronExpression("0 0 1 1 *");
        task.setTimeZone("UTC");

        task = tasks.create(task);
        int createdMonth = month(engine.nextFire(task.getId()).orElseThrow());
        task.setCronExpression("0 0 1 6 *");
        tasks.update(task);
        int editedMonth = month(engine.nextFire(task.getId()).orElseThrow());
        tasks.pause(task.getId());
        boolean scheduledWhilePaused = engine.nextFire(task.getId()).isPresent();
        tasks.resume(task.getId());
        boolean scheduledWhenResumed = engine.nextFire(task.getId()).isPresent();
        tasks.delete(task.getId());

        assertThat(createdMonth).isEqualTo(1);
        assertThat(editedMonth).isEqualTo(6);
        assertThat(scheduledWhilePaused).isFalse();
        assertThat(scheduledWhenResumed).isTrue();
        assertThat(engine.nextFire(task.getId())).isEmpty();
    }
}
