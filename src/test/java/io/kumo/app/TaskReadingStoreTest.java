package io.kumo.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.config.DataDirectory;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.store.Database;
import io.kumo.store.Migrations;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskReadingStoreTest {

    @TempDir
    Path dir;

    @Test
    void readsTheTasksAndNextRunsACoreWrote() {
        Clock clock = TestCores.fixedClock();
        try (KumoCore core = TestCores.open(dir, clock)) {
            core.taskService().create(cron("nightly", "0 3 * * *"));
            core.taskService().create(cron("hourly", "15 * * * *"));
        }

        try (TaskReadingStore store = TaskReadingStore.open(new DataDirectory(dir), clock, TestCores.ACTOR)) {
            assertThat(store.taskService().list()).extracting(Task::getName).containsExactly("hourly", "nightly");
            Task nightly = store.taskService().named("nightly");
            assertThat(store.nextRuns().of(nightly)).contains(Instant.parse("2026-03-02T03:00:00Z"));
        }
    }

    @Test
    void showsNoNextRunWhileAllSchedulingIsPaused() {
        Clock clock = TestCores.fixedClock();
        try (KumoCore core = TestCores.open(dir, clock)) {
            core.taskService().create(cron("nightly", "0 3 * * *"));
            core.schedulingPause().pause();
        }

        try (TaskReadingStore store = TaskReadingStore.open(new DataDirectory(dir), clock, TestCores.ACTOR)) {
            assertThat(store.schedulingPause().isPaused()).isTrue();
            assertThat(store.nextRuns().of(store.taskService().named("nightly"))).isEmpty();
        }
    }

    @Test
    void migratesAnOlderSchemaBeforeItReads() {
        DataDirectory data = new DataDirectory(dir);
        data.ensureLayout();
        new Migrations(Database.urlFor(data.database())).migrateTo("5");

        try (TaskReadingStore store = TaskReadingStore.open(data, TestCores.fixedClock(), TestCores.ACTOR)) {
            assertThat(store.taskService().list()).isEmpty();
        }
        assertThat(new Migrations(Database.urlFor(data.database())).isCurrent()).isTrue();
    }

    private static Task cron(String name, String expression) {
        Task task = new Task(name, "/bin/true");
        task.setTriggerType(TriggerType.CRON);
        task.setCronExpression(expression);
        return task;
    }
}
