package io.kumo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.storage.StoreException;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskSummariesTest {

    @Test
    void lastRunSuccessRateAndRunningCountsPerTask(@TempDir Path dir) {
        try (KumoCore core = openCore(dir)) {
            Task a = core.tasks().create(new Task("a", "true"));
            Task b = core.tasks().create(new Task("b", "true"));
            Task idle = core.tasks().create(new Task("idle", "true"));
            Instant t0 = TestCores.T0;
            run(core, a, t0.minus(Duration.ofDays(10)), RunStatus.FAILED);
            run(core, a, t0.minus(Duration.ofHours(3)), RunStatus.SUCCESS);
            run(core, a, t0.minus(Duration.ofHours(2)), RunStatus.FAILED);
            run(core, a, t0.minus(Duration.ofHours(1)), RunStatus.SKIPPED);
            run(core, a, t0, RunStatus.RUNNING);
            run(core, b, t0.minus(Duration.ofHours(1)), RunStatus.TIMEOUT);

            Map<Long, TaskSummary> summaries = new TaskSummaries(core.database()).since(t0.minus(Duration.ofDays(7)));

            TaskSummary first = summaries.get(a.getId());
            assertThat(first.lastStatus()).isEqualTo(RunStatus.FAILED);
            assertThat(first.lastRunAt()).isEqualTo(t0.minus(Duration.ofHours(2)));
            assertThat(first.successRate()).isEqualTo(0.5);
            assertThat(first.running()).isEqualTo(1);
            assertThat(summaries.get(b.getId()).successRate()).isZero();
            assertThat(summaries).doesNotContainKey(idle.getId());
            assertThat(TaskSummary.none(idle.getId()).successRate()).isEqualTo(-1);
        }
    }

    private static void run(KumoCore core, Task task, Instant scheduled, RunStatus status) {
        Run run = new Run(task, TriggerKind.CRON, scheduled, status);
        run.setStartedAt(scheduled);
        StoreException.unchecked(() -> core.database().runs().create(run));
    }

    /** The core under test, on H2; {@code PostgresTaskSummariesTest} opens it on PostgreSQL. */
    KumoCore openCore(Path dataDir) {
        return TestCores.open(dataDir);
    }
}
