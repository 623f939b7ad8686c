package io.kumo.ui.insights.trends;

import io.kumo.insights.trends.TaskInsights;
import io.kumo.insights.trends.TaskInsightsService;
import io.kumo.ui.common.BackgroundExecutor;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Trends tab's state: the tasks to choose from (filtered by a search text), the chosen task and window, and the
 * chosen task's insights, read on the background executor whenever the task or the window changes.
 */
public final class TrendsViewModel {

    /** The window choices, in days; 0 is the whole history. */
    public static final List<Integer> WINDOWS = TaskInsightsService.WINDOWS;

    private final TaskInsightsService service;
    private final Callable<List<TaskChoice>> taskList;
    private final BackgroundExecutor background;
    private final ZoneId zone;
    private final ObservableList<TaskChoice> tasks = FXCollections.observableArrayList();
    private final FilteredList<TaskChoice> shownTasks = new FilteredList<>(tasks);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<TaskChoice> task = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> days = new SimpleObjectProperty<>(30);
    private final ReadOnlyObjectWrapper<TaskInsights> insights = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Choose a task to see its trends.");
    private Long wanted;

    public TrendsViewModel(TaskInsightsService service, Callable<List<TaskChoice>> taskList, BackgroundExecutor background,
                           ZoneId zone) {
        this.service = service;
        this.taskList = taskList;
        this.background = background;
        this.zone = zone;
        search.subscribe(text -> shownTasks.setPredicate(choice -> text == null || text.isBlank()
                || choice.name().toLowerCase(Locale.ROOT).contains(text.strip().toLowerCase(Locale.ROOT))));
        task.subscribe(this::load);
        days.subscribe(ignored -> load());
    }

    /** Reads the task list again (tasks come and go while the tab is hidden). */
    public void refreshTasks() {
        background.run(taskList, list -> {
            TaskChoice chosen = task.get();
            tasks.setAll(list);
            if (wanted != null) {
                showTask(wanted);
            } else if (chosen != null) {
                list.stream().filter(choice -> choice.id() == chosen.id()).findFirst().ifPresentOrElse(task::set, () -> task.set(null));
            }
        }, error -> message.set("Cannot list the tasks: " + error.getMessage()));
    }

    /** Chooses the task with this id (once the task list has it). */
    public void showTask(long id) {
        tasks.stream().filter(choice -> choice.id() == id).findFirst().ifPresentOrElse(choice -> {
            wanted = null;
            search.set("");
            task.set(choice);
        }, () -> wanted = id);
    }

    public void load() {
        TaskChoice chosen = task.get();
        if (chosen == null) {
            insights.set(null);
            message.set("Choose a task to see its trends.");
            return;
        }
        int window = days.get() == null ? 30 : days.get();
        message.set("Loading…");
        background.run(() -> service.insights(chosen.id(), window, zone), found -> {
            if (chosen.equals(task.get()) && window == days.get()) {
                insights.set(found.orElse(null));
                message.set(found.isEmpty() ? "Task " + chosen.name() + " no longer exists."
                        : found.get().overall().runs() == 0 ? "No runs yet in this window." : "");
            }
        }, error -> message.set("Cannot read the trends of " + chosen.name() + ": " + error.getMessage()));
    }

    public ObservableList<TaskChoice> tasks() { return shownTasks; }
    public StringProperty searchProperty() { return search; }
    public ObjectProperty<TaskChoice> taskProperty() { return task; }
    public ObjectProperty<Integer> daysProperty() { return days; }
    public ReadOnlyObjectProperty<TaskInsights> insightsProperty() { return insights.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
}
