package io.kumo.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.RunStatus;
import io.kumo.workflow.StepStatus;
import io.kumo.workflow.service.WorkflowRunRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Workflow files with expressions, Dagu's output, preconditions and a workflow timeout, run on the real engine. */
@DisabledOnOs(OS.WINDOWS)
class WorkflowConditionsTest {

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

    private WorkflowRunRecord run(String yaml) {
        String name = kumo.core.workflowService().save(yaml).name();
        return kumo.awaitEnd(kumo.core.workflowService().run(name, Map.of()));
    }

    @Test
    void anExpressionOnAnExitCodeChoosesTheBranch() {
        WorkflowRunRecord run = run("""
                name: branches
                steps:
                  - name: check
                    command: exit 4
                    continueOn:
                      failure: true
                  - name: on-four
                    command: echo four
                    depends: [check]
                    runIf: steps.check.exit_code == 4
                  - name: on-zero
                    command: echo zero
                    depends: [check]
                    runIf: steps.check.exit_code == 0
                """);

        assertThat(run.step("on-four").orElseThrow().status()).isEqualTo(StepStatus.SUCCESS);
        assertThat(run.step("on-zero").orElseThrow().status()).isEqualTo(StepStatus.SKIPPED);
        assertThat(run.step("on-zero").orElseThrow().note()).startsWith("condition not met: steps.check.exit_code == 0");
    }

    @Test
    void anExpressionReadsAnOutputOfAnEarlierStep() {
        WorkflowRunRecord run = run("""
                name: by-output
                steps:
                  - name: count
                    command: echo ROWS=150 >> "$KUMO_OUTPUT"
                  - name: big
                    command: echo big
                    depends: [count]
                    runIf: steps.count.outputs.ROWS > 100
                  - name: small
                    command: echo small
                    depends: [count]
                    runIf: steps.count.outputs.ROWS <= 100
                """);

        assertThat(run.step("big").orElseThrow().status()).isEqualTo(StepStatus.SUCCESS);
        assertThat(run.step("small").orElseThrow().status()).isEqualTo(StepStatus.SKIPPED);
    }

    @Test
    void daguOutputPassesTheLastPrintedLine() throws Exception {
        WorkflowRunRecord run = run("""
                name: dagu-output
                steps:
                  - name: today
                    command: printf 'working\\n2026-05-04\\n'
                    output: DAY
                  - name: use
                    command: echo "day is $DAY"
                    depends: [today]
                """);

        assertThat(run.step("today").orElseThrow().outputs()).containsEntry("DAY", "2026-05-04");
        assertThat(kumo.logOf(run, "use")).contains("day is 2026-05-04");
    }

    @Test
    void aPreconditionNotMetSkipsTheStep() {
        WorkflowRunRecord run = run("""
                name: guarded
                steps:
                  - name: only-if-present
                    command: echo ran
                    preconditions:
                      - condition: "test -e %s"
                """.formatted(dir.resolve("absent")));

        assertThat(run.step("only-if-present").orElseThrow().status()).isEqualTo(StepStatus.SKIPPED);
        assertThat(run.step("only-if-present").orElseThrow().note()).startsWith("precondition not met");
        assertThat(run.status()).isEqualTo(RunStatus.SUCCESS);
    }

    @Test
    void aStepRunsAnExistingTaskWithTheWorkflowsVariables() throws Exception {
        io.kumo.domain.Task task = new io.kumo.domain.Task("greeter", "python3 -c \"import os; print('hello from', os.environ['KUMO_STEP'], os.environ['WHO'])\"");
        kumo.core.tasks().create(task);

        WorkflowRunRecord run = run("""
                name: reuse
                env:
                  WHO: the workflow
                steps:
                  - name: greet
                    task: greeter
                """);

        assertThat(run.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(kumo.logOf(run, "greet")).contains("hello from greet the workflow");
    }

    @Test
    void theWorkflowTimeoutStopsItsStepsAndRunsTheFailureHandler() {
        WorkflowRunRecord run = run("""
                name: slow
                timeoutSec: 1
                steps:
                  - name: sleep
                    command: python3 -c "import time; time.sleep(60)"
                  - name: after
                    command: echo after
                    depends: [sleep]
                handlerOn:
                  failure:
                    command: echo failed
                """);

        assertThat(run.status()).isEqualTo(RunStatus.TIMEOUT);
        assertThat(run.step("sleep").orElseThrow().status()).isEqualTo(StepStatus.TIMEOUT);
        assertThat(run.step("after").orElseThrow().status()).isEqualTo(StepStatus.STOPPED);
        assertThat(run.steps().stream().filter(step -> "failure".equals(step.handler())).findFirst().orElseThrow().status())
                .isEqualTo(StepStatus.SUCCESS);
    }
}
