package io.kumo.alerts.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.alerts.HistoryFacts;
import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.engine.RunStore;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A task's history as alerts read it from a real store: its own runs only, and a retry only when one was recorded. */
class AlertFactsTest {

    @TempDir
    Path dir;
    KumoCore core;
    RunStore store;
    AlertFacts facts;
    Task task;

    @BeforeEach
    void open() {
        core = TestCores.open(dir);
        store = new RunStore(core.database());
        facts = new AlertFacts(core.runHistory(), core.tasks()::findById, core.projects()::findById, (name, limit) -> List.of());
        task = core.tasks().create(new Task("nightly", "true"));
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void aFailedRunAsAWorkflowStepIsNotTheTasksPreviousOutcomeNorInItsDurations() {
        ended(RunStatus.SUCCESS, 1, Duration.ofSeconds(10));
        Run step = ended(RunStatus.FAILED, 2, Duration.ofSeconds(1));
        step.setWorkflowStep(99L, "report");
        store.update(step);
        Run stepSuccess = ended(RunStatus.SUCCESS, 3, Duration.ofHours(5));
        stepSuccess.setWorkflowStep(99L, "report");
        store.update(stepSuccess);
        Run now = ended(RunStatus.SUCCESS, 4, Duration.ofSeconds(12));

        HistoryFacts history = facts.history(now);

        assertThat(history.previousOutcome()).isEqualTo("SUCCESS");
        assertThat(history.recentSuccesses()).containsExactly(Duration.ofSeconds(12), Duration.ofSeconds(10));
        assertThat(facts.recentSuccesses(task.getId())).containsExactly(Duration.ofSeconds(12), Duration.ofSeconds(10));
    }

    @Test
    void aRetryFollowsOnlyWhenTheEngineRecordedIt() {
        task.setRetries(1);
        core.tasks().update(task);
        Run failed = ended(RunStatus.FAILED, 1, Duration.ofSeconds(1));

        boolean beforeTheRetryRow = facts.retryFollows(failed);
        store.recordRetry(failed, failed.getEndedAt().plusSeconds(5), failed.getEndedAt());

        assertThat(beforeTheRetryRow).isFalse();
        assertThat(facts.retryFollows(failed)).isTrue();
    }

    private Run ended(RunStatus status, int hour, Duration took) {
        Instant at = TestCores.T0.plus(Duration.ofHours(hour));
        Run run = store.recordFire(task, TriggerKind.CRON, at, status, at, null).orElseThrow();
        run.setStartedAt(at);
        run.setEndedAt(at.plus(took));
        run.setAttempt(1);
        store.update(run);
        return run;
    }
}
