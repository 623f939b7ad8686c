package io.kumo.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.workflow.Handlers;
import io.kumo.workflow.StepDefinition;
import io.kumo.workflow.StepStatus;
import io.kumo.workflow.WorkflowDefinition;
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

/** Stopping a workflow run, and what a restart makes of a run a crash left in the middle. */
@DisabledOnOs(OS.WINDOWS)
class WorkflowStopAndRecoveryTest {

    static final String SLEEP = "python3 -c \"import time; time.sleep(60)\"";
    static final String OK = "python3 -c \"print('ok')\"";

    @TempDir
    Path dir;

    @Test
    void stopEndsTheRunningStepsTreeCancelsTheWaitingOnesAndRunsTheCancelHandler() {
        try (WorkflowFixture kumo = new WorkflowFixture(dir, Clock.systemUTC()).started()) {
            WorkflowDefinition definition = new WorkflowDefinition("stoppable", null, null, Map.of(), Map.of(),
                    List.of(StepDefinition.command("sleep", SLEEP, List.of()), StepDefinition.command("after", OK, List.of("sleep"))),
                    new Handlers(null, null, StepDefinition.command("on-cancel", OK, List.of()), null), 0, null, null, null);
            long id = kumo.run(kumo.workflow(definition, null));
            WorkflowRunRecord running = kumo.await(id, run -> run.step("sleep").orElseThrow().runId() != null
                    && kumo.engine.runs().find(run.step("sleep").orElseThrow().runId()).orElseThrow().getPid() != null, "the sleep step running");
            long pid = kumo.runOf(running, "sleep").getPid();

            assertThat(kumo.workflows.stop(id)).isTrue();
            WorkflowRunRecord run = kumo.awaitEnd(id);

            assertThat(run.status()).isEqualTo(RunStatus.STOPPED);
            assertThat(run.step("sleep").orElseThrow().status()).isEqualTo(StepStatus.STOPPED);
            assertThat(run.step("after").orElseThrow().status()).isEqualTo(StepStatus.STOPPED);
            assertThat(run.step("on-cancel").orElseThrow().status()).isEqualTo(StepStatus.SUCCESS);
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(kumo.runOf(run, "sleep").getStatus()).isEqualTo(RunStatus.STOPPED);
        }
    }

    @Test
    void stopEndsARunningHandlerAndTheRunEndsStoppedNotSuccess() {
        try (WorkflowFixture kumo = new WorkflowFixture(dir, Clock.systemUTC()).started()) {
            WorkflowDefinition definition = new WorkflowDefinition("hanging-exit", null, null, Map.of(), Map.of(),
                    List.of(StepDefinition.command("quick", OK, List.of())),
                    new Handlers(null, null, null, StepDefinition.command("on-exit", SLEEP, List.of())), 0, null, null, null);
            long id = kumo.run(kumo.workflow(definition, null));
            WorkflowRunRecord running = handlerRunning(kumo, id, "on-exit");
            long pid = kumo.runOf(running, "on-exit").getPid();

            assertThat(kumo.workflows.stop(id)).isTrue();
            WorkflowRunRecord run = kumo.awaitEnd(id);

            assertThat(run.status()).isEqualTo(RunStatus.STOPPED);
            assertThat(run.step("quick").orElseThrow().status()).isEqualTo(StepStatus.SUCCESS);
            assertThat(run.step("on-exit").orElseThrow().status()).isEqualTo(StepStatus.STOPPED);
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        }
    }

    @Test
    void aSecondStopEndsTheCancelHandlerTheFirstStopStarted() {
        try (WorkflowFixture kumo = new WorkflowFixture(dir, Clock.systemUTC()).started()) {
            WorkflowDefinition definition = new WorkflowDefinition("hanging-cancel", null, null, Map.of(), Map.of(),
                    List.of(StepDefinition.command("sleep", SLEEP, List.of())),
                    new Handlers(null, null, StepDefinition.command("on-cancel", SLEEP, List.of()), null), 0, null, null, null);
            long id = kumo.run(kumo.workflow(definition, null));
            kumo.await(id, run -> run.step("sleep").orElseThrow().runId() != null
                    && kumo.runOf(run, "sleep").getPid() != null, "the sleep step running");
            assertThat(kumo.workflows.stop(id)).isTrue();
            handlerRunning(kumo, id, "on-cancel");

            assertThat(kumo.workflows.stop(id)).isTrue();
            WorkflowRunRecord run = kumo.awaitEnd(id);

            assertThat(run.status()).isEqualTo(RunStatus.STOPPED);
            assertThat(run.step("on-cancel").orElseThrow().status()).isEqualTo(StepStatus.STOPPED);
        }
    }

    @Test
    void theWorkflowTimeoutEndsARunningHandler() {
        try (WorkflowFixture kumo = new WorkflowFixture(dir, Clock.systemUTC()).started()) {
            WorkflowDefinition definition = new WorkflowDefinition("timed-exit", null, null, Map.of(), Map.of(),
                    List.of(StepDefinition.command("quick", OK, List.of())),
                    new Handlers(null, null, null, StepDefinition.command("on-exit", SLEEP, List.of())), 0, null, null, 2L);
            long id = kumo.run(kumo.workflow(definition, null));

            WorkflowRunRecord run = kumo.awaitEnd(id);

            assertThat(run.status()).isEqualTo(RunStatus.TIMEOUT);
            assertThat(run.step("on-exit").orElseThrow().status()).isIn(StepStatus.TIMEOUT, StepStatus.STOPPED);
        }
    }

    private static WorkflowRunRecord handlerRunning(WorkflowFixture kumo, long id, String handler) {
        return kumo.await(id, run -> run.step(handler).orElseThrow().runId() != null
                && kumo.engine.runs().find(run.step(handler).orElseThrow().runId()).orElseThrow().getPid() != null,
                "the " + handler + " handler running");
    }

    @Test
    void aRestartKeepsTheFinishedStepsAndEndsTheRunInterrupted() throws Exception {
        long runId;
        try (WorkflowFixture kumo = new WorkflowFixture(dir, Clock.systemUTC())) {
            runId = leaveAsACrashWould(kumo);
        }
        try (WorkflowFixture kumo = new WorkflowFixture(dir, Clock.systemUTC()).started()) {
            WorkflowRunRecord run = kumo.core.workflowService().findRun(runId).orElseThrow();

            assertThat(run.status()).isEqualTo(RunStatus.INTERRUPTED);
            assertThat(run.step("a").orElseThrow().status()).isEqualTo(StepStatus.SUCCESS);
            assertThat(run.step("a").orElseThrow().outputs()).containsEntry("ROWS", "7");
            assertThat(run.step("b").orElseThrow().status()).isEqualTo(StepStatus.INTERRUPTED);
            assertThat(run.step("c").orElseThrow().status()).isEqualTo(StepStatus.INTERRUPTED);
            assertThat(kumo.engine.runs().find(run.step("b").orElseThrow().runId()).orElseThrow().getStatus())
                    .isEqualTo(RunStatus.INTERRUPTED);
        }
    }

    /**
     * A -> B -> C where A's attempt ended SUCCESS but Kumo died before writing the step, and B's attempt was RUNNING:
     * the rows as a kill -9 leaves them.
     */
    private static long leaveAsACrashWould(WorkflowFixture kumo) throws Exception {
        WorkflowDefinition definition = WorkflowFixture.definition("crashed", List.of(StepDefinition.command("a", OK, List.of()),
                StepDefinition.command("b", SLEEP, List.of("a")), StepDefinition.command("c", OK, List.of("b"))));
        Instant now = Instant.now();
        WorkflowRunState state = new WorkflowRunState(0, 1, definition, "name: crashed", Map.of(), TriggerKind.MANUAL, now, null);
        WorkflowRunWriter writer = new WorkflowRunWriter(kumo.core.database(), null);
        state.id = writer.insertRun(1, "crashed", TriggerKind.MANUAL, now, RunStatus.RUNNING, now, Map.of(), "name: crashed", null,
                null, state.steps.values()).orElseThrow();
        StepState a = state.step("a");
        StepState b = state.step("b");
        Run attemptOfA = attempt(kumo, state, a, RunStatus.SUCCESS, now);
        a.status = StepStatus.RUNNING;
        a.runId = attemptOfA.getId();
        a.attempts = 1;
        writer.updateStep(a);
        Path outputFile = new StepOutputs(kumo.core.dataDirectory().root()).fresh(state.id, a);
        Files.writeString(outputFile, "ROWS=7\n");
        Run attemptOfB = attempt(kumo, state, b, RunStatus.RUNNING, now.plusMillis(5));
        b.status = StepStatus.RUNNING;
        b.runId = attemptOfB.getId();
        b.attempts = 1;
        writer.updateStep(b);
        return state.id;
    }

    private static Run attempt(WorkflowFixture kumo, WorkflowRunState state, StepState step, RunStatus status, Instant at) {
        Task task = new Task("crashed - " + step.name, OK);
        task.setId(-step.rowId);
        Run run = kumo.engine.runs().recordStep(task, state.id, step.name, 1, at, at);
        run.setStatus(status);
        run.setStartedAt(at);
        if (status.isTerminal()) {
            run.setEndedAt(at.plusMillis(1));
            run.setExitCode(0);
        }
        kumo.engine.runs().update(run);
        return run;
    }
}
