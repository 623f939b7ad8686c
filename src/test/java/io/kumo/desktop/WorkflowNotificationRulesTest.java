package io.kumo.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.RunStatus;
import io.kumo.domain.TriggerKind;
import io.kumo.workflow.StepStatus;
import io.kumo.workflow.service.StepRunRecord;
import io.kumo.workflow.service.WorkflowRunRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One notice per workflow run, naming its failed steps; recoveries; the global switches. */
class WorkflowNotificationRulesTest {

    static final NotificationRules.Switches ALL = new NotificationRules.Switches(true, true);
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    static StepRunRecord step(String name, String handler, StepStatus status, Integer exit) {
        return new StepRunRecord(name, handler, status, T0, T0, exit, 1L, 1, Map.of(), null);
    }

    static WorkflowRunRecord run(RunStatus status, String error, StepRunRecord... steps) {
        return new WorkflowRunRecord(42, 3, "etl", TriggerKind.CRON, status, T0, T0, T0, Map.of(), "", null, error, List.of(steps));
    }

    @Test
    void aFailedRunIsOneNoticeNamingItsFailedStep() {
        WorkflowRunRecord failed = run(RunStatus.FAILED, null, step("extract", null, StepStatus.SUCCESS, 0),
                step("load", null, StepStatus.FAILED, 1), step("report", null, StepStatus.SKIPPED, null),
                step("alert", "failure", StepStatus.SUCCESS, 0));

        assertThat(WorkflowNotificationRules.decide(failed, RunStatus.SUCCESS, ALL))
                .contains(new Notice(Notice.Level.ERROR, "Workflow etl failed", "Step load failed (exit code 1)", 0, 42));
    }

    @Test
    void severalFailedStepsAreNamedTogetherAndAFailedHandlerIsNotAStep() {
        WorkflowRunRecord failed = run(RunStatus.FAILED, null, step("a", null, StepStatus.FAILED, 1),
                step("b", null, StepStatus.TIMEOUT, null), step("c", null, StepStatus.FAILED, 2), step("d", null, StepStatus.STOPPED, null),
                step("alert", "failure", StepStatus.FAILED, 1));

        assertThat(WorkflowNotificationRules.decide(failed, null, ALL).orElseThrow().body()).isEqualTo("Steps a, b, c and 1 more failed");
    }

    @Test
    void timedOutAndInterruptedRunsAreAnnouncedWithTheirOwnWords() {
        assertThat(WorkflowNotificationRules.decide(run(RunStatus.TIMEOUT, null, step("load", null, StepStatus.TIMEOUT, null)), null, ALL)
                .orElseThrow()).satisfies(notice -> {
                    assertThat(notice.title()).isEqualTo("Workflow etl timed out");
                    assertThat(notice.body()).isEqualTo("Step load timed out");
                });
        assertThat(WorkflowNotificationRules.decide(run(RunStatus.INTERRUPTED, "Kumo stopped while it ran"), null, ALL).orElseThrow())
                .satisfies(notice -> {
                    assertThat(notice.title()).isEqualTo("Workflow etl was interrupted");
                    assertThat(notice.body()).isEqualTo("Kumo stopped while it ran");
                });
    }

    @Test
    void aSuccessAfterAFailedRunIsARecoveryAndOtherwiseSilent() {
        WorkflowRunRecord success = run(RunStatus.SUCCESS, null, step("load", null, StepStatus.SUCCESS, 0));

        assertThat(WorkflowNotificationRules.decide(success, RunStatus.FAILED, ALL).orElseThrow())
                .isEqualTo(new Notice(Notice.Level.INFO, "Workflow etl recovered", "Run #42 succeeded after a failed run", 0, 42));
        assertThat(WorkflowNotificationRules.decide(success, RunStatus.SUCCESS, ALL)).isEmpty();
        assertThat(WorkflowNotificationRules.decide(success, null, ALL)).isEmpty();
    }

    @Test
    void theGlobalSwitchesSilenceFailuresAndRecoveries() {
        NotificationRules.Switches none = new NotificationRules.Switches(false, false);

        assertThat(WorkflowNotificationRules.decide(run(RunStatus.FAILED, "x"), null, none)).isEmpty();
        assertThat(WorkflowNotificationRules.decide(run(RunStatus.SUCCESS, null), RunStatus.FAILED, none)).isEmpty();
    }

    @Test
    void stoppedAndSkippedRunsSayNothing() {
        assertThat(WorkflowNotificationRules.decide(run(RunStatus.STOPPED, null), RunStatus.SUCCESS, ALL)).isEmpty();
        assertThat(WorkflowNotificationRules.decide(run(RunStatus.SKIPPED, null), RunStatus.FAILED, ALL)).isEmpty();
    }
}
