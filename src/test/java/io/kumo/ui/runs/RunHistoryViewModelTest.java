package io.kumo.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.Project;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.engine.RunStore;
import io.kumo.storage.StoreException;
import io.kumo.testkit.TestCores;
import io.kumo.ui.common.SameThreadBackground;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run history on a real store, its background work run on the calling thread: no toolkit, no waiting. */
class RunHistoryViewModelTest {

    private static final Instant NOON = Instant.parse("2026-03-10T12:00:00Z");

    @TempDir
    Path dir;
    KumoCore core;
    final List<Throwable> errors = new ArrayList<>();
    RunHistoryViewModel history;

    @BeforeEach
    void open() {
        core = TestCores.open(dir);
        history = new RunHistoryViewModel(core.runHistory(), core.tasks()::list, core.projectService()::list,
                ZoneOffset.UTC, new SameThreadBackground(), errors::add);
    }

    @AfterEach
    void close() {
        core.close();
        assertThat(errors).isEmpty();
    }

    @Test
    void reloadShowsTheCountAndTheNewestPage() {
        minutely(task("nightly", null), 450);

        history.reload();

        assertThat(history.totalProperty().get()).isEqualTo(450);
        assertThat(history.rows()).hasSize(RunHistoryViewModel.PAGE_SIZE);
        assertThat(history.rows().getFirst().scheduledFor()).isEqualTo(NOON.minus(Duration.ofMinutes(1)));
        assertThat(history.pageLabelProperty().get()).isEqualTo("1–200 of 450 · page 1 of 3");
        assertThat(history.hasNextProperty().get()).isTrue();
        assertThat(history.hasPreviousProperty().get()).isFalse();
        assertThat(history.filteredProperty().get()).isFalse();
    }

    @Test
    void theLastPageHoldsTheRest() {
        minutely(task("nightly", null), 450);
        history.reload();

        history.nextPage();
        history.nextPage();

        assertThat(history.rows()).hasSize(50);
        assertThat(history.pageLabelProperty().get()).isEqualTo("401–450 of 450 · page 3 of 3");
        assertThat(history.hasNextProperty().get()).isFalse();
    }

    @Test
    void aPageThatNoLongerExistsFallsBackToTheLastOne() {
        List<Run> runs = minutely(task("nightly", null), 250);
        history.reload();
        history.nextPage();
        StoreException.unchecked(() -> core.database().runs().delete(runs.subList(100, 250)));

        history.reload();

        assertThat(history.pageProperty().get()).isZero();
        assertThat(history.rows()).hasSize(100);
        assertThat(history.pageLabelProperty().get()).isEqualTo("1–100 of 100 · page 1 of 1");
    }

    @Test
    void aStatusFilterNarrowsTheHistoryAndStartsAtTheFirstPage() {
        Task task = task("nightly", null);
        for (int i = 1; i <= 300; i++) {
            run(task, NOON.minus(Duration.ofMinutes(i)), i % 3 == 0 ? RunStatus.FAILED : RunStatus.SUCCESS);
        }
        history.reload();
        history.nextPage();

        history.statuses().add(RunStatus.FAILED);

        assertThat(history.pageProperty().get()).isZero();
        assertThat(history.totalProperty().get()).isEqualTo(100);
        assertThat(history.rows()).extracting(RunRow::status).containsOnly(RunStatus.FAILED);
        assertThat(history.filteredProperty().get()).isTrue();
    }

    @Test
    void aDayRangeIncludesBothEndsInTheGivenZone() {
        Task task = task("daily", null);
        for (int day = 1; day <= 5; day++) {
            run(task, Instant.parse("2026-03-0" + day + "T23:59:00Z"), RunStatus.SUCCESS);
        }

        history.fromProperty().set(LocalDate.of(2026, 3, 2));
        history.toProperty().set(LocalDate.of(2026, 3, 4));

        assertThat(history.rows()).extracting(RunRow::scheduledFor).containsExactly(
                Instant.parse("2026-03-04T23:59:00Z"), Instant.parse("2026-03-03T23:59:00Z"),
                Instant.parse("2026-03-02T23:59:00Z"));
    }

    @Test
    void aProjectNarrowsTheTaskChoicesAndTheRunsToItsTasks() {
        Project etl = core.projects().create(new Project("etl", dir.resolve("etl").toString()));
        Task load = task("load", etl.getId());
        Task other = task("other", null);
        run(load, NOON, RunStatus.SUCCESS);
        run(other, NOON, RunStatus.SUCCESS);
        history.loadChoices();
        assertThat(history.taskChoices()).extracting(Choice::name).containsExactly("All tasks", "load", "other");

        history.projectProperty().set(history.projectChoices().stream().filter(c -> "etl".equals(c.name())).findFirst().orElseThrow());

        assertThat(history.taskChoices()).extracting(Choice::name).containsExactly("All tasks", "load");
        assertThat(history.rows()).extracting(RunRow::taskName).containsExactly("load");
    }

    @Test
    void aDeletedTasksRunsStayListedUnderItsOldName() {
        Task gone = task("gone", null);
        run(gone, NOON, RunStatus.FAILED);
        core.tasks().delete(gone.getId());
        history.loadChoices();

        history.showTask(gone.getId(), "gone");

        assertThat(history.taskProperty().get()).isEqualTo(new Choice(gone.getId(), "gone"));
        assertThat(history.rows()).extracting(RunRow::taskName).containsExactly("gone");
    }

    @Test
    void aLiveChangeOfARunOnThePageReplacesItsRowInPlace() {
        Task task = task("nightly", null);
        Run queued = run(task, NOON, RunStatus.QUEUED);
        run(task, NOON.minusSeconds(60), RunStatus.SUCCESS);
        history.reload();
        Run ended = queued.copy();
        ended.setStatus(RunStatus.SUCCESS);

        history.applyChanges(Map.of(ended.getId(), RunRow.of(ended)));

        assertThat(history.rows()).extracting(RunRow::status).containsExactly(RunStatus.SUCCESS, RunStatus.SUCCESS);
    }

    @Test
    void aNewMatchingRunShowsOnTheFirstPage() {
        Task task = task("nightly", null);
        run(task, NOON.minusSeconds(60), RunStatus.SUCCESS);
        history.reload();
        Run fresh = run(task, NOON, RunStatus.RUNNING);

        history.applyChanges(Map.of(fresh.getId(), RunRow.of(fresh)));

        assertThat(history.rows()).extracting(RunRow::id).first().isEqualTo(fresh.getId());
        assertThat(history.totalProperty().get()).isEqualTo(2);
    }

    @Test
    void theSelectionIsKeptByRunIdAcrossReloads() {
        Task task = task("nightly", null);
        Run chosen = run(task, NOON, RunStatus.SUCCESS);
        history.reload();
        history.selectionChanged(List.of(history.rows().getFirst()));

        history.reload();

        assertThat(history.selectedIds()).containsExactly(chosen.getId());
    }

    @Test
    void aWorkflowStepsAttemptReadsWorkflowThenStepAndIsListedWithTheTasksRuns() {
        Task step = new Task("etl - load", "true"); // a step's attempt: task id minus its step run id, no such task
        step.setId(-7L);
        Run attempt = new Run(step, TriggerKind.MANUAL, NOON.minus(Duration.ofMinutes(2)), RunStatus.FAILED);
        attempt.setWorkflowStep(3, "load");
        StoreException.unchecked(() -> core.database().runs().create(attempt));
        run(task("nightly", null), NOON.minus(Duration.ofMinutes(1)), RunStatus.SUCCESS);

        history.loadChoices();
        history.reload();

        assertThat(history.rows()).extracting(RunRow::taskName).containsExactly("nightly", "etl › load");
        assertThat(history.rows().getLast().workflowStep()).isTrue();
    }

    private Task task(String name, Long projectId) {
        Task task = new Task(name, "true");
        task.setProjectId(projectId);
        return core.tasks().create(task);
    }

    /** {@code count} successful runs, one a minute before noon, the newest first. */
    private List<Run> minutely(Task task, int count) {
        List<Run> runs = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            runs.add(run(task, NOON.minus(Duration.ofMinutes(i)), RunStatus.SUCCESS));
        }
        return runs;
    }

    private Run run(Task task, Instant scheduled, RunStatus status) {
        return new RunStore(core.database()).recordFire(task, TriggerKind.CRON, scheduled, status, scheduled, null).orElseThrow();
    }
}
