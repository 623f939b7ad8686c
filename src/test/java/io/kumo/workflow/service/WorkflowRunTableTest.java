package io.kumo.workflow.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.RunStatus;
import io.kumo.testkit.TestCores;
import io.kumo.testkit.WorkflowRunRows;
import io.kumo.workflow.StepStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read side of workflow runs on a real H2 file, over rows written as the engine writes them. */
class WorkflowRunTableTest {

    private static final Instant T = Instant.parse("2026-03-01T06:00:00Z");

    @TempDir
    Path dir;
    KumoCore core;
    WorkflowRunTable table;
    WorkflowRunRows rows;

    @BeforeEach
    void open() {
        core = openCore(dir);
        table = new WorkflowRunTable(core.database());
        rows = new WorkflowRunRows(core.database());
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void runsComeNewestFirstWithStepsInFileOrderAndHandlersLast() throws Exception {
        long older = rows.run(1, "etl", "SUCCESS", T, T.plusSeconds(5), null);
        long newer = rows.run(1, "etl", "FAILED", T.plusSeconds(60), T.plusSeconds(70), "{\"DAY\":\"2026-03-01\"}");
        rows.step(newer, "notify", "failure", 0, "SUCCESS", 0, 12L, T.plusSeconds(69), T.plusSeconds(70), null);
        rows.step(newer, "load", null, 2, "SKIPPED", null, null, null, null, null);
        rows.step(newer, "extract", null, 0, "SUCCESS", 0, 10L, T.plusSeconds(60), T.plusSeconds(62), "{\"ROWS\":\"42\"}");
        rows.step(newer, "transform", null, 1, "FAILED", 3, 11L, T.plusSeconds(62), T.plusSeconds(69), null);

        List<WorkflowRunRecord> runs = table.page(new WorkflowRunTable.Query(1L, null, null, null, 10));

        assertThat(runs).extracting(WorkflowRunRecord::id).containsExactly(newer, older);
        WorkflowRunRecord run = runs.getFirst();
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.params()).isEqualTo(Map.of("DAY", "2026-03-01"));
        assertThat(run.steps()).extracting(StepRunRecord::name).containsExactly("extract", "transform", "load", "notify");
        assertThat(run.step("extract").orElseThrow().outputs()).isEqualTo(Map.of("ROWS", "42"));
        StepRunRecord transform = run.step("transform").orElseThrow();
        assertThat(transform.status()).isEqualTo(StepStatus.FAILED);
        assertThat(transform.exitCode()).isEqualTo(3);
        assertThat(transform.runId()).isEqualTo(11L);
        assertThat(transform.startedAt()).isEqualTo(T.plusSeconds(62));
        StepRunRecord load = run.step("load").orElseThrow();
        assertThat(load.exitCode()).isNull();
        assertThat(load.runId()).isNull();
        assertThat(load.startedAt()).isNull();
        assertThat(run.step("notify").orElseThrow().handler()).isEqualTo("failure");
    }

    @Test
    void pagesFilterByWorkflowNameStatusAndContinueBeforeAnId() throws Exception {
        long first = rows.run(1, "etl", "SUCCESS", T, T.plusSeconds(1), null);
        long second = rows.run(2, "scrape", "FAILED", T.plusSeconds(10), T.plusSeconds(11), null);
        long third = rows.run(1, "etl", "FAILED", T.plusSeconds(20), T.plusSeconds(21), null);
        long fourth = rows.run(1, "etl", "RUNNING", T.plusSeconds(30), null, null);

        assertThat(table.page(WorkflowRunTable.Query.latest(2))).extracting(WorkflowRunRecord::id).containsExactly(fourth, third);
        assertThat(table.page(WorkflowRunTable.Query.latest(2).before(third))).extracting(WorkflowRunRecord::id)
                .containsExactly(second, first);
        assertThat(table.page(WorkflowRunTable.Query.latest(10).withStatus(RunStatus.FAILED)))
                .extracting(WorkflowRunRecord::id).containsExactly(third, second);
        assertThat(table.page(new WorkflowRunTable.Query(null, "scrape", null, null, 10)))
                .extracting(WorkflowRunRecord::id).containsExactly(second);
        assertThat(table.find(fourth).orElseThrow().endedAt()).isNull();
        assertThat(table.find(9999)).isEmpty();
    }

    @Test
    void lastRunsHoldEachWorkflowsNewestRunInOneReading() throws Exception {
        rows.run(1, "etl", "SUCCESS", T, T.plusSeconds(1), null);
        rows.run(2, "scrape", "FAILED", T.plusSeconds(10), T.plusSeconds(11), null);
        rows.run(1, "etl", "RUNNING", T.plusSeconds(20), null, null);

        Map<Long, WorkflowRunTable.LastRun> last = table.lastRuns();

        assertThat(last).containsOnlyKeys(1L, 2L);
        assertThat(last.get(1L)).isEqualTo(new WorkflowRunTable.LastRun(RunStatus.RUNNING, T.plusSeconds(20)));
        assertThat(last.get(2L)).isEqualTo(new WorkflowRunTable.LastRun(RunStatus.FAILED, T.plusSeconds(10)));
    }

    @Test
    void aStatusThisKumoDoesNotKnowReadsAsInterruptedInsteadOfFailingThePage() throws Exception {
        long run = rows.run(1, "etl", "PAUSED_BY_NEWER_KUMO", T, null, "not json");
        rows.step(run, "extract", null, 0, "HELD", null, null, null, null, "{broken");

        WorkflowRunRecord read = table.find(run).orElseThrow();

        assertThat(read.status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(read.params()).isEmpty();
        assertThat(read.steps().getFirst().status()).isEqualTo(StepStatus.INTERRUPTED);
        assertThat(read.steps().getFirst().outputs()).isEmpty();
    }

    /** The core under test, on H2; {@code PostgresWorkflowRunTableTest} opens it on PostgreSQL. */
    KumoCore openCore(Path dataDir) {
        return TestCores.open(dataDir);
    }
}
