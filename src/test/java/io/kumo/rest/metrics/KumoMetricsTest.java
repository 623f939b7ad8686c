package io.kumo.rest.metrics;

import static io.kumo.testkit.PrometheusTextParser.family;
import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.engine.RunQuery;
import io.kumo.testkit.MeteredCore;
import io.kumo.testkit.PrometheusTextParser;
import io.kumo.testkit.PrometheusTextParser.Family;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real engine's python3 runs, scraped and read back by Prometheus's own parser. */
class KumoMetricsTest {

    /** The store keeps instants to the millisecond; the engine measured its runs finer (two runs: two roundings). */
    private static final Offset<Double> MILLIS_STORED = Offset.offset(0.002);

    @TempDir
    Path dir;
    MeteredCore kumo;

    @BeforeEach
    void open() {
        kumo = new MeteredCore(dir);
    }

    @AfterEach
    void close() {
        kumo.close();
    }

    @Test
    void endedRunsAreCountedByTaskAndStatusWithTheirDurations() {
        Task report = kumo.manualTask("report", "python3 -c \"print('done')\"");
        Task importer = kumo.manualTask("import", "python3 -c \"import sys; sys.exit(3)\"");

        Run first = kumo.runToEnd(report);
        Run second = kumo.runToEnd(report);
        Run failed = kumo.runToEnd(importer);
        kumo.awaitScrapeLine("kumo_runs_total{status=\"FAILED\",task=\"import\"}");
        List<Family> families = PrometheusTextParser.parse(kumo.metrics.scrape());

        Family runs = family(families, "kumo_runs");
        assertThat(runs.type()).isEqualTo("counter");
        assertThat(runs.samples()).hasSize(2);
        assertThat(runs.value("kumo_runs_total", Map.of("task", "report", "status", "SUCCESS"))).contains(2.0);
        assertThat(runs.value("kumo_runs_total", Map.of("task", "import", "status", "FAILED"))).contains(1.0);
        assertThat(failed.getStatus()).isEqualTo(RunStatus.FAILED);
        Family durations = family(families, "kumo_run_duration_seconds");
        assertThat(durations.type()).isEqualTo("histogram");
        assertThat(durations.samples()).as("one histogram for all tasks, no task label")
                .allSatisfy(sample -> assertThat(sample.labels()).doesNotContainKey("task"));
        assertThat(durations.value("kumo_run_duration_seconds_count", Map.of())).contains(3.0);
        assertThat(durations.value("kumo_run_duration_seconds_bucket", Map.of("le", "+Inf"))).contains(3.0);
        assertThat(durations.value("kumo_run_duration_seconds_bucket", Map.of("le", "21600.0"))).contains(3.0);
        assertThat(durations.value("kumo_run_duration_seconds_bucket", Map.of("le", "0.1"))).isPresent();
        assertThat(durations.value("kumo_run_duration_seconds_sum", Map.of()).orElseThrow())
                .isCloseTo(seconds(first.getStartedAt(), first.getEndedAt()) + seconds(second.getStartedAt(), second.getEndedAt())
                        + seconds(failed.getStartedAt(), failed.getEndedAt()), Offset.offset(0.003));
        assertThat(family(families, "kumo_fire_lateness_seconds").value("kumo_fire_lateness_seconds_count", Map.of()))
                .as("runs started by hand have no lateness").contains(0.0);
    }

    @Test
    void aScheduledFireRecordsHowLateItStarted() {
        Task once = new Task("at-once", "python3 -c \"print('on time')\"");
        once.setTriggerType(TriggerType.ONCE);
        once.setRunAt(Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS));
        once = kumo.core.taskService().create(once);
        Task fired = once;

        MeteredCore.awaitUntil(() -> kumo.lastRun(fired) != null && kumo.lastRun(fired).getStatus().isTerminal(), "the fire ended");
        kumo.awaitScrapeLine("kumo_fire_lateness_seconds_count 1");
        Run run = kumo.lastRun(fired);
        Family lateness = family(PrometheusTextParser.parse(kumo.metrics.scrape()), "kumo_fire_lateness_seconds");

        assertThat(lateness.type()).isEqualTo("histogram");
        assertThat(lateness.value("kumo_fire_lateness_seconds_count", Map.of())).contains(1.0);
        assertThat(lateness.value("kumo_fire_lateness_seconds_sum", Map.of()).orElseThrow())
                .isCloseTo(seconds(run.getScheduledFor(), run.getStartedAt()), MILLIS_STORED);
        assertThat(lateness.value("kumo_fire_lateness_seconds_bucket", Map.of("le", "60.0"))).contains(1.0);
        assertThat(lateness.value("kumo_fire_lateness_seconds_bucket", Map.of("le", "0.001"))).isPresent();
    }

    @Test
    void gaugesShowQueuedAndRunningRunsTasksByStateAndThePause() {
        Task sleeper = kumo.manualTask("sleeper", "python3 -c \"import time; time.sleep(120)\"");
        Task flaky = kumo.manualTask("flaky", "python3 -c \"import sys; sys.exit(1)\"");
        flaky.setRetries(1);
        flaky.setRetryDelaySeconds(3600);
        kumo.core.taskService().update(flaky);
        Task idle = kumo.manualTask("idle", "python3 -c \"pass\"");
        kumo.core.taskService().pause(idle.getId());

        kumo.engine.runNow(sleeper);
        kumo.engine.runNow(flaky);
        MeteredCore.awaitUntil(() -> kumo.lastRun(sleeper).getStatus() == RunStatus.RUNNING, "the sleeper running");
        // the retry is recorded before its first attempt's end: wait for both
        MeteredCore.awaitUntil(() -> retryWaiting(kumo.lastRun(flaky)) && kumo.core.runHistory().page(
                new RunQuery(flaky.getId(), Set.of(RunStatus.RUNNING), null, null), 0, 1).isEmpty(),
                "the flaky task's retry waiting");
        kumo.core.schedulingPause().pause();
        kumo.ageGauges();
        List<Family> families = PrometheusTextParser.parse(kumo.metrics.scrape());

        assertThat(gauge(families, "kumo_queue_depth", Map.of())).isEqualTo(1.0);
        assertThat(gauge(families, "kumo_runs_running", Map.of())).isEqualTo(1.0);
        assertThat(gauge(families, "kumo_tasks", Map.of("state", "enabled"))).isEqualTo(2.0);
        assertThat(gauge(families, "kumo_tasks", Map.of("state", "paused"))).isEqualTo(1.0);
        assertThat(gauge(families, "kumo_scheduling_paused", Map.of())).isEqualTo(1.0);
    }

    @Test
    void gaugesReadTheStoreAtMostOnceASecond() {
        kumo.manualTask("one", "python3 -c \"pass\"");
        double before = tasksEnabled();
        kumo.manualTask("two", "python3 -c \"pass\"");
        double withinTheSecond = tasksEnabled();
        kumo.nanos.addAndGet(LiveCounts.KEPT.toNanos() - 1);
        double justBeforeItEnds = tasksEnabled();
        kumo.nanos.incrementAndGet();
        double after = tasksEnabled();

        assertThat(List.of(before, withinTheSecond, justBeforeItEnds, after)).containsExactly(1.0, 1.0, 1.0, 2.0);
    }

    @Test
    void aDeletedTasksSeriesGoAndARenamedTasksOldOnesToo() {
        Task report = kumo.manualTask("report", "python3 -c \"print('done')\"");
        Task importer = kumo.manualTask("import", "python3 -c \"import sys; sys.exit(3)\"");
        kumo.runToEnd(report);
        kumo.runToEnd(importer);
        kumo.awaitScrapeLine("kumo_runs_total{status=\"FAILED\",task=\"import\"}");
        kumo.awaitScrapeLine("kumo_runs_total{status=\"SUCCESS\",task=\"report\"}");

        kumo.core.taskService().delete(importer.getId());
        Task renamed = kumo.core.taskService().get(report.getId());
        renamed.setName("daily report");
        kumo.core.taskService().update(renamed);
        List<Family> afterChanges = PrometheusTextParser.parse(kumo.metrics.scrape());
        kumo.runToEnd(renamed);
        kumo.awaitScrapeLine("kumo_runs_total{status=\"SUCCESS\",task=\"daily report\"}");
        Family afterNextRun = family(PrometheusTextParser.parse(kumo.metrics.scrape()), "kumo_runs");

        assertThat(afterChanges).extracting(Family::name).as("the deleted task's and the old name's series are gone")
                .doesNotContain("kumo_runs").contains("kumo_run_duration_seconds");
        assertThat(afterNextRun.samples()).extracting(sample -> sample.labels().get("task")).containsExactly("daily report");
        assertThat(afterNextRun.value("kumo_runs_total", Map.of("task", "daily report", "status", "SUCCESS"))).contains(1.0);
    }

    @Test
    void jvmBasicsAreThere() {
        List<Family> families = PrometheusTextParser.parse(kumo.metrics.scrape());

        assertThat(families).extracting(Family::name).contains("jvm_memory_used_bytes", "jvm_memory_max_bytes",
                "jvm_gc_memory_allocated_bytes", "jvm_threads_live_threads", "process_cpu_usage", "system_cpu_count",
                "process_uptime_seconds", "process_start_time_seconds");
        assertThat(family(families, "jvm_memory_used_bytes").samples()).anySatisfy(sample -> {
            assertThat(sample.labels()).containsEntry("area", "heap");
            assertThat(sample.value()).isPositive();
        });
    }

    private double tasksEnabled() {
        return gauge(PrometheusTextParser.parse(kumo.metrics.scrape()), "kumo_tasks", Map.of("state", "enabled"));
    }

    private static double gauge(List<Family> families, String name, Map<String, String> labels) {
        Family family = family(families, name);
        assertThat(family.type()).isEqualTo("gauge");
        return family.value(name, labels).orElseThrow(() -> new AssertionError("no " + name + " " + labels));
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }

    private static boolean retryWaiting(io.kumo.domain.Run last) {
        return last != null && last.getAttempt() == 2 && last.getStatus() == RunStatus.QUEUED;
    }
}
