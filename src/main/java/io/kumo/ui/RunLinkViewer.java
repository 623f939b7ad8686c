package io.kumo.ui;

import io.kumo.common.RunLink;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;
import io.kumo.ui.logs.LogsView;
import io.kumo.ui.shell.Navigation;
import io.kumo.ui.shell.NavigationItem;
import io.kumo.ui.workflows.WorkflowsView;
import io.kumo.workflow.service.WorkflowRunRecord;
import io.kumo.workflow.service.WorkflowSummary;
import java.util.Optional;
import java.util.function.LongFunction;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Shows the run a {@code kumo://} link names ({@code kumo open}, an alert's link): a task run in the Logs pane, a
 * workflow run's workflow in the Workflows pane. Called on the FX thread; reads the store off it.
 */
final class RunLinkViewer {

    private final Navigation navigation;
    private final BackgroundExecutor background;
    private final DialogService dialogs;
    private final LongFunction<Optional<WorkflowRunRecord>> workflowRuns;

    RunLinkViewer(Navigation navigation, BackgroundExecutor background, DialogService dialogs,
                  LongFunction<Optional<WorkflowRunRecord>> workflowRuns) {
        this.navigation = navigation;
        this.background = background;
        this.dialogs = dialogs;
        this.workflowRuns = workflowRuns;
    }

    void show(RunLink link) {
        switch (link.kind()) {
            case RUN -> navigation.open(NavigationItem.LOGS, LogsView.class).ifPresent(logs -> logs.showRun(link.id()));
            case WORKFLOW_RUN -> background.run(() -> workflowRuns.apply(link.id()), run -> run.ifPresentOrElse(
                    this::showWorkflowOf, () -> dialogs.showError("Could not open " + link.url(),
                            new IllegalArgumentException("There is no workflow run #" + link.id() + " (removed by retention?)"))),
                    error -> dialogs.showError("Could not open " + link.url(), error));
        }
    }

    private void showWorkflowOf(WorkflowRunRecord run) {
        navigation.open(NavigationItem.WORKFLOWS, WorkflowsView.class).ifPresent(view -> {
            ObservableList<WorkflowSummary> rows = view.model().rows();
            if (!select(view, rows, run.workflowId())) { // the pane's list is still loading
                rows.addListener(new ListChangeListener<>() {
                    @Override
                    public void onChanged(Change<? extends WorkflowSummary> change) {
                        if (select(view, rows, run.workflowId())) {
                            rows.removeListener(this);
                        }
                    }
                });
            }
        });
    }

    private static boolean select(WorkflowsView view, ObservableList<WorkflowSummary> rows, long workflowId) {
        Optional<WorkflowSummary> row = rows.stream().filter(summary -> summary.id() == workflowId).findFirst();
        row.ifPresent(view.model().selectedProperty()::set);
        return row.isPresent();
    }
}
