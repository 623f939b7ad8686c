package io.kumo.workflow;

import static io.kumo.workflow.WorkflowGraphTest.step;
import static io.kumo.workflow.WorkflowGraphTest.workflow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.domain.TriggerType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkflowValidatorTest {

    private static List<String> problems(WorkflowDefinition definition) {
        return WorkflowValidator.problems(definition).stream().map(WorkflowValidator.Problem::toString).toList();
    }

    private static StepDefinition withRetry(StepDefinition step, RetryPolicy retry, Long timeout) {
        return new StepDefinition(step.name(), null, step.command(), null, null, null, null, step.depends(), null, null, retry,
                timeout, false, null, null, null);
    }

    private static WorkflowDefinition scheduled(WorkflowSchedule schedule) {
        return new WorkflowDefinition("wf", null, schedule, null, null, List.of(step("a")), null, 0, null, null, null);
    }

    @Test
    void acceptsAValidWorkflow() {
        assertThat(problems(workflow(step("a"), step("b", "a")))).isEmpty();
    }

    @Test
    void refusesANameAgainstTheTaskNameRule() {
        assertThat(problems(workflow(step("a")).withName("bad/name"))).singleElement().asString()
                .startsWith("name: 'bad/name' has '/'");
        assertThat(problems(workflow(step("a")).withName(""))).containsExactly("name: must not be empty");
    }

    @Test
    void needsAtLeastOneStep() {
        assertThat(problems(workflow())).containsExactly("steps: a workflow needs at least one step");
    }

    @Test
    void refusesDuplicateStepNames() {
        assertThat(problems(workflow(step("a"), step("a"))))
                .containsExactly("step a: name: 'a' is used by another step; step names must be unique");
    }

    @Test
    void namesTheStepAndTheMissingDependency() {
        assertThat(problems(workflow(step("a"), step("b", "ghost"))))
                .containsExactly("step b: depends on 'ghost', which is not a step of this workflow");
    }

    @Test
    void refusesAStepDependingOnItself() {
        assertThat(problems(workflow(step("a", "a")))).containsExactly("step a: depends on itself");
    }

    @Test
    void namesTheStepsOnACycle() {
        assertThat(problems(workflow(step("a", "c"), step("b", "a"), step("c", "b"))))
                .containsExactly("the steps a -> b -> c -> a form a cycle");
    }

    @Test
    void needsANameOnEveryStep() {
        StepDefinition unnamed = new StepDefinition(null, null, "echo", null, null, null, null, null, null, null, null, null,
                false, null, null, null);

        assertThat(problems(workflow(step("a"), unnamed, step("b", "a")))).containsExactly("step #2: name: every step needs a name");
    }

    @Test
    void needsExactlyOneOfCommandAndTask() {
        StepDefinition both = new StepDefinition("a", null, "echo", "nightly", null, null, null, null, null, null, null, null,
                false, null, null, null);
        StepDefinition neither = new StepDefinition("b", null, null, null, null, null, null, null, null, null, null, null,
                false, null, null, null);

        assertThat(problems(workflow(both, neither))).containsExactly("step a: has both a command and a task; give one",
                "step b: needs a command or a task to run");
    }

    @Test
    void checksRetryLimitsAndTimeouts() {
        assertThat(problems(workflow(withRetry(step("a"), new RetryPolicy(101, 0), null))))
                .containsExactly("step a: retryPolicy: limit must be 0 to 100, not 101");
        assertThat(problems(workflow(withRetry(step("a"), new RetryPolicy(-1, -5), 0L)))).containsExactly(
                "step a: retryPolicy: limit must be 0 to 100, not -1", "step a: retryPolicy: intervalSec must be 0 or more, not -5",
                "step a: timeout: must be more than 0 seconds");
        assertThat(problems(workflow(withRetry(step("a"), new RetryPolicy(100, 0), 1L)))).isEmpty();
    }

    @Test
    void checksTheWorkflowsOwnLimits() {
        WorkflowDefinition definition = new WorkflowDefinition("wf", null, null, null, null, List.of(step("a")), null, -1,
                null, null, -3L);

        assertThat(problems(definition)).containsExactly("maxActiveSteps: must be 0 (no limit) or more, not -1",
                "timeout: must be more than 0 seconds");
    }

    @Test
    void handlersMayNotHaveDepends() {
        Handlers handlers = new Handlers(null, step("on_failure", "a"), null, null);
        WorkflowDefinition definition = new WorkflowDefinition("wf", null, null, null, null, List.of(step("a")), handlers, 0,
                null, null, null);

        assertThat(problems(definition)).containsExactly("step on_failure: a handler runs after the steps; it may not have depends");
    }

    @Test
    void aStepMayNotDependOnAHandler() {
        Handlers handlers = new Handlers(null, step("on_failure"), null, null);
        WorkflowDefinition definition = new WorkflowDefinition("wf", null, null, null, null, List.of(step("a", "on_failure")),
                handlers, 0, null, null, null);

        assertThat(problems(definition)).containsExactly("step a: depends on 'on_failure', which is a handler, not a step");
    }

    @Test
    void checksTheScheduleWithKumosTriggerRules() {
        assertThat(problems(scheduled(WorkflowSchedule.cron("0 6 * * *", "Europe/Berlin")))).isEmpty();
        assertThat(problems(scheduled(WorkflowSchedule.cron("61 * * * *", null)))).singleElement().asString().startsWith("cron: ");
        assertThat(problems(scheduled(WorkflowSchedule.cron("0 6 * * *", "Mars/Base"))))
                .containsExactly("zone: 'Mars/Base' is not a time zone (e.g. Europe/Berlin, UTC)");
        assertThat(problems(scheduled(WorkflowSchedule.every(0)))).containsExactly("every: must be more than 0 seconds");
        assertThat(problems(scheduled(new WorkflowSchedule(TriggerType.ONCE, null, null, null, null))))
                .containsExactly("at: needs a date and time");
        assertThat(problems(scheduled(WorkflowSchedule.at(Instant.parse("2030-01-01T00:00:00Z"))))).isEmpty();
    }

    @Test
    void refusesVariableNamesAnEnvironmentCannotHold() {
        WorkflowDefinition definition = new WorkflowDefinition("wf", null, null, Map.of("A=B", "1"), Map.of(" ", "x"),
                List.of(step("a")), null, 0, null, null, null);

        assertThat(problems(definition)).containsExactly("params: 'A=B' is not a variable name", "env: ' ' is not a variable name");
    }

    private static StepDefinition when(String name, String condition, String... depends) {
        StepDefinition step = step(name, depends);
        return new StepDefinition(name, null, step.command(), null, null, null, null, step.depends(), null,
                RunCondition.of(condition), null, null, false, null, null, null);
    }

    @Test
    void acceptsAnExpressionReadingEarlierSteps() {
        assertThat(problems(workflow(step("a"), step("b", "a"), when("c", "steps.a.exit_code == 0 && steps.b.status == SUCCESS", "b"))))
                .isEmpty();
    }

    @Test
    void refusesAnExpressionThatDoesNotParse() {
        assertThat(problems(workflow(step("a"), when("b", "steps.a.exit_code ==", "a"))))
                .containsExactly("step b: runIf: column 21: expected a value, found the end");
    }

    @Test
    void refusesAnExpressionReadingAnUnknownLaterOrOwnStep() {
        assertThat(problems(workflow(step("a"), step("b"), when("c", "steps.ghost.status == FAILED || steps.b.exit_code == 1 "
                + "|| steps.c.exit_code == 0", "a")))).containsExactly(
                "step c: runIf reads step 'ghost', which is not a step of this workflow",
                "step c: runIf reads step 'b', which does not end before this step; add it to depends (directly or through a step it depends on)",
                "step c: runIf reads step 'c', which is this step itself");
    }

    @Test
    void aHandlersExpressionMayReadAnyStep() {
        Handlers handlers = new Handlers(null, null, null, when("on_exit", "steps.b.status == FAILED || steps.zz.exit_code == 0"));
        WorkflowDefinition definition = new WorkflowDefinition("wf", null, null, null, null, List.of(step("a"), step("b")),
                handlers, 0, null, null, null);

        assertThat(problems(definition)).containsExactly("step on_exit: runIf reads step 'zz', which is not a step of this workflow");
    }

    @Test
    void validateThrowsTheFirstProblem() {
        assertThatThrownBy(() -> WorkflowValidator.validate(workflow(step("a", "a"), step("a"))))
                .isInstanceOf(WorkflowFileException.class).hasMessage("step a: depends on itself");
    }
}
