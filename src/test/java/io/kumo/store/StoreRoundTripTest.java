package io.kumo.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.EnvironmentKind;
import io.kumo.domain.EnvironmentState;
import io.kumo.domain.PythonEnvironment;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.domain.TriggerType;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void entitiesSurviveAReopenWithMillisecondInstants() throws SQLException {
        Instant scheduled = Instant.parse("2026-03-01T06:00:00.003Z");
        long taskId;
        long runId;
        try (Database database = Database.open(dir)) {
            PythonEnvironment env = new PythonEnvironment("py311", EnvironmentKind.VENV, "/opt/venv/bin/python", EnvironmentState.READY);
            stamp(env, scheduled);
            database.environments().create(env);
            Task task = new Task("report", "python report.py --daily");
            task.setTriggerType(TriggerType.CRON);
            task.setCronExpression("30 4 1,15 * 5");
            task.setEnvironmentId(env.getId());
            task.setLastFiredAt(scheduled);
            stamp(task, scheduled);
            database.tasks().create(task);
            Run run = new Run(task, TriggerKind.CRON, scheduled, RunStatus.RUNNING);
            run.setStartedAt(scheduled.plusMillis(2));
            run.setPeakRss(123_456_789L);
            database.runs().create(run);
            taskId = task.getId();
            runId = run.getId();
        }
        try (Database database = Database.open(dir)) {
            Task task = database.tasks().queryForId(taskId);
            assertThat(task.getCronExpression()).isEqualTo("30 4 1,15 * 5");
            assertThat(task.getTriggerType()).isEqualTo(TriggerType.CRON);
            assertThat(task.getLastFiredAt()).isEqualTo(scheduled);
            Run run = database.runs().queryForId(runId);
            assertThat(run.getScheduledFor()).isEqualTo(scheduled);
            assertThat(run.getStartedAt()).isEqualTo(Instant.parse("2026-03-01T06:00:00.005Z"));
            assertThat(run.getEndedAt()).isNull();
            assertThat(run.getStatus()).isEqualTo(RunStatus.RUNNING);
            assertThat(run.getPeakRss()).isEqualTo(123_456_789L);
            assertThat(run.getTaskName()).isEqualTo("report");
        }
    }

    private static void stamp(io.kumo.domain.StoredEntity entity, Instant at) {
        entity.setCreatedAt(at);
        entity.setUpdatedAt(at);
    }
}
