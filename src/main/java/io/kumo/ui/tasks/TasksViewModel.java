package io.kumo.ui.tasks;

import io.kumo.domain.Task;
import io.kumo.engine.EngineListener;
import io.kumo.service.AuditedRepository;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;
import io.kumo.ui.common.UiThread;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.util.Duration;

/**
 * The Tasks pane's state: the rows (updated in place), the filters, the selection and the actions on it. While the
 * pane is shown, task changes (from here, the command line, the engine) and run events refresh the table at most
 * every {@link #COALESCE} however many runs change, with one background read of tasks and run summaries.
 */
public final class TasksViewModel {

    static final Duration COALESCE = Duration.millis(500);

    private final TaskPaneServices services;
    private final BackgroundExecutor background;
    private final DialogService dialogs;
    private final Consumer<Task> showRuns;
    private final Consumer<Task> showInsights;
    private final TaskLoader loader;
    private final TaskActions actions;
    private final TextOrder textOrder = new TextOrder();
    private final TaskRows rows = new TaskRows();
    private final FilteredList<TaskRow> filtered = new FilteredList<>(rows);
    private final ObservableList<TaskRow> selection = FXCollections.observableArrayList();
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<String> filterProject = new SimpleObjectProperty<>(TaskFilter.ALL_PROJECTS);
    private final ObjectProperty<String> filterTag = new SimpleObjectProperty<>(TaskFilter.ALL_TAGS);
    private final ObjectProperty<StatusFilter> filterStatus = new SimpleObjectProperty<>(StatusFilter.ANY);
    private final ObservableList<String> projectOptions = FXCollections.observableArrayList(TaskFilter.ALL_PROJECTS);
    private final ObservableList<String> tagOptions = FXCollections.observableArrayList(TaskFilter.ALL_TAGS);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper listings = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper canPause = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canResume = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canStop = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<TaskRow> revealed = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding hasSelection = Bindings.isNotEmpty(selection);
    private final BooleanBinding single = Bindings.size(selection).isEqualTo(1);
    private final BooleanBinding noTasks;
    private final BooleanBinding filtering;
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private final AuditedRepository.ChangeListener<Task> taskListener = (task, deleted) -> refreshSoon();
    private final EngineListener runListener = run -> refreshSoon();
    private io.kumo.common.Observable.Pin pausePin = () -> { };
    private boolean active;
    private boolean loading;
    private boolean again;
    private Long revealWhenListed;

    /**
     * @param showRuns     opens a task's run history (the Logs pane)
     * @param showInsights opens a task's trends (Insights → Trends)
     */
    public TasksViewModel(TaskPaneServices services, BackgroundExecutor background, DialogService dialogs,
                          Consumer<Task> showRuns, Consumer<Task> showInsights) {
        this.services = services;
        this.background = background;
        this.dialogs = dialogs;
        this.showRuns = showRuns;
        this.showInsights = showInsights;
        this.loader = new TaskLoader(services, textOrder);
        this.actions = new TaskActions(services.tasks(), services.engine());
        filtered.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            TaskFilter.Matcher matcher = filter().matcher();
            return (Predicate<TaskRow>) row -> matcher.test(row.item(), row.searchText());
        }, filterText, filterProject, filterTag, filterStatus));
        noTasks = loaded.and(Bindings.isEmpty(rows));
        filtering = Bindings.createBooleanBinding(() -> !filter().isEmpty(), filterText, filterProject, filterTag, filterStatus);
        selection.addListener((javafx.collections.ListChangeListener<TaskRow>) change -> updateActionStates());
    }

    /** The pane is shown: follow task and run changes. */
    public void activate() {
        active = true;
        services.tasks().addListener(taskListener);
        services.engine().ifPresent(engine -> engine.addListener(runListener));
        // pausing or resuming all scheduling changes every next run
        pausePin = services.pause().onChange(state -> refreshSoon());
        refresh();
    }

    public void deactivate() {
        active = false;
        services.tasks().removeListener(taskListener);
        services.engine().ifPresent(engine -> engine.removeListener(runListener));
        pausePin.close();
    }

    /** Called on writer and engine threads: at most one refresh waits, {@link #COALESCE} after the first event. */
    private void refreshSoon() {
        if (refreshPending.compareAndSet(false, true)) {
            UiThread.run(() -> {
                PauseTransition delay = new PauseTransition(COALESCE);
                delay.setOnFinished(event -> {
                    refreshPending.set(false);
                    if (active) {
                        refresh();
                    }
                });
                delay.play();
            });
        }
    }

    public void refresh() {
        if (loading) {
            again = true;
            return;
        }
        loading = true;
        background.run(loader::load, items -> {
            loading = false;
            merge(items);
            if (again) {
                again = false;
                refresh();
            }
        }, error -> {
            loading = false;
            again = false;
            dialogs.showError("Could not list the tasks", error);
        });
    }

    /**
     * Updates rows in place (the changed ones told to the views in one change), removes the deleted ones and appends the
     * new ones, from rows the background made ready.
     */
    private void merge(List<TaskRow> fresh) {
        Map<Long, TaskRow> latest = new HashMap<>(fresh.size() * 2);
        fresh.forEach(row -> latest.put(row.id(), row));
        Set<TaskRow> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        rows.stream().filter(row -> !latest.containsKey(row.id())).forEach(gone::add);
        if (!gone.isEmpty()) {
            rows.removeAll(gone);
        }
        Set<Long> shown = new HashSet<>(rows.size() * 2);
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            TaskRow row = rows.get(i);
            shown.add(row.id());
            if (row.take(latest.get(row.id()))) {
                changed.add(i);
            }
        }
        rows.updated(changed);
        rows.addAll(fresh.stream().filter(row -> !shown.contains(row.id())).toList());
        updateOptions(rows.stream().map(TaskRow::item).toList());
        loaded.set(true);
        listings.set(listings.get() + 1);
        updateActionStates();
        if (revealWhenListed != null) {
            rows.stream().filter(row -> row.id() == revealWhenListed).findFirst().ifPresent(row -> {
                revealWhenListed = null;
                revealed.set(null);
                revealed.set(row);
            });
        }
    }

    private void updateOptions(List<TaskItem> items) {
        List<String> projects = new ArrayList<>(List.of(TaskFilter.ALL_PROJECTS));
        if (items.stream().anyMatch(item -> item.projectName() == null)) {
            projects.add(TaskFilter.NO_PROJECT);
        }
        projects.addAll(new TreeSet<>(items.stream().map(TaskItem::projectName).filter(Objects::nonNull).toList()));
        if (!projects.equals(projectOptions)) {
            projectOptions.setAll(projects);
        }
        List<String> tags = new ArrayList<>(List.of(TaskFilter.ALL_TAGS));
        tags.addAll(new TreeSet<>(items.stream().flatMap(item -> item.tags().stream()).toList()));
        if (!tags.equals(tagOptions)) {
            tagOptions.setAll(tags);
        }
    }

    private void updateActionStates() {
        List<TaskItem> chosen = selectedItems();
        canPause.set(chosen.stream().anyMatch(TaskItem::enabled));
        canResume.set(chosen.stream().anyMatch(item -> !item.enabled()));
        canStop.set(chosen.stream().anyMatch(TaskItem::isRunning));
    }

    public TaskFilter filter() {
        return new TaskFilter(filterText.get(), filterProject.get(), filterTag.get(), filterStatus.get());
    }

    public void clearFilters() {
        filterText.set("");
        filterProject.set(TaskFilter.ALL_PROJECTS);
        filterTag.set(TaskFilter.ALL_TAGS);
        filterStatus.set(StatusFilter.ANY);
    }

    public void runNow() {
        List<Long> ids = selectedIds();
        act(ids, () -> {
            actions.runNow(ids);
            return null;
        }, "Could not start " + names());
    }

    public void pause() {
        setEnabled(selectedIds(), false);
    }

    public void resume() {
        setEnabled(selectedIds(), true);
    }

    /** The Enabled check box of one row. */
    public void setEnabled(TaskRow row, boolean enabled) {
        setEnabled(List.of(row.id()), enabled);
    }

    private void setEnabled(List<Long> ids, boolean enabled) {
        act(ids, () -> {
            actions.setEnabled(ids, enabled);
            return null;
        }, "Could not " + (enabled ? "resume " : "pause ") + names());
    }

    public void stop() {
        List<Long> ids = selectedIds();
        act(ids, () -> actions.stop(ids), "Could not stop the runs of " + names());
    }

    /** Copies the selected tasks (paused) and selects the first copy. */
    public void duplicate() {
        List<Long> ids = selectedIds();
        if (ids.isEmpty()) {
            return;
        }
        background.run(() -> actions.duplicate(ids), copies -> {
            if (!copies.isEmpty()) {
                revealWhenListed = copies.getFirst().getId();
            }
            refresh();
        }, error -> {
            dialogs.showError("Could not duplicate " + names(), error);
            refresh();
        });
    }

    /** Asks first, naming the tasks; their run history stays. */
    public void delete() {
        List<Long> ids = selectedIds();
        if (ids.isEmpty()) {
            return;
        }
        List<String> names = selectedItems().stream().map(TaskItem::name).toList();
        String title = names.size() == 1 ? "Delete task '" + names.getFirst() + "'?" : "Delete " + names.size() + " tasks?";
        String message = (names.size() == 1 ? "" : String.join(", ", names) + ".\n\n")
                + "Scheduled runs stop; runs in progress finish. The run history and logs stay in the Logs pane.";
        if (dialogs.confirm(title, message, "Delete")) {
            act(ids, () -> {
                actions.delete(ids);
                return null;
            }, "Could not delete " + names());
        }
    }

    /** Shows the run history of the selected task (the Logs pane). */
    public void openRuns() {
        openSelected(showRuns, "Could not open the runs");
    }

    /** Shows the selected task's durations, success rate and resources over time (Insights → Trends). */
    public void openInsights() {
        openSelected(showInsights, "Could not open the task's trends");
    }

    private void openSelected(Consumer<Task> open, String failure) {
        List<Long> ids = selectedIds();
        if (ids.size() == 1) {
            background.run(() -> actions.find(ids.getFirst()), open, error -> dialogs.showError(failure, error));
        }
    }

    /** Reads what the editor needs in the background; {@code show} gets the editor's model on the FX thread. */
    public void openEditor(TaskRow row, Consumer<TaskEditorViewModel> show) {
        background.run(() -> new EditorSetup(row == null ? null : actions.find(row.id()), projectChoices(), environmentChoices()),
                setup -> show.accept(new TaskEditorViewModel(services, background, setup)),
                error -> dialogs.showError("Could not open the task", error));
    }

    /** A new task's editor with values another pane chose (a project's suggested command). */
    public void openEditor(TaskPrefill prefill, Consumer<TaskEditorViewModel> show) {
        background.run(() -> new EditorSetup(null, projectChoices(), environmentChoices(), prefill),
                setup -> show.accept(new TaskEditorViewModel(services, background, setup)),
                error -> dialogs.showError("Could not open the task", error));
    }

    /** After the editor saved: select the task once it is listed. */
    public void saved(Task task) {
        revealWhenListed = task.getId();
        refresh();
    }

    public CrontabImportViewModel crontabImport() {
        return new CrontabImportViewModel(services.tasks(), background, this::refresh);
    }

    private List<Choice> projectChoices() {
        return services.projects().list().stream()
                .map(project -> new Choice(project.getId(), project.getName(), services.projects().workFolder(project).toString()))
                .toList();
    }

    private List<Choice> environmentChoices() {
        return services.environments().list().stream()
                .map(env -> new Choice(env.getId(), env.getName(), env.getPythonVersion() == null ? env.getKind().name().toLowerCase()
                        : "Python " + env.getPythonVersion()))
                .toList();
    }

    private <T> void act(List<Long> ids, Callable<T> work, String failure) {
        if (ids.isEmpty()) {
            return;
        }
        background.run(work, done -> refresh(), error -> {
            dialogs.showError(failure, error);
            refresh();
        });
    }

    private List<TaskItem> selectedItems() {
        return selection.stream().filter(Objects::nonNull).map(TaskRow::item).toList();
    }

    private List<Long> selectedIds() {
        return selectedItems().stream().map(TaskItem::id).toList();
    }

    private String names() {
        List<String> names = selectedItems().stream().map(item -> "'" + item.name() + "'").toList();
        return names.size() <= 3 ? String.join(", ", names) : names.size() + " tasks";
    }

    public ObservableList<TaskRow> rows() { return rows; }
    /** The order the table sorts its text columns in, its keys made with each listing. */
    TextOrder textOrder() { return textOrder; }
    public FilteredList<TaskRow> filteredRows() { return filtered; }
    /** The table's selected rows, kept in step by the view. */
    public ObservableList<TaskRow> selection() { return selection; }
    public StringProperty filterTextProperty() { return filterText; }
    public ObjectProperty<String> filterProjectProperty() { return filterProject; }
    public ObjectProperty<String> filterTagProperty() { return filterTag; }
    public ObjectProperty<StatusFilter> filterStatusProperty() { return filterStatus; }
    public ObservableList<String> projectOptions() { return projectOptions; }
    public ObservableList<String> tagOptions() { return tagOptions; }
    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }
    /** How many listings the rows have taken in so far (each refresh that completed adds one). */
    public ReadOnlyIntegerProperty listingsProperty() { return listings.getReadOnlyProperty(); }
    public BooleanBinding noTasksProperty() { return noTasks; }
    public BooleanBinding filteringProperty() { return filtering; }
    public BooleanBinding hasSelectionProperty() { return hasSelection; }
    public BooleanBinding singleSelectionProperty() { return single; }
    public ReadOnlyBooleanProperty canPauseProperty() { return canPause.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canResumeProperty() { return canResume.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canStopProperty() { return canStop.getReadOnlyProperty(); }
    /** A row to select and scroll to (a task just saved or duplicated). */
    public ReadOnlyObjectProperty<TaskRow> revealedProperty() { return revealed.getReadOnlyProperty(); }
}
