package io.kumo.ui.tasks;

import io.kumo.ui.common.RecordingDialogs;
import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.service.TaskService;
import io.kumo.testkit.TestCores;
import io.kumo.ui.common.SameThreadBackground;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Tasks pane's state and actions, on a real store, with background work done on the calling thread. */
class TasksViewModelTest {

    @TempDir
    Path dir;
    KumoCore core;
    TaskService tasks;
    RecordingDialogs dialogs = new RecordingDialogs();
    List<Task> shownRuns = new ArrayList<>();
    List<Task> shownTrends = new ArrayList<>();
    TasksViewModel model;

    @BeforeEach
    void open() {
        core = TestCores.open(dir, TestCores.fixedClock());
        tasks = core.taskService();
        model = new TasksViewModel(PaneServices.of(core), new SameThreadBackground(), dialogs, shownRuns::add, shownTrends::add);
    }

    @AfterEach
    void close() {
        core.close();
    }

    private Task task(String name) {
        Task task = new Task(name, "python3 " + name + ".py");
        task.setTriggerType(TriggerType.CRON);
        task.setCronExpression("0 3 * * *");
        return tasks.create(task);
    }

    private void select(String... names) {
        List<String> chosen = List.of(names);
        model.selection().setAll(model.rows().stream().filter(row -> chosen.contains(row.item().name())).toList());
    }

    private List<String> names() {
        return model.rows().stream().map(row -> row.item().name()).toList();
    }

    private TaskItem item(String name) {
        return model.rows().stream().filter(row -> row.item().name().equals(name)).findFirst().orElseThrow().item();
    }

    @Test
    void refreshListsTheTasksWithTheirScheduleAndNextFire() {
        task("report");
        task("backup");

        model.refresh();

        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(names()).containsExactly("backup", "report");
        assertThat(item("report").enabled()).isTrue();
        assertThat(item("report").nextFire()).isAfter(core.clock().instant());
        assertThat(model.noTasksProperty().get()).isFalse();
    }

    @Test
    void anEmptyStoreShowsNoTasks() {
        model.refresh();

        assertThat(model.noTasksProperty().get()).isTrue();
    }

    @Test
    void pauseAndResumeChangeTheSelectedTasksAndTheActionsOffered() {
        task("report");
        task("backup");
        model.refresh();
        select("report", "backup");
        assertThat(model.canPauseProperty().get()).isTrue();
        assertThat(model.canResumeProperty().get()).isFalse();

        model.pause();

        assertThat(item("report").enabled()).isFalse();
        assertThat(item("backup").enabled()).isFalse();
        assertThat(item("report").nextFire()).isNull();
        select("report");
        assertThat(model.canResumeProperty().get()).isTrue();
        model.resume();
        assertThat(item("report").enabled()).isTrue();
        assertThat(item("backup").enabled()).isFalse();
        assertThat(core.audit().latest(3)).extracting(e -> e.action()).containsExactly("RESUME", "PAUSE", "PAUSE");
    }

    @Test
    void duplicateRevealsThePausedCopy() {
        task("report");
        model.refresh();
        select("report");

        model.duplicate();

        assertThat(names()).containsExactly("report", "report copy");
        assertThat(model.revealedProperty().get().item().name()).isEqualTo("report copy");
        assertThat(item("report copy").enabled()).isFalse();
    }

    @Test
    void deleteAsksFirstAndKeepsTheTasksWhenDeclined() {
        task("report");
        model.refresh();
        select("report");
        dialogs.answer = false;

        model.delete();

        assertThat(dialogs.asked).containsExactly("Delete task 'report'?");
        assertThat(names()).containsExactly("report");
        dialogs.answer = true;
        model.delete();
        assertThat(names()).isEmpty();
        assertThat(tasks.list()).isEmpty();
    }

    @Test
    void aTaskGoneElsewhereDoesNotKeepTheOthersFromBeingPaused() {
        Task gone = task("gone");
        task("report");
        model.refresh();
        select("gone", "report");
        tasks.delete(gone.getId()); // from the command line, say

        model.pause();

        assertThat(dialogs.errors).singleElement().asString()
                .isEqualTo("Could not pause 'gone', 'report': The task no longer exists (#" + gone.getId() + ")");
        assertThat(names()).containsExactly("report");
        assertThat(item("report").enabled()).isFalse();
    }

    @Test
    void runNowWithoutASchedulerInThisWindowSaysSo() {
        task("report");
        model.refresh();
        select("report");

        model.runNow();

        assertThat(dialogs.errors).containsExactly("Could not start 'report': The scheduler is not running in this window");
    }

    @Test
    void openRunsShowsTheHistoryOfTheSelectedTask() {
        Task task = task("report");
        model.refresh();
        select("report");

        model.openRuns();

        assertThat(shownRuns).extracting(Task::getId).containsExactly(task.getId());
    }

    @Test
    void openInsightsShowsTheTrendsOfTheSelectedTask() {
        Task task = task("report");
        model.refresh();
        select("report");

        model.openInsights();

        assertThat(shownTrends).extracting(Task::getId).containsExactly(task.getId());
        assertThat(shownRuns).isEmpty();
    }

    @Test
    void filtersNarrowTheRowsShown() {
        task("report");
        task("backup");
        model.refresh();

        model.filterTextProperty().set("back");

        assertThat(model.filteredRows()).extracting(row -> row.item().name()).containsExactly("backup");
        assertThat(model.filteringProperty().get()).isTrue();
        model.clearFilters();
        assertThat(model.filteredRows()).hasSize(2);
    }

    @Test
    void aRefreshThatChangesEveryRowTellsTheFilteredRowsInOneChange() {
        List<Task> created = List.of(task("a"), task("b"), task("c"), task("d"));
        model.refresh();
        List<Integer> updatesPerChange = new ArrayList<>();
        model.filteredRows().addListener((javafx.collections.ListChangeListener<TaskRow>) change -> {
            int updated = 0;
            while (change.next()) {
                updated += change.wasUpdated() ? change.getTo() - change.getFrom() : 0;
            }
            updatesPerChange.add(updated);
        });

        created.forEach(task -> tasks.setEnabled(task.getId(), false));
        model.refresh();

        assertThat(updatesPerChange).containsExactly(4);
        assertThat(model.rows()).allSatisfy(row -> assertThat(row.item().enabled()).isFalse());
    }

    @Test
    void aRefreshKeepsEachRowAndItsPlaceAndFiltersOnTheNewSnapshot() {
        task("report");
        task("backup");
        model.refresh();
        List<TaskRow> before = List.copyOf(model.rows());
        model.filterTextProperty().set("renamed");
        Task report = tasks.get(before.get(1).id());
        report.setName("renamed");
        tasks.update(report);

        model.refresh();

        assertThat(model.rows()).containsExactlyElementsOf(before);
        assertThat(model.filteredRows()).extracting(row -> row.item().name()).containsExactly("renamed");
        assertThat(model.listingsProperty().get()).isEqualTo(2);
    }

    @Test
    void aDeletedTaskLeavesAndANewOneJoinsTheEnd() {
        task("report");
        Task backup = task("backup");
        model.refresh();
        TaskRow report = model.rows().get(1);

        tasks.delete(backup.getId());
        task("archive");
        model.refresh();

        assertThat(names()).containsExactly("report", "archive");
        assertThat(model.rows().getFirst()).isSameAs(report);
    }
}
