package io.kumo.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.MisfirePolicy;
import io.kumo.domain.OverlapPolicy;
import io.kumo.domain.ResourceLimits;
import io.kumo.domain.RetryBackoff;
import io.kumo.domain.RunConditions;
import io.kumo.domain.Sandbox;
import io.kumo.domain.SandboxMode;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskTableTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryTaskWithTheFieldsOrmLiteReadsInNameOrder() throws SQLException {
        try (Database database = Database.open(dir)) {
            Task full = new Task("b-full", "python report.py --daily");
            full.setDescription("every field set");
            full.setUseShell(true);
            full.setWorkDir("/srv/reports");
            full.setTriggerType(TriggerType.INTERVAL);
            full.setIntervalSeconds(90L);
            full.setAnchorAt(Instant.parse("2026-03-01T06:00:00.003Z"));
            full.setRunAt(Instant.parse("2026-04-01T06:00:00Z"));
            full.setTimeZone("Europe/Berlin");
            full.setTimeoutSeconds(600L);
            full.setRetries(3);
            full.setRetryDelaySeconds(45);
            full.setRetryBackoff(RetryBackoff.EXPONENTIAL);
            full.setEnvironmentVariables("{\"A\":\"1\"}");
            full.setPriority(2);
            full.setOverlapPolicy(OverlapPolicy.QUEUE);
            full.setMisfirePolicy(MisfirePolicy.ALL);
            full.setEnabled(false);
            full.setNotify(false);
            full.setTags("nightly, reports");
            full.setLastFiredAt(Instant.parse("2026-03-02T06:00:00.007Z"));
            full.setLimits(new ResourceLimits(200L << 20, 50, 30, 256, 1L << 30));
            full.setSandbox(new Sandbox(SandboxMode.CONTAINER, "python:3.11-slim", false));
            full.setConditions(new RunConditions(true, true, "example.com:443", 600L, true, 1800));
            stamp(full);
            Task bare = new Task("a-bare", "/bin/true");
            bare.setTriggerType(TriggerType.CRON);
            bare.setCronExpression("*/5 * * * *");
            stamp(bare);
            database.tasks().create(full);
            database.tasks().create(bare);

            List<Task> read = new TaskTable(database).all();

            assertThat(read).extracting(Task::getName).containsExactly("a-bare", "b-full");
            assertThat(read).usingRecursiveFieldByFieldElementComparator()
                    .containsExactlyElementsOf(database.tasks().queryBuilder().orderBy("name", true).query());
        }
    }

    @Test
    void readsAnEnumValueThisKumoDoesNotKnowAsItsDefaultAsOrmLiteDoes() throws SQLException {
        try (Database database = Database.open(dir)) {
            Task task = new Task("from-a-newer-kumo", "/bin/true");
            task.setTriggerType(TriggerType.CRON);
            task.setCronExpression("0 6 * * *");
            stamp(task);
            database.tasks().create(task);
            database.tasks().executeRawNoArgs("UPDATE tasks SET trigger_type = 'LUNAR', overlap_policy = 'MERGE', "
                    + "misfire_policy = 'LATER', retry_backoff = 'RANDOM', sandbox = 'VM'");

            Task read = new TaskTable(database).all().getFirst();

            assertThat(read.getTriggerType()).isEqualTo(TriggerType.MANUAL);
            assertThat(read.getOverlapPolicy()).isEqualTo(OverlapPolicy.SKIP);
            assertThat(read.getMisfirePolicy()).isEqualTo(MisfirePolicy.ONCE);
            assertThat(read.getRetryBackoff()).isEqualTo(RetryBackoff.FIXED);
            assertThat(read.getSandbox()).isEqualTo(Sandbox.NONE);
            assertThat(read).usingRecursiveComparison().isEqualTo(database.tasks().queryForId(task.getId()));
        }
    }

    private static void stamp(Task task) {
        task.setCreatedAt(Instant.parse("2026-02-01T00:00:00.001Z"));
        task.setUpdatedAt(Instant.parse("2026-02-02T00:00:00.002Z"));
    }
}
