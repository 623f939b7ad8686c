package io.kumo.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotificationRulesTest {

    static final NotificationRules.Switches ALL = new NotificationRules.Switches(true, true);

    @Test
    void failuresAndTimeoutsAreAnnouncedWithTheirError() {
        Task task = task(0);
        Optional<Notice> failed = NotificationRules.decide(run(RunStatus.FAILED, 1, "KeyError: 'id'", 1), task, RunStatus.SUCCESS, ALL);
        assertThat(failed).contains(new Notice(Notice.Level.ERROR, "etl failed", "KeyError: 'id'", 7, 42));
        assertThat(NotificationRules.decide(run(RunStatus.TIMEOUT, 1, null, null), task, null, ALL).orElseThrow().title())
                .isEqualTo("etl timed out");
        assertThat(NotificationRules.decide(run(RunStatus.FAILED, 1, null, 3), task, null, ALL).orElseThrow().body())
                .isEqualTo("Exit code 3");
    }

    @Test
    void aFailureThatWillBeRetriedIsNotAnnouncedButTheLastAttemptIs() {
        Task task = task(2);
        assertThat(NotificationRules.decide(run(RunStatus.FAILED, 1, "x", 1), task, null, ALL)).isEmpty();
        assertThat(NotificationRules.decide(run(RunStatus.FAILED, 2, "x", 1), task, null, ALL)).isEmpty();
        assertThat(NotificationRules.decide(run(RunStatus.FAILED, 3, "x", 1), task, null, ALL)).isPresent();
    }

    @Test
    void aSuccessAfterAFailureIsARecoveryAndOtherwiseSilent() {
        Task task = task(0);
        assertThat(NotificationRules.decide(run(RunStatus.SUCCESS, 1, null, 0), task, RunStatus.TIMEOUT, ALL).orElseThrow())
                .satisfies(notice -> {
                    assertThat(notice.level()).isEqualTo(Notice.Level.INFO);
                    assertThat(notice.title()).isEqualTo("etl recovered");
                });
        assertThat(NotificationRules.decide(run(RunStatus.SUCCESS, 1, null, 0), task, RunStatus.SUCCESS, ALL)).isEmpty();
        assertThat(NotificationRules.decide(run(RunStatus.SUCCESS, 1, null, 0), task, null, ALL)).isEmpty();
    }

    @Test
    void theTaskAndGlobalSwitchesAreHonoured() {
        Task quiet = task(0);
        quiet.setNotify(false);
        assertThat(NotificationRules.decide(run(RunStatus.FAILED, 1, "x", 1), quiet, null, ALL)).isEmpty();
        Task task = task(0);
        assertThat(NotificationRules.decide(run(RunStatus.FAILED, 1, "x", 1), task, null, new NotificationRules.Switches(false, true))).isEmpty();
        assertThat(NotificationRules.decide(run(RunStatus.SUCCESS, 1, null, 0), task, RunStatus.FAILED,
                new NotificationRules.Switches(true, false))).isEmpty();
        assertThat(NotificationRules.decide(run(RunStatus.STOPPED, 1, null, null), task, RunStatus.FAILED, ALL)).isEmpty();
    }

    private static Task task(int retries) {
        Task task = new Task("etl", "python etl.py");
        task.setId(7L);
        task.setRetries(retries);
        return task;
    }

    private static Run run(RunStatus status, int attempt, String error, Integer exitCode) {
        Run run = new Run(7L, "etl", TriggerKind.CRON, Instant.EPOCH, status);
        run.setId(42L);
        run.setAttempt(attempt);
        run.setError(error);
        run.setExitCode(exitCode);
        return run;
    }
}
