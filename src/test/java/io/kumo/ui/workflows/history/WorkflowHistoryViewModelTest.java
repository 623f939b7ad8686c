package io.kumo.ui.workflows.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.common.ValidationException;
import io.kumo.domain.RunStatus;
import io.kumo.domain.TriggerKind;
import io.kumo.ui.common.SameThreadBackground;
import io.kumo.workflow.StepStatus;
import io.kumo.workflow.service.StepRunRecord;
import io.kumo.workflow.service.WorkflowListener;
import io.kumo.workflow.service.WorkflowRunRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The runs history of a workflow: pages, selection, live changes, stop, re-run and opening a step's log. */
class WorkflowHistoryViewModelTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    final Runs runs = new Runs();
    final List<Long> opened = new ArrayList<>();
    WorkflowHistoryViewModel model;

    @BeforeEach
    void create() {
        model = new WorkflowHistoryViewModel(runs, new SameThreadBackground(), Clock.fixed(T0.plusSeconds(100), ZoneOffset.UTC),
                opened::add);
    }

    static StepRunRecord step(String name, String handler, StepStatus status, Long runId) {
        return new StepRunRecord(name, handler, status, T0, T0.plusSeconds(5), status == StepStatus.FAILED ? 1 : 0, runId, 1,
                Map.of(), null);
    }

    static WorkflowRunRecord run(long id, String workflow, RunStatus status, StepRunRecord... steps) {
        return new WorkflowRunRecord(id, 1, workflow, TriggerKind.MANUAL, status, T0, T0, status.isTerminal() ? T0.plusSeconds(9) : null,
                Map.of(), "", null, null, List.of(steps));
    }

    @Test
    void runsAreListedNewestFirstAndTheNewestIsSelected() {
        runs.add(run(1, "etl", RunStatus.SUCCESS), run(2, "etl", RunStatus.FAILED), run(3, "other", RunStatus.SUCCESS));

        model.show("etl");

        assertThat(model.rows()).extracting(WorkflowRunRow::id).containsExactly(2L, 1L);
        assertThat(model.selectedProperty().get().id()).isEqualTo(2);
    }

    @Test
    void aRunsStepsAreShownWithTheHandlersLast() {
        runs.add(run(1, "etl", RunStatus.FAILED, step("notify", "failure", StepStatus.SUCCESS, 12L),
                step("extract", null, StepStatus.SUCCESS, 10L), step("load", null, StepStatus.FAILED, 11L)));

        model.show("etl");

        assertThat(model.steps()).extracting(StepRunRecord::name).containsExactly("extract", "load", "notify");
        assertThat(model.rows().getFirst().stepCounts()).isEqualTo("2 ok · 1 failed · 0 skipped");
    }

    @Test
    void moreIsOfferedWhenAPageCameBackFullAndLoadMoreReadsTheNext() {
        for (long id = 1; id <= WorkflowHistoryViewModel.PAGE + 5; id++) {
            runs.add(run(id, "etl", RunStatus.SUCCESS));
        }
        model.show("etl");
        assertThat(model.rows()).hasSize(WorkflowHistoryViewModel.PAGE);
        assertThat(model.moreProperty().get()).isTrue();

        model.loadMore();

        assertThat(model.rows()).hasSize(WorkflowHistoryViewModel.PAGE + 5);
        assertThat(model.moreProperty().get()).isFalse();
    }

    @Test
    void aChangedRunUpdatesItsRowAndTheSelectedSteps() {
        runs.add(run(1, "etl", RunStatus.RUNNING, step("extract", null, StepStatus.RUNNING, 10L)));
        model.show("etl");

        model.applyChanges(List.of(run(1, "etl", RunStatus.SUCCESS, step("extract", null, StepStatus.SUCCESS, 10L))));

        assertThat(model.rows().getFirst().status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(model.steps()).extracting(StepRunRecord::status).containsExactly(StepStatus.SUCCESS);
    }

    @Test
    void aNewRunComesOnTopAndRunsOfOtherWorkflowsAreIgnored() {
        runs.add(run(1, "etl", RunStatus.SUCCESS));
        model.show("etl");

        model.applyChanges(List.of(run(2, "etl", RunStatus.RUNNING), run(3, "other", RunStatus.RUNNING)));

        assertThat(model.rows()).extracting(WorkflowRunRow::id).containsExactly(2L, 1L);
        assertThat(model.selectedProperty().get().id()).isEqualTo(1);
    }

    @Test
    void stopIsOfferedForARunningRunAndReRunForAFinishedOneWithAFailedStep() {
        runs.add(run(1, "etl", RunStatus.FAILED, step("load", null, StepStatus.FAILED, 11L)),
                run(2, "etl", RunStatus.RUNNING, step("load", null, StepStatus.RUNNING, 12L)),
                run(3, "etl", RunStatus.SUCCESS, step("load", null, StepStatus.SUCCESS, 13L)));
        model.show("etl");

        assertThat(states(3)).containsExactly(false, false);
        assertThat(states(2)).containsExactly(true, false);
        assertThat(states(1)).containsExactly(false, true);
    }

    private List<Boolean> states(long runId) {
        model.select(model.rows().stream().filter(row -> row.id() == runId).findFirst().orElseThrow());
        return List.of(model.canStopProperty().get(), model.canRerunProperty().get());
    }

    @Test
    void reRunningFromTheFailedStepSelectsTheNewRun() {
        runs.add(run(1, "etl", RunStatus.FAILED, step("load", null, StepStatus.FAILED, 11L)));
        model.show("etl");

        model.rerunFromFailed();

        assertThat(runs.reruns).containsExactly(1L);
        assertThat(model.selectedProperty().get().id()).isEqualTo(2);
        assertThat(model.selectedProperty().get().rerunOf()).isEqualTo(1);
        assertThat(model.messageProperty().get()).isEqualTo("Run #2 re-runs the failed steps of run #1.");
    }

    @Test
    void aRefusedStopIsExplainedInline() {
        runs.add(run(1, "etl", RunStatus.RUNNING));
        runs.refuse = "no engine is running";
        model.show("etl");

        model.stop();

        assertThat(model.messageProperty().get()).isEqualTo("Could not stop run #1: no engine is running");
    }

    @Test
    void openingAStepOpensTheLogOfItsLatestAttempt() {
        runs.add(run(1, "etl", RunStatus.FAILED, step("load", null, StepStatus.FAILED, 11L),
                step("report", null, StepStatus.SKIPPED, null)));
        model.show("etl");

        assertThat(model.openLog(model.steps().get(0))).isTrue();
        assertThat(model.openLog(model.steps().get(1))).isFalse();

        assertThat(opened).containsExactly(11L);
        assertThat(model.messageProperty().get()).isEqualTo("report never ran: it has no log.");
    }

    /** Runs in memory, as the workflow service would return them. */
    static final class Runs implements WorkflowRuns {
        final List<WorkflowRunRecord> all = new ArrayList<>();
        final List<Long> reruns = new ArrayList<>();
        String refuse;

        void add(WorkflowRunRecord... records) {
            all.addAll(List.of(records));
        }

        @Override
        public List<WorkflowRunRecord> runs(String workflowName, int limit) {
            return all.stream().filter(run -> run.workflowName().equals(workflowName))
                    .sorted(Comparator.comparingLong(WorkflowRunRecord::id).reversed()).limit(limit).toList();
        }

        @Override
        public boolean stop(long workflowRunId) {
            if (refuse != null) {
                throw new ValidationException(refuse);
            }
            return true;
        }

        @Override
        public long rerunFromFailed(long workflowRunId) {
            reruns.add(workflowRunId);
            WorkflowRunRecord old = all.stream().filter(run -> run.id() == workflowRunId).findFirst().orElseThrow();
            long id = all.size() + 1;
            all.add(new WorkflowRunRecord(id, old.workflowId(), old.workflowName(), TriggerKind.MANUAL, RunStatus.QUEUED, T0,
                    null, null, Map.of(), "", workflowRunId, null, List.of()));
            return id;
        }

        @Override
        public void addListener(WorkflowListener listener) {
        }

        @Override
        public void removeListener(WorkflowListener listener) {
        }
    }
}
