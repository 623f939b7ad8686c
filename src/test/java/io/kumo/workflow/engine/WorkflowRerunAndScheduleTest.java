package io.kumo.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.common.ValidationException;
import io.kumo.domain.RunStatus;
import io.kumo.domain.TriggerKind;
import io.kumo.testkit.MutableClock;
import io.kumo.workflow.StepStatus;
import io.kumo.workflow.service.StoredWorkflow;
import io.kumo.workflow.service.WorkflowRunRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Re-running a run from its failed steps, and workflows fired by their schedule, through the workflow service. */
@DisabledOnOs(OS.WINDOWS)
class WorkflowRerunAndScheduleTest {

    @TempDir
    Path dir;

    @Test
    void overlapQueueKeepsOneWaitingRunAndSkipsTheRestAsTasksDo() {
        try (WorkflowFixture kumo = new WorkflowFixture(dir, Clock.systemUTC()).started()) {
            io.kumo.workflow.WorkflowDefinition definition = new io.kumo.workflow.WorkflowDefinition("queued", null, null, Map.of(),
                    Map.of(), List.of(io.kumo.workflow.StepDefinition.command("sleep", WorkflowStopAndRecoveryTest.SLEEP, List.of())),
                    null, 0, io.kumo.domain.OverlapPolicy.QUEUE, null, null);
            StoredWorkflow workflow = kumo.workflow(definition, null);
            long going = kumo.run(workflow);
            kumo.await(going, run -> run.status() == RunStatus.RUNNING, "the first run going");

            long waiting = kumo.run(workflow);
            long third = kumo.run(workflow);

            assertThat(kumo.latest(waiting).orElseThrow().status()).isEqualTo(RunStatus.QUEUED);
            WorkflowRunRecord skipped = kumo.core.workflowService().findRun(third).orElseThrow();
            assertThat(skipped.status()).isEqualTo(RunStatus.SKIPPED);
            assertThat(skipped.error()).contains("already waiting");
            kumo.workflows.stop(going);
            kumo.workflows.stop(waiting);
        }
    }

    @Test
    void aRerunFromTheFailedStepKeepsTheEarlierSuccessesAndRunsTheRest() throws Exception {
        Path flag = dir.resolve("fixed");
        String yaml = """
                name: etl
                steps:
                  - name: extract
                    command: echo ROWS=5 >> "$KUMO_OUTPUT"
                  - name: transform
                    command: test -e '%s'
                    depends: [extract]
                  - name: load
                    command: python3 -c "import os; print('loaded', os.environ['ROWS'])"
                    depends: [transform]
                """.formatted(flag);
        try (WorkflowFixture kumo = new WorkflowFixture(dir, Clock.systemUTC()).started()) {
            StoredWorkflow workflow = kumo.core.workflowService().save(yaml);
            long first = kumo.core.workflowService().run("etl", Map.of());
            WorkflowRunRecord failed = kumo.awaitEnd(first);
            assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
            assertThat(failed.step("load").orElseThrow().status()).isEqualTo(StepStatus.SKIPPED);
            Files.writeString(flag, "");

            long second = kumo.core.workflowService().rerunFromFailed(first);
            WorkflowRunRecord rerun = kumo.awaitEnd(second);

            assertThat(rerun.status()).isEqualTo(RunStatus.SUCCESS);
            assertThat(rerun.rerunOf()).isEqualTo(first);
            assertThat(rerun.workflowId()).isEqualTo(workflow.id());
            assertThat(rerun.step("extract").orElseThrow().runId()).isEqualTo(failed.step("extract").orElseThrow().runId());
            assertThat(rerun.step("extract").orElseThrow().note()).isEqualTo("kept from run #" + first);
            assertThat(rerun.step("transform").orElseThrow().runId()).isNotEqualTo(failed.step("transform").orElseThrow().runId());
            assertThat(kumo.logOf(rerun, "load")).contains("loaded 5");
            WorkflowRunRecord stored = kumo.core.workflowService().findRun(second).orElseThrow();
            assertThat(stored.step("extract").orElseThrow().status()).isEqualTo(StepStatus.SUCCESS);
            assertThat(stored.step("load").orElseThrow().status()).isEqualTo(StepStatus.SUCCESS);
        }
    }

    @Test
    void aRunWithoutAFailedStepIsNotRerun() {
        try (WorkflowFixture kumo = new WorkflowFixture(dir, Clock.systemUTC()).started()) {
            kumo.core.workflowService().save("name: fine\nsteps:\n  - name: a\n    command: \"true\"\n");
            long id = kumo.core.workflowService().run("fine", Map.of());
            kumo.awaitEnd(id);

            assertThatThrownBy(() -> kumo.workflows.rerunFromFailed(id)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("no failed step");
        }
    }

    @Test
    void aCronWorkflowFiresThroughItsSchedulerAndOverlapSkipRecordsASkippedRun() {
        MutableClock clock = new MutableClock(Instant.parse("2026-05-04T10:02:00Z"));
        try (WorkflowFixture kumo = new WorkflowFixture(dir, clock).started()) {
            kumo.core.workflowService().save("""
                    name: nightly
                    schedule: "*/5 * * * *"
                    zone: UTC
                    overlap: skip
                    steps:
                      - name: slow
                        command: python3 -c "import time; time.sleep(60)"
                    """);
            long workflowId = kumo.core.workflowService().get("nightly").id();
            assertThat(kumo.workflows.nextFire(workflowId)).contains(Instant.parse("2026-05-04T10:05:00Z"));

            clock.set(Instant.parse("2026-05-04T10:05:00Z"));
            kumo.workflows.schedules().tick();
            List<WorkflowRunRecord> runs = awaitRuns(kumo, 1);
            assertThat(runs.getFirst().trigger()).isEqualTo(TriggerKind.CRON);
            assertThat(runs.getFirst().scheduledFor()).isEqualTo(Instant.parse("2026-05-04T10:05:00Z"));
            assertThat(kumo.core.workflowService().get("nightly").lastFiredAt()).isEqualTo(Instant.parse("2026-05-04T10:05:00Z"));

            clock.set(Instant.parse("2026-05-04T10:10:00Z"));
            kumo.workflows.schedules().tick();
            List<WorkflowRunRecord> both = awaitRuns(kumo, 2);

            assertThat(both.getFirst().status()).isEqualTo(RunStatus.SKIPPED);
            assertThat(both.getFirst().error()).contains("overlap policy skip");
            assertThat(both.get(1).status()).isEqualTo(RunStatus.RUNNING);
            kumo.workflows.stop(both.get(1).id());
            kumo.awaitEnd(both.get(1).id());
        }
    }

    @Test
    void firesMissedWhileKumoWasDownAreOneMissedRunAndOneCatchUp() {
        MutableClock clock = new MutableClock(Instant.parse("2026-05-04T10:02:00Z"));
        try (WorkflowFixture kumo = new WorkflowFixture(dir, clock)) {
            kumo.core.workflowService().save("""
                    name: nightly
                    schedule: "*/5 * * * *"
                    zone: UTC
                    misfire: once
                    steps:
                      - name: quick
                        command: echo hi
                    """);
            clock.set(Instant.parse("2026-05-04T11:01:00Z")); // down from 10:02 to 11:01: twelve fires missed
            kumo.started();
            kumo.workflows.schedules().tick();

            List<WorkflowRunRecord> runs = awaitRuns(kumo, 2);
            assertThat(runs).extracting(WorkflowRunRecord::trigger).containsExactly(TriggerKind.CATCHUP, TriggerKind.CRON);
            assertThat(runs.get(0).scheduledFor()).isEqualTo(Instant.parse("2026-05-04T11:00:00Z"));
            assertThat(runs.get(1).status()).isEqualTo(RunStatus.MISSED);
            assertThat(runs.get(1).error()).contains("missed 11 fires").contains("misfire policy once");
            kumo.awaitEnd(runs.get(0).id());
        }
    }

    @Test
    void overlapQueueStartsTheNextRunWhenTheOneGoingEnds() {
        try (WorkflowFixture kumo = new WorkflowFixture(dir, Clock.systemUTC()).started()) {
            kumo.core.workflowService().save("""
                    name: queued
                    overlap: queue
                    steps:
                      - name: nap
                        command: python3 -c "import time; time.sleep(1)"
                    """);
            long first = kumo.core.workflowService().run("queued", Map.of());
            long second = kumo.core.workflowService().run("queued", Map.of());

            assertThat(kumo.latest(second).orElseThrow().status()).isEqualTo(RunStatus.QUEUED);
            WorkflowRunRecord later = kumo.awaitEnd(second);
            WorkflowRunRecord earlier = kumo.awaitEnd(first);

            assertThat(later.status()).isEqualTo(RunStatus.SUCCESS);
            assertThat(later.startedAt()).isAfterOrEqualTo(earlier.endedAt());
        }
    }

    private static List<WorkflowRunRecord> awaitRuns(WorkflowFixture kumo, int count) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            List<WorkflowRunRecord> runs = kumo.core.workflowService().runs("nightly", 10);
            if (runs.size() >= count) {
                return runs;
            }
            WorkflowFixture.sleep(20);
        }
        throw new AssertionError("fewer than " + count + " runs of nightly");
    }
}
