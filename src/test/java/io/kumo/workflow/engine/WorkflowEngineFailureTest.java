package io.kumo.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.kumo.domain.RunStatus;
import io.kumo.domain.TriggerKind;
import io.kumo.engine.EngineListener;
import io.kumo.workflow.Precondition;
import io.kumo.workflow.StepDefinition;
import io.kumo.workflow.StepStatus;
import io.kumo.workflow.WorkflowDefinition;
import io.kumo.workflow.service.WorkflowRunRecord;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** A failure in a hook or in one stored run does not stop the engine from starting, closing or recovering. */
@DisabledOnOs(OS.WINDOWS)
class WorkflowEngineFailureTest {

    static final String SLEEP = WorkflowStopAndRecoveryTest.SLEEP;

    @TempDir
    Path dir;

    @Test
    void aListenerFailingOnStartAndCloseNeitherAbortsPrepareNorLeavesProcessesRunning() {
        long pid;
        Long stepRun;
        try (WorkflowFixture kumo = new WorkflowFixture(dir, Clock.systemUTC())) {
            kumo.engine.addListener(new EngineListener() {
                @Override
                public void runChanged(io.kumo.domain.Run run) {
                }

                @Override
                public void engineStarted() {
                    throw new IllegalStateException("a broken listener");
                }

                @Override
                public void engineClosing() {
                    throw new IllegalStateException("a broken listener");
                }
            });
            assertThatCode(kumo.engine::prepare).doesNotThrowAnyException();
            long id = kumo.run(kumo.workflow("sleeps", StepDefinition.command("sleep", SLEEP, List.of())));
            WorkflowRunRecord running = kumo.await(id, run -> run.step("sleep").orElseThrow().runId() != null
                    && kumo.runOf(run, "sleep").getPid() != null, "the sleep step running");
            pid = kumo.runOf(running, "sleep").getPid();
            stepRun = running.step("sleep").orElseThrow().runId();

            kumo.engine.close();

            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(kumo.engine.runs().find(stepRun).orElseThrow().getStatus().isTerminal()).isTrue();
        }
    }

    @Test
    void aPreconditionThatCannotBeCheckedFailsTheStepInsteadOfLeavingTheRunRunning() {
        try (WorkflowFixture kumo = new WorkflowFixture(dir, Clock.systemUTC()).started()) {
            StepDefinition ok = StepDefinition.command("a", WorkflowStopAndRecoveryTest.OK, List.of());
            StepDefinition broken = new StepDefinition(ok.name(), null, ok.command(), null, null, null, null, List.of(), Map.of(),
                    ok.runIf(), ok.retry(), null, false, List.of(new Precondition("x", "re:[unclosed")), null, null);
            long id = kumo.run(kumo.workflow("unchecked", broken, StepDefinition.command("b", WorkflowStopAndRecoveryTest.OK, List.of("a"))));

            WorkflowRunRecord run = kumo.awaitEnd(id);

            assertThat(run.status()).isEqualTo(RunStatus.FAILED);
            assertThat(run.step("a").orElseThrow().status()).isEqualTo(StepStatus.FAILED);
            assertThat(run.step("a").orElseThrow().note()).startsWith("precondition could not be checked: ");
            assertThat(run.step("b").orElseThrow().status()).isEqualTo(StepStatus.SKIPPED);
        }
    }

    @Test
    void recoveryReadsAStatusItDoesNotKnowAsInterrupted() throws Exception {
        long runId;
        try (WorkflowFixture kumo = new WorkflowFixture(dir, Clock.systemUTC())) {
            WorkflowDefinition definition = WorkflowFixture.definition("odd", List.of(StepDefinition.command("a", SLEEP, List.of())));
            Instant now = Instant.now();
            WorkflowRunState state = new WorkflowRunState(0, 1, definition, "name: odd", Map.of(), TriggerKind.MANUAL, now, null);
            runId = new WorkflowRunWriter(kumo.core.database(), null).insertRun(1, "odd", TriggerKind.MANUAL, now, RunStatus.RUNNING, now,
                    Map.of(), "name: odd", null, null, state.steps.values()).orElseThrow();
            kumo.core.database().withConnection(connection -> {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE workflow_step_runs SET status = 'FROM_A_NEWER_KUMO' WHERE workflow_run_id = ?")) {
                    update.setLong(1, runId);
                    return update.executeUpdate();
                }
            });
        }
        try (WorkflowFixture kumo = new WorkflowFixture(dir, Clock.systemUTC()).started()) {
            WorkflowRunRecord run = kumo.core.workflowService().findRun(runId).orElseThrow();

            assertThat(run.status()).isEqualTo(RunStatus.INTERRUPTED);
            assertThat(run.step("a").orElseThrow().status()).isEqualTo(StepStatus.INTERRUPTED);
        }
    }
}
