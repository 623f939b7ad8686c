package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.storage.StoreException;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kumo task insights}: the figures of a task's recent runs, as a table or JSON; bad input exits 2. */
class TaskInsightsCommandTest {

    @TempDir
    Path dir;

    @BeforeEach
    void threeRunsAnHourAgo() {
        try (KumoCore core = TestCores.open(dir)) {
            Task task = core.tasks().create(new Task("report", "python3 -c \"print(1)\""));
            Instant at = Instant.now().minus(1, ChronoUnit.HOURS);
            run(core, task, at, RunStatus.SUCCESS, 2);
            run(core, task, at.plusSeconds(60), RunStatus.SUCCESS, 4);
            run(core, task, at.plusSeconds(120), RunStatus.FAILED, 6);
        }
    }

    @Test
    void jsonCarriesTheWindowsFiguresPerDayAndOverall() {
        CliRun cli = new CliRun(dir);
        assertThat(cli.kumo("task", "insights", "report", "--days", "7", "--json")).as(cli.err()).isZero();

        JsonNode insights = cli.json();
        assertThat(insights.get("task").asText()).isEqualTo("report");
        assertThat(insights.get("days").asInt()).isEqualTo(7);
        assertThat(insights.get("per_day")).hasSize(7);
        JsonNode overall = insights.get("overall");
        assertThat(overall.get("runs").asLong()).isEqualTo(3);
        assertThat(overall.get("failed").asLong()).isEqualTo(1);
        assertThat(overall.get("p50_ms").asLong()).isEqualTo(4_000);
        assertThat(overall.get("cpu_ms").asLong()).isEqualTo(300);
        assertThat(insights.get("script").isNull()).isTrue();
        assertThat(insights.get("segments")).isEmpty();
    }

    @Test
    void theTableShowsTheOverallLine() {
        CliRun cli = new CliRun(dir);
        assertThat(cli.kumo("task", "insights", "report")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Task 'report', the last 30 days")
                .contains("Overall: 3 runs, 2 succeeded, 1 failed, success 67%, p50 4.0 s, p95 6.0 s, CPU 0.3 s");
    }

    @Test
    void anUnknownTaskOrWindowIsAUsageError() {
        CliRun cli = new CliRun(dir);
        assertThat(cli.kumo("task", "insights", "nope")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("no task named 'nope'");
        assertThat(cli.kumo("task", "insights", "report", "--days", "14")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err().strip()).contains("days must be 7, 30, 90 or 0").doesNotContain("\n");
    }

    private static void run(KumoCore core, Task task, Instant at, RunStatus status, int seconds) {
        Run run = new Run(task, TriggerKind.MANUAL, at, status);
        run.setStartedAt(at);
        run.setEndedAt(at.plusSeconds(seconds));
        run.setCpuMillis(100L);
        StoreException.unchecked(() -> core.database().runs().create(run));
    }
}
