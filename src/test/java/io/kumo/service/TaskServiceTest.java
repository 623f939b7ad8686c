package io.kumo.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.app.KumoCore;
import io.kumo.common.ValidationException;
import io.kumo.domain.OverlapPolicy;
import io.kumo.domain.RetryBackoff;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.domain.TriggerType;
import io.kumo.engine.RunStore;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every entry point's task changes: rules, audit, names of copies, and what the scheduler hears after commit. */
class TaskServiceTest {

    @TempDir
    Path dir;
    KumoCore core;
    TaskService tasks;
    final List<String> told = new ArrayList<>();

    @BeforeEach
    void open() {
        core = openCore(dir, TestCores.fixedClock());
        tasks = core.taskService();
        tasks.scheduleWith(new TaskScheduling() {
            @Override
            public void taskChanged(Task task) {
                // the change is committed: a fresh read sees it
                told.add("changed " + core.tasks().findById(task.getId()).orElseThrow().getName()
                        + (task.isEnabled() ? "" : " (paused)"));
            }

            @Override
            public void taskDeleted(long taskId) {
                told.add("deleted #" + taskId + (core.tasks().findById(taskId).isEmpty() ? "" : " (still stored)"));
            }
        });
    }

    @AfterEach
    void close() {
        core.close();
    }

    private static Task cronTask(String name) {
        Task task = new Task(name, "python3 main.py");
        task.setTriggerType(TriggerType.CRON);
        task.setCronExpression("0 3 * * *");
        return task;
    }

    @Test
    void createTellsTheSchedulerOnceTheTaskIsStored() {
        Task created = tasks.create(cronTask("report"));

        assertThat(told).containsExactly("changed report");
        assertThat(core.audit().latest(1)).extracting(e -> e.action()).containsExactly("CREATE");
        assertThat(tasks.get(created.getId()).getName()).isEqualTo("report");
    }

    @Test
    void aRefusedTaskIsNeitherStoredNorScheduled() {
        Task unclosedQuote = cronTask("report");
        unclosedQuote.setCommand("echo 'open");
        Task tooLong = cronTask("every");
        tooLong.setTriggerType(TriggerType.INTERVAL);
        tooLong.setIntervalSeconds(9_999_999_999_999_999L);

        assertThatThrownBy(() -> tasks.create(unclosedQuote)).isInstanceOf(ValidationException.class).hasMessageStartingWith("command:");
        assertThatThrownBy(() -> tasks.create(tooLong)).isInstanceOf(ValidationException.class).hasMessage("every: at most 366d");
        assertThat(tasks.list()).isEmpty();
        assertThat(told).isEmpty();
    }

    @Test
    void updateReschedulesTheEditedTask() {
        Task task = tasks.create(cronTask("report"));
        task.setCronExpression("0 4 * * *");

        tasks.update(task);

        assertThat(told).containsExactly("changed report", "changed report");
        assertThat(tasks.get(task.getId()).getCronExpression()).isEqualTo("0 4 * * *");
    }

    @Test
    void copiesAreNamedInTurnAndPaused() {
        Task source = tasks.create(cronTask("report"));

        Task first = tasks.duplicate(source.getId());
        Task second = tasks.duplicate(source.getId());
        Task ofTheCopy = tasks.duplicate(first.getId());

        assertThat(List.of(first.getName(), second.getName(), ofTheCopy.getName()))
                .containsExactly("report copy", "report copy 2", "report copy copy");
        assertThat(List.of(first, second, ofTheCopy)).noneMatch(Task::isEnabled);
        assertThat(told).endsWith("changed report copy copy (paused)");
    }

    @Test
    void aCopyKeepsEveryFieldButItsNameAndIsPaused() {
        Task source = cronTask("report");
        source.setDescription("nightly");
        source.setUseShell(true);
        source.setTimeZone("UTC");
        source.setTimeoutSeconds(60L);
        source.setRetries(2);
        source.setRetryDelaySeconds(30);
        source.setRetryBackoff(RetryBackoff.EXPONENTIAL);
        source.setEnvironmentVariables(TaskVariables.encode(Map.of("MODE", "full")));
        source.setPriority(2);
        source.setOverlapPolicy(OverlapPolicy.QUEUE);
        source.setTags("etl");
        source.setNotify(false);
        Task stored = tasks.create(source);

        Task copy = tasks.duplicate(stored.getId());

        Map<String, Object> expected = new java.util.LinkedHashMap<>(stored.auditFields());
        expected.put("name", "report copy");
        expected.put("enabled", false);
        assertThat(copy.auditFields()).isEqualTo(expected);
    }

    @Test
    void aCopyOfALongNameIsCutToStayWithinTheNameLimit() {
        String longName = "n".repeat(TaskRules.NAME_MAX - 3) + " ab";
        Task source = tasks.create(cronTask(longName));

        Task first = tasks.duplicate(source.getId());
        Task second = tasks.duplicate(source.getId());

        assertThat(first.getName()).hasSize(TaskRules.NAME_MAX).endsWith("n copy").startsWith("nnn");
        assertThat(second.getName()).hasSizeLessThanOrEqualTo(TaskRules.NAME_MAX).endsWith(" copy 2");
    }

    @Test
    void pauseAndResumeAreAuditedAndTellTheScheduler() {
        Task task = tasks.create(cronTask("report"));

        tasks.pause(task.getId());
        tasks.pause(task.getId());
        tasks.resume(task.getId());

        assertThat(told).containsExactly("changed report", "changed report (paused)", "changed report");
        assertThat(core.audit().latest(3)).extracting(e -> e.action()).containsExactly("RESUME", "PAUSE", "CREATE");
        assertThat(tasks.get(task.getId()).isEnabled()).isTrue();
    }

    @Test
    void deletingARunningTaskUnschedulesItAndKeepsItsRun() {
        Task task = tasks.create(cronTask("report"));
        RunStore runs = new RunStore(core.database());
        Run running = runs.recordFire(task, TriggerKind.MANUAL, core.clock().instant(), RunStatus.RUNNING,
                core.clock().instant(), null).orElseThrow();

        tasks.delete(task.getId());

        assertThat(tasks.find(task.getId())).isEmpty();
        assertThat(told).containsExactly("changed report", "deleted #" + task.getId());
        assertThat(runs.find(running.getId())).get().extracting(Run::getStatus).isEqualTo(RunStatus.RUNNING);
        assertThatThrownBy(() -> tasks.delete(task.getId())).isInstanceOf(ValidationException.class);
    }

    @Test
    void aTaskIsFoundByNameOrTheMessageSaysItIsNot() {
        tasks.create(cronTask("report"));

        assertThat(tasks.named("report").getCommand()).isEqualTo("python3 main.py");
        assertThatThrownBy(() -> tasks.named("nope")).hasMessage("no task named 'nope'");
        assertThatThrownBy(() -> tasks.get(999)).hasMessage("The task no longer exists (#999)");
    }

    /** The core under test, on H2; {@code PostgresTaskServiceTest} opens it on PostgreSQL. */
    KumoCore openCore(Path dataDir, Clock clock) {
        return TestCores.open(dataDir, clock);
    }
}
