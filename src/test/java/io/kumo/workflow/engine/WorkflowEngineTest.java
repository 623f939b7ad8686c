package io.kumo.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.workflow.Handlers;
import io.kumo.workflow.RetryPolicy;
import io.kumo.workflow.RunCondition;
import io.kumo.workflow.StepDefinition;
import io.kumo.workflow.StepStatus;
import io.kumo.workflow.WorkflowDefinition;
import io.kumo.workflow.service.StoredWorkflow;
import io.kumo.workflow.service.WorkflowRunRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Workflows run on the real engine with python3 steps: order, parallelism, conditions, handlers, outputs, retries. */
@DisabledOnOs(OS.WINDOWS)
class WorkflowEngineTest {

    static final String OK = "python3 -c \"print('ok')\"";
    static final String FAIL = "python3 -c \"import sys; sys.exit(3)\"";
    static final String SLEEP_2 = "python3 -c \"import time; time.sleep(2)\"";

    @TempDir
    Path dir;
    WorkflowFixture kumo;

    @BeforeEach
    void open() {
        kumo = new WorkflowFixture(dir, Clock.systemUTC()).started();
    }

    @AfterEach
    void close() {
        kumo.close();
    }

    static StepDefinition step(String name, String command, String... depends) {
        return StepDefinition.command(name, command, List.of(depends));
    }

    static StepDefinition when(StepDefinition step, RunCondition condition) {
        return new StepDefinition(step.name(), null, step.command(), null, null, null, null, step.depends(), step.env(), condition,
                step.retry(), step.timeoutSeconds(), step.continueOnFailure(), step.preconditions(), step.output(), null);
    }

    static StepDefinition continuing(StepDefinition step) {
        return new StepDefinition(step.name(), null, step.command(), null, null, null, null, step.depends(), step.env(), step.runIf(),
                step.retry(), step.timeoutSeconds(), true, step.preconditions(), step.output(), null);
    }

    static StepDefinition retried(StepDefinition step, int limit) {
        return new StepDefinition(step.name(), null, step.command(), null, null, null, null, step.depends(), step.env(), step.runIf(),
                new RetryPolicy(limit, 0), step.timeoutSeconds(), step.continueOnFailure(), step.preconditions(), step.output(), null);
    }

    static StatusOf statuses(WorkflowRunRecord run) {
        return new StatusOf(run);
    }

    record StatusOf(WorkflowRunRecord run) {
        StepStatus of(String step) {
            return run.step(step).orElseThrow().status();
        }
    }

    @Test
    void aStepStartsOnlyAfterItsDependencySucceeded() {
        StoredWorkflow workflow = kumo.workflow("ordered", step("a", SLEEP_2), step("b", OK, "a"));

        WorkflowRunRecord run = kumo.awaitEnd(kumo.run(workflow));

        assertThat(run.status()).isEqualTo(RunStatus.SUCCESS);
        Run a = kumo.runOf(run, "a");
        Run b = kumo.runOf(run, "b");
        assertThat(b.getQueuedAt()).isAfterOrEqualTo(a.getEndedAt());
        assertThat(b.getStartedAt()).isAfterOrEqualTo(a.getEndedAt());
        assertThat(a.getWorkflowRunId()).isEqualTo(run.id());
        assertThat(b.getStepName()).isEqualTo("b");
        assertThat(b.getTaskId()).isNegative();
    }

    @Test
    void aWorkflowRunAndItsStepsCarryThisNodesName() throws Exception {
        StoredWorkflow workflow = kumo.workflow("stamped", step("a", OK));

        WorkflowRunRecord run = kumo.awaitEnd(kumo.run(workflow));

        String self = kumo.core.nodes().self();
        assertThat(kumo.runOf(run, "a").getNode()).isEqualTo(self);
        String stored = kumo.core.database().withConnection(connection -> {
            try (var query = connection.prepareStatement("SELECT node FROM workflow_runs WHERE id = ?")) {
                query.setLong(1, run.id());
                try (var rows = query.executeQuery()) {
                    rows.next();
                    return rows.getString(1);
                }
            }
        });
        assertThat(stored).isEqualTo(self);
    }

    @Test
    void stepsWithoutDependenciesRunAtTheSameTime() {
        StoredWorkflow workflow = kumo.workflow("parallel", step("left", SLEEP_2), step("right", SLEEP_2));

        WorkflowRunRecord run = kumo.awaitEnd(kumo.run(workflow));

        assertThat(run.status()).isEqualTo(RunStatus.SUCCESS);
        Run left = kumo.runOf(run, "left");
        Run right = kumo.runOf(run, "right");
        assertThat(left.getStartedAt()).isBefore(right.getEndedAt());
        assertThat(right.getStartedAt()).isBefore(left.getEndedAt());
    }

    @Test
    void maxActiveStepsOfOneRunsThemOneAfterTheOther() {
        WorkflowDefinition definition = WorkflowFixture.definition("one-at-a-time", List.of(step("left", SLEEP_2), step("right", SLEEP_2)));
        definition = new WorkflowDefinition(definition.name(), null, null, Map.of(), Map.of(), definition.steps(), null, 1, null, null, null);

        WorkflowRunRecord run = kumo.awaitEnd(kumo.run(kumo.workflow(definition, null)));

        Run left = kumo.runOf(run, "left");
        Run right = kumo.runOf(run, "right");
        assertThat(right.getStartedAt()).isAfterOrEqualTo(left.getEndedAt());
    }

    @Test
    void aFailureSkipsTheStepsAfterItAndFailsTheRun() {
        StoredWorkflow workflow = kumo.workflow("failing", step("a", FAIL), step("b", OK, "a"), step("c", OK, "b"));

        WorkflowRunRecord run = kumo.awaitEnd(kumo.run(workflow));

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(statuses(run).of("a")).isEqualTo(StepStatus.FAILED);
        assertThat(run.step("a").orElseThrow().exitCode()).isEqualTo(3);
        assertThat(statuses(run).of("b")).isEqualTo(StepStatus.SKIPPED);
        assertThat(run.step("b").orElseThrow().note()).contains("dependency a ended FAILED");
        assertThat(statuses(run).of("c")).isEqualTo(StepStatus.SKIPPED);
        assertThat(run.step("c").orElseThrow().note()).contains("dependency b was skipped");
    }

    @Test
    void anyFailedRunsOnlyAfterAFailure() {
        StoredWorkflow failing = kumo.workflow("cleanup-after-failure", step("a", FAIL), when(step("cleanup", OK, "a"), RunCondition.ANY_FAILED));
        StoredWorkflow passing = kumo.workflow("cleanup-after-success", step("a", OK), when(step("cleanup", OK, "a"), RunCondition.ANY_FAILED));

        WorkflowRunRecord afterFailure = kumo.awaitEnd(kumo.run(failing));
        WorkflowRunRecord afterSuccess = kumo.awaitEnd(kumo.run(passing));

        assertThat(statuses(afterFailure).of("cleanup")).isEqualTo(StepStatus.SUCCESS);
        assertThat(statuses(afterSuccess).of("cleanup")).isEqualTo(StepStatus.SKIPPED);
        assertThat(afterSuccess.status()).isEqualTo(RunStatus.SUCCESS);
    }

    @Test
    void alwaysRunsWhateverItsDependenciesDid() {
        StoredWorkflow workflow = kumo.workflow("always", step("a", FAIL), when(step("report", OK, "a"), RunCondition.ALWAYS));

        WorkflowRunRecord run = kumo.awaitEnd(kumo.run(workflow));

        assertThat(statuses(run).of("report")).isEqualTo(StepStatus.SUCCESS);
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    }

    @Test
    void continueOnFailureLetsTheNextStepsRunAndTheRunSucceed() {
        StoredWorkflow workflow = kumo.workflow("tolerant", continuing(step("flaky", FAIL)), step("next", OK, "flaky"));

        WorkflowRunRecord run = kumo.awaitEnd(kumo.run(workflow));

        assertThat(statuses(run).of("flaky")).isEqualTo(StepStatus.FAILED);
        assertThat(statuses(run).of("next")).isEqualTo(StepStatus.SUCCESS);
        assertThat(run.status()).isEqualTo(RunStatus.SUCCESS);
    }

    @Test
    void handlersRunOnceEachForTheOutcome() {
        WorkflowDefinition definition = new WorkflowDefinition("handled", null, null, Map.of(), Map.of(), List.of(step("a", FAIL)),
                new Handlers(step("on-success", OK), step("on-failure", OK), null, step("on-exit", OK)), 0, null, null, null);

        WorkflowRunRecord run = kumo.awaitEnd(kumo.run(kumo.workflow(definition, null)));

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(statuses(run).of("on-failure")).isEqualTo(StepStatus.SUCCESS);
        assertThat(statuses(run).of("on-exit")).isEqualTo(StepStatus.SUCCESS);
        assertThat(statuses(run).of("on-success")).isEqualTo(StepStatus.SKIPPED);
        assertThat(run.step("on-failure").orElseThrow().attempts()).isEqualTo(1);
        assertThat(run.step("on-exit").orElseThrow().attempts()).isEqualTo(1);
        assertThat(run.step("on-exit").orElseThrow().handler()).isEqualTo("exit");
        assertThat(kumo.runOf(run, "on-exit").getStartedAt()).isAfterOrEqualTo(kumo.runOf(run, "on-failure").getEndedAt());
    }

    @Test
    void aStepPassesValuesToTheStepsAfterIt() throws Exception {
        StoredWorkflow workflow = kumo.workflow("passing", step("count", "echo ROWS=42 >> \"$KUMO_OUTPUT\""),
                step("load", "python3 -c \"import os; print('loading', os.environ['ROWS'], 'rows')\"", "count"));

        WorkflowRunRecord run = kumo.awaitEnd(kumo.run(workflow));

        assertThat(run.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(run.step("count").orElseThrow().outputs()).containsEntry("ROWS", "42");
        assertThat(kumo.logOf(run, "load")).contains("loading 42 rows");
    }

    @Test
    void aFailedStepIsRetriedByItsPolicyEachAttemptARun() throws Exception {
        Path counter = dir.resolve("attempts");
        String failTwice = "python3 -c \"import pathlib, sys; p = pathlib.Path('" + counter + "'); n = int(p.read_text()) + 1 if p.exists() else 1; "
                + "p.write_text(str(n)); sys.exit(0 if n >= 3 else 1)\"";
        StoredWorkflow workflow = kumo.workflow("retried", retried(step("flaky", failTwice), 2));

        WorkflowRunRecord run = kumo.awaitEnd(kumo.run(workflow));

        assertThat(run.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(run.step("flaky").orElseThrow().attempts()).isEqualTo(3);
        long stepRow = -kumo.runOf(run, "flaky").getTaskId();
        List<Run> attempts = kumo.engine.runs().latest(-stepRow, null, 10);
        assertThat(attempts).hasSize(3).extracting(Run::getStatus)
                .containsExactlyInAnyOrder(RunStatus.FAILED, RunStatus.FAILED, RunStatus.SUCCESS);
    }
}
