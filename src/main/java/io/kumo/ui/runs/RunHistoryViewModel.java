package io.kumo.ui.runs;

import io.kumo.domain.Project;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.runs.RunHistory;
import io.kumo.ui.common.BackgroundExecutor;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * Run history across tasks: filters (task, project, statuses, days), one page of {@value #PAGE_SIZE} runs read in
 * the background, and live changes of the runs on the page. A store with a million runs opens at once: only a
 * count and one page are ever read.
 */
public final class RunHistoryViewModel {

    public static final int PAGE_SIZE = 200;
    static final Choice ALL_TASKS = Choice.all("All tasks");
    static final Choice ALL_PROJECTS = Choice.all("All projects");

    private final RunPages pages;
    private final Supplier<List<Task>> taskList;
    private final Supplier<List<Project>> projectList;
    private final BackgroundExecutor background;
    private final Consumer<Throwable> onError;
    private final ZoneId zone;
    private final ObservableList<RunRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Choice> taskChoices = FXCollections.observableArrayList(ALL_TASKS);
    private final ObservableList<Choice> projectChoices = FXCollections.observableArrayList(ALL_PROJECTS);
    private final ObjectProperty<Choice> task = new SimpleObjectProperty<>(ALL_TASKS);
    private final ObjectProperty<Choice> project = new SimpleObjectProperty<>(ALL_PROJECTS);
    private final ObservableSet<RunStatus> statuses = FXCollections.observableSet(EnumSet.noneOf(RunStatus.class));
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final IntegerProperty page = new SimpleIntegerProperty();
    private final LongProperty total = new SimpleLongProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty filtered = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper pageLabel = new ReadOnlyStringWrapper("");
    private final IntegerProperty replaced = new SimpleIntegerProperty();
    private final BooleanBinding hasPrevious = page.greaterThan(0);
    private final BooleanBinding hasNext = Bindings.createBooleanBinding(
            () -> (page.get() + 1L) * PAGE_SIZE < total.get(), page, total);
    private Map<Long, List<Long>> tasksByProject = Map.of();
    private List<Task> tasks = List.of();
    private Set<Long> selectedIds = new HashSet<>();
    private boolean replacing;
    private boolean adjusting;
    private long generation;

    /**
     * @param taskList    the tasks for the task filter (read in the background)
     * @param projectList the projects for the project filter (read in the background)
     * @param zone        the zone of the day filters
     */
    public RunHistoryViewModel(RunHistory history, Supplier<List<Task>> taskList, Supplier<List<Project>> projectList,
                               ZoneId zone, BackgroundExecutor background, Consumer<Throwable> onError) {
        this.pages = new RunPages(history, zone);
        this.taskList = taskList;
        this.projectList = projectList;
        this.zone = zone;
        this.background = background;
        this.onError = onError;
        task.addListener((obs, old, now) -> filterChanged());
        project.addListener((obs, old, now) -> {
            if (!adjusting) {
                narrowTasks();
                filterChanged();
            }
        });
        statuses.addListener((SetChangeListener<RunStatus>) change -> filterChanged());
        from.addListener((obs, old, now) -> filterChanged());
        to.addListener((obs, old, now) -> filterChanged());
    }

    /** Task and project names for the filters, in the background. */
    public void loadChoices() {
        background.run(() -> new Named(taskList.get(), projectList.get()), loaded -> {
            List<Task> taskRows = loaded.tasks();
            List<Project> projectRows = loaded.projects();
            tasks = taskRows;
            Map<Long, List<Long>> byProject = new java.util.HashMap<>();
            taskRows.stream().filter(t -> t.getProjectId() != null)
                    .forEach(t -> byProject.computeIfAbsent(t.getProjectId(), id -> new ArrayList<>()).add(t.getId()));
            tasksByProject = byProject;
            adjusting = true;
            Choice keptProject = project.get();
            List<Choice> projectsNow = new ArrayList<>(List.of(ALL_PROJECTS));
            projectRows.stream().sorted(Comparator.comparing(Project::getName, String.CASE_INSENSITIVE_ORDER))
                    .forEach(p -> projectsNow.add(new Choice(p.getId(), p.getName())));
            projectChoices.setAll(projectsNow);
            project.set(projectsNow.contains(keptProject) ? keptProject : ALL_PROJECTS);
            adjusting = false;
            narrowTasks();
        }, onError);
    }

    private record Named(List<Task> tasks, List<Project> projects) {
    }

    private void narrowTasks() {
        Choice keep = task.get();
        Long projectId = project.get() == null ? null : project.get().id();
        List<Choice> choices = new ArrayList<>(List.of(ALL_TASKS));
        tasks.stream().filter(t -> projectId == null || projectId.equals(t.getProjectId()))
                .sorted(Comparator.comparing(Task::getName, String.CASE_INSENSITIVE_ORDER))
                .forEach(t -> choices.add(new Choice(t.getId(), t.getName())));
        Choice match = keep == null || keep.isAll() ? null
                : choices.stream().filter(c -> keep.id().equals(c.id())).findFirst().orElse(null);
        if (match == null && keep != null && !keep.isAll() && projectId == null) {
            choices.add(keep); // a deleted task's runs stay listed under its old name
            match = keep;
        }
        boolean before = adjusting;
        adjusting = true;
        taskChoices.setAll(choices);
        adjusting = before;
        task.set(match != null ? match : ALL_TASKS);
    }

    /** Shows the runs of one task (from the Tasks pane): other filters reset, first page. */
    public void showTask(long taskId, String taskName) {
        adjusting = true;
        resetFiltersButTask();
        Choice choice = taskChoices.stream().filter(c -> Long.valueOf(taskId).equals(c.id())).findFirst()
                .orElseGet(() -> {
                    Choice added = new Choice(taskId, taskName == null ? "Task #" + taskId : taskName);
                    taskChoices.add(added);
                    return added;
                });
        task.set(choice);
        adjusting = false;
        filterChanged();
    }

    public void clearFilters() {
        adjusting = true;
        resetFiltersButTask();
        task.set(ALL_TASKS);
        adjusting = false;
        filterChanged();
    }

    private void resetFiltersButTask() {
        project.set(ALL_PROJECTS);
        statuses.clear();
        from.set(null);
        to.set(null);
        narrowTasks();
    }

    private void filterChanged() {
        if (!adjusting) {
            page.set(0);
            reload();
        }
    }

    public RunFilter filter() {
        Choice p = project.get();
        Choice t = task.get();
        Set<Long> projectTasks = p == null || p.isAll() ? null : Set.copyOf(tasksByProject.getOrDefault(p.id(), List.of()));
        return new RunFilter(t == null ? null : t.id(), projectTasks, Set.copyOf(statuses), from.get(), to.get());
    }

    public void nextPage() {
        if (hasNext.get()) {
            page.set(page.get() + 1);
            reload();
        }
    }

    public void previousPage() {
        if (hasPrevious.get()) {
            page.set(page.get() - 1);
            reload();
        }
    }

    /** Reads the count and the current page; a newer reload wins over an older one still under way. */
    public void reload() {
        long mine = ++generation;
        RunFilter filter = filter();
        long offset = (long) page.get() * PAGE_SIZE;
        loading.set(true);
        background.run(() -> {
            long count = pages.count(filter);
            long start = offset >= count && count > 0 ? (count - 1) / PAGE_SIZE * PAGE_SIZE : offset;
            List<RunRow> list = pages.page(filter, start, PAGE_SIZE).stream().map(RunRow::of).toList();
            return new PageResult(count, (int) (start / PAGE_SIZE), list);
        }, result -> {
            if (mine != generation) {
                return;
            }
            total.set(result.count());
            filtered.set(!filter.isEmpty());
            page.set(result.page());
            replaceAll(result.rows());
            updateLabel();
            loading.set(false);
            loaded.set(true);
        }, error -> {
            loading.set(false);
            onError.accept(error);
        });
    }

    private record PageResult(long count, int page, List<RunRow> rows) {
    }

    /** Live changes: runs on the page are updated in place; a new run shows on the first page. */
    public void applyChanges(Map<Long, RunRow> changed) {
        RunFilter filter = filter();
        boolean reload = false;
        for (RunRow row : changed.values()) {
            int index = indexOf(row.id());
            if (index >= 0) {
                replacing = true;
                rows.set(index, row);
                replacing = false;
            } else if (page.get() == 0 && filter.matches(row, zone)) {
                reload = true;
            }
        }
        replaced.set(replaced.get() + 1);
        if (reload) {
            reload();
        }
    }

    private int indexOf(long id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private void replaceAll(List<RunRow> list) {
        replacing = true;
        rows.setAll(list);
        replacing = false;
        replaced.set(replaced.get() + 1);
    }

    private void updateLabel() {
        long count = total.get();
        if (count == 0) {
            pageLabel.set("No runs");
            return;
        }
        long first = (long) page.get() * PAGE_SIZE + 1;
        long last = Math.min(count, first + rows.size() - 1);
        long pagesTotal = (count + PAGE_SIZE - 1) / PAGE_SIZE;
        pageLabel.set(RunFormat.number(first) + "–" + RunFormat.number(last) + " of " + RunFormat.number(count)
                + " · page " + (page.get() + 1) + " of " + RunFormat.number(pagesTotal));
    }

    /** The user's selection, kept by run id across reloads (the view restores it after each replacement). */
    public void selectionChanged(Collection<RunRow> selected) {
        if (!replacing) {
            selectedIds = new HashSet<>();
            selected.forEach(row -> selectedIds.add(row.id()));
        }
    }

    public Set<Long> selectedIds() { return Set.copyOf(selectedIds); }
    public boolean isReplacing() { return replacing; }
    public ObservableList<RunRow> rows() { return rows; }
    public ObservableList<Choice> taskChoices() { return taskChoices; }
    public ObservableList<Choice> projectChoices() { return projectChoices; }
    public ObjectProperty<Choice> taskProperty() { return task; }
    public ObjectProperty<Choice> projectProperty() { return project; }
    public ObservableSet<RunStatus> statuses() { return statuses; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public IntegerProperty pageProperty() { return page; }
    public LongProperty totalProperty() { return total; }
    public BooleanProperty loadedProperty() { return loaded; }
    public BooleanProperty loadingProperty() { return loading; }
    /** True when the shown history is narrowed by a filter (an empty table then means "no match", not "no runs"). */
    public BooleanProperty filteredProperty() { return filtered; }
    public ReadOnlyStringProperty pageLabelProperty() { return pageLabel.getReadOnlyProperty(); }
    public IntegerProperty replacedProperty() { return replaced; }
    public BooleanBinding hasPreviousProperty() { return hasPrevious; }
    public BooleanBinding hasNextProperty() { return hasNext; }
    public RunPages pages() { return pages; }
}
