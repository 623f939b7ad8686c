package io.kumo.ui.logs;

import io.kumo.logs.LogSearch;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;
import io.kumo.ui.runs.RunDetailsViewModel;
import io.kumo.ui.runs.RunEvents;
import io.kumo.ui.runs.LiveClock;
import io.kumo.ui.runs.RunHistoryViewModel;
import io.kumo.ui.runs.RunRow;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;

/**
 * The Logs pane's state: run history, the opened run, search across logs and retention, kept current by the engine's
 * run events (batched) while the pane is shown; deleting the logs of selected runs.
 */
public final class LogsViewModel {

    private final LogsServices services;
    private final BackgroundExecutor background;
    private final DialogService dialogs;
    private final RunHistoryViewModel history;
    private final RunDetailsViewModel details;
    private final LogSearchViewModel search;
    private final RetentionViewModel retention;
    private final RunEvents events;
    private final LiveClock clock;
    private boolean shown;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private RunRow reopenOnShow;

    public LogsViewModel(LogsServices services, BackgroundExecutor background, DialogService dialogs) {
        this.services = services;
        this.background = background;
        this.dialogs = dialogs;
        Consumer<Throwable> onError = error -> dialogs.showError("Could not read the run history", error);
        this.history = new RunHistoryViewModel(services.runs(), services.tasks(), services.projects(), services.zone(),
                background, onError);
        this.clock = new LiveClock(services.clock());
        this.details = new RunDetailsViewModel(services.runs(), services.engine(), clock.nowProperty(), background, dialogs,
                services.fixes());
        this.search = new LogSearchViewModel(history.pages(), history::filter, new LogSearch(services.runs().logs()::file), background,
                error -> dialogs.showError("The search failed", error));
        this.retention = new RetentionViewModel(services.settings(), services.maintenance(), services.diskUsage(), background,
                error -> dialogs.showError("Could not clean up", error), this::afterDeletion);
        this.events = new RunEvents(services.engine(), this::runsChanged);
        history.rows().addListener((ListChangeListener<RunRow>) change -> followClock());
        details.runProperty().addListener((obs, old, now) -> followClock());
    }

    /** One timer for the pane, ticking while it is shown and a listed or open run is running. */
    private void followClock() {
        RunRow open = details.runProperty().get();
        boolean running = history.rows().stream().anyMatch(RunRow::running) || open != null && open.running();
        if (shown) {
            clock.follow(running);
        }
    }

    /** The pane is shown: follow run events, read the history and settings, reopen the run open before. */
    public void activate() {
        shown = true;
        events.start();
        history.loadChoices();
        history.reload();
        retention.load();
        if (reopenOnShow != null) {
            details.open(reopenOnShow);
            reopenOnShow = null;
            details.reload();
        }
    }

    /** The pane is hidden: no more events; the open log stops being followed and its file is released. */
    public void deactivate() {
        shown = false;
        clock.stop();
        events.stop();
        search.cancel();
        reopenOnShow = details.runProperty().get();
        details.close();
    }

    private void runsChanged(Map<Long, RunRow> changed) {
        history.applyChanges(changed);
        details.applyChanges(changed);
    }

    /** Filters the history to one task (the Tasks pane's "show runs"). */
    public void showTask(long taskId) {
        history.showTask(taskId, null);
    }

    /** Opens one run by its id (a workflow step's log, from the Workflows pane); a run gone from the history says so. */
    public void showRun(long runId) {
        background.run(() -> services.runs().find(runId), found -> found.map(RunRow::of).ifPresentOrElse(details::open,
                () -> status.set("Run #" + runId + " is no longer in the history.")),
                error -> dialogs.showError("Could not read run #" + runId, error));
    }

    public void open(RunRow row) {
        details.open(row);
    }

    public void open(LogSearch.Hit hit) {
        details.openAt(RunRow.of(hit.run()), hit.lineNumber(), search.queryProperty().get(), search.regexProperty().get(),
                search.caseSensitiveProperty().get());
    }

    /** Deletes the log files of the given runs after asking; their run records stay. */
    public void deleteLogs(List<RunRow> runs) {
        List<Long> ids = runs.stream().filter(RunRow::hasLog).map(RunRow::id).toList();
        if (ids.isEmpty()) {
            status.set("The selected runs have no logs to delete.");
            return;
        }
        boolean running = runs.stream().anyMatch(RunRow::active);
        if (!dialogs.confirm("Delete " + ids.size() + (ids.size() == 1 ? " log?" : " logs?"),
                "The log files of the selected runs are deleted from disk. The runs stay in the history without their output."
                        + (running ? " Logs of runs still in progress are kept." : ""), "Delete logs")) {
            return;
        }
        background.run(() -> services.maintenance().logs().deleteLogsOf(ids), report -> {
            status.set(report.summary());
            afterDeletion();
        }, error -> dialogs.showError("Could not delete the logs", error));
    }

    private void afterDeletion() {
        history.reload();
        details.reload();
        retention.load();
    }

    /** For the view's folder opener, which must not block the FX thread. */
    public BackgroundExecutor background() { return background; }
    public RunHistoryViewModel history() { return history; }
    public LiveClock clock() { return clock; }
    /** Whether runs happen on several nodes (the run list then says on which). */
    public boolean clustered() { return services.clustered(); }
    public RunDetailsViewModel details() { return details; }
    public LogSearchViewModel search() { return search; }
    public RetentionViewModel retention() { return retention; }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
}
