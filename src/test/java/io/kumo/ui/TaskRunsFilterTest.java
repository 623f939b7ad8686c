package io.kumo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.storage.StoreException;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.domain.TriggerType;
import io.kumo.testkit.TestCores;
import io.kumo.ui.runs.RunRow;
import io.kumo.ui.shell.NavigationItem;
import io.kumo.ui.tasks.TaskRow;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Tasks -> Runs opens the Logs pane filtered to the chosen task, also for a task added elsewhere while the window is open. */
class TaskRunsFilterTest {

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    KumoCore core;
    KumoApp app;

    @BeforeEach
    void start() throws TimeoutException {
        core = TestCores.open(dir);
        withRuns(task("alpha"), 2);
        withRuns(task("quotes"), 3);
        app = RunningApp.launchOn(robot, core, NavigationItem.TASKS);
    }

    @AfterEach
    void stop() throws TimeoutException {
        RunningApp.close(robot, app, core);
    }

    @Test
    void theFilterShowsATaskAddedFromTheCommandLineAndTheRowsAreItsRuns() throws TimeoutException {
        openRunsOf("quotes");
        assertLogsShow("quotes", core.tasks().findByName("quotes").orElseThrow().getId(), 3);

        robot.clickOn("#" + NavigationItem.TASKS.navId());
        Task added = withRuns(task("beta"), 1); // as `kumo task add` would, while the window is open
        openRunsOf("beta");
        assertLogsShow("beta", added.getId(), 1);

        robot.clickOn("#" + NavigationItem.TASKS.navId());
        openRunsOf("quotes");
        assertLogsShow("quotes", core.tasks().findByName("quotes").orElseThrow().getId(), 3);
    }

    private void openRunsOf(String name) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> row(name) != null);
        robot.clickOn(row(name));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#task-runs");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#pane-logs").tryQuery().isPresent());
    }

    @SuppressWarnings("unchecked")
    private void assertLogsShow(String name, long taskId, int runs) throws TimeoutException {
        ComboBox<?> filter = robot.lookup("#runs-filter-task").queryAs(ComboBox.class);
        TableView<RunRow> table = robot.lookup("#runs-table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> String.valueOf(filter.getValue()).equals(name)
                && table.getItems().size() == runs && table.getItems().stream().allMatch(row -> row.taskId() == taskId));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(String.valueOf(filter.getValue())).isEqualTo(name);
        assertThat(filter.getSelectionModel().getSelectedItem()).hasToString(name);
        assertThat(robot.from(filter).lookup(".list-cell").<ListCell<?>>match(ListCell::isVisible).queryAs(ListCell.class).getText()).as("the text the filter shows")
                .isEqualTo(name);
        assertThat(table.getItems()).hasSize(runs).allMatch(row -> row.taskId() == taskId);
    }

    private TableRow<?> row(String name) {
        return robot.lookup("#tasks-table .table-row-cell").<TableRow<TaskRow>>match(row -> !row.isEmpty()
                && row.getItem() != null && row.getItem().item().name().equals(name)).<TableRow<?>>tryQuery().orElse(null);
    }

    private Task task(String name) {
        Task task = new Task(name, "true");
        task.setTriggerType(TriggerType.MANUAL);
        return core.tasks().create(task);
    }

    private Task withRuns(Task task, int count) {
        for (int i = 0; i < count; i++) {
            Instant at = Instant.now().minusSeconds(60L * (i + 1));
            Run run = new Run(task.getId(), task.getName(), TriggerKind.MANUAL, at, RunStatus.SUCCESS);
            run.setQueuedAt(at);
            run.setStartedAt(at);
            run.setEndedAt(at.plusSeconds(1));
            run.setExitCode(0);
            StoreException.unchecked(() -> core.database().runs().create(run));
        }
        return task;
    }
}
