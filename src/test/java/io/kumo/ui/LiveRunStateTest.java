package io.kumo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.engine.Engine;
import io.kumo.testkit.MutableClock;
import io.kumo.testkit.TestCores;
import io.kumo.ui.logs.LogsView;
import io.kumo.ui.runs.Choice;
import io.kumo.ui.runs.RunRow;
import io.kumo.ui.shell.NavigationItem;
import io.kumo.ui.tasks.TaskRow;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * State the window shows agrees with the engine's (issue 22, "state that lags or lies"): the status bar's count of runs
 * in progress, the Logs task filter and its runs, a running run's ticking duration, the log footer after the end.
 */
class LiveRunStateTest {

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    KumoCore core;
    KumoApp app;

    @BeforeEach
    void start() throws TimeoutException {
        core = TestCores.open(dir, clock);
        core.startEngine(new io.kumo.supervisor.OsProcessLauncher(), System.getenv());
        app = RunningApp.launch(core);
    }

    @AfterEach
    void stop() throws TimeoutException {
        RunningApp.close(robot, app, core);
    }

    @Test
    void theStatusBarCountsRunsStartedFromOtherThreadsAndTheirEnds() throws Exception {
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tasks.add(core.tasks().create(manual("sleeper-" + i, "python3 -c \"import time; time.sleep(2)\"")));
        }
        Engine engine = core.engine().orElseThrow();
        for (int round = 0; round < 3; round++) {
            // several callers at once, as the CLI's instance channel, the API and the scheduler start runs
            List<CompletableFuture<Run>> started = new ArrayList<>();
            for (Task task : tasks) {
                started.add(CompletableFuture.supplyAsync(() -> engine.runNow(task)));
            }
            List<Long> ids = started.stream().map(CompletableFuture::join).map(Run::getId).toList();
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text("#status-running").equals("4 runs in progress"));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ids.stream().allMatch(id ->
                    core.runHistory().find(id).orElseThrow().getStatus().isTerminal()));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#status-running").equals("No runs in progress"));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(text("#status-running")).as("round %d", round).isEqualTo("No runs in progress");
        }
    }

    @Test
    void theLogsTaskFilterAndItsRunsAgreeForATaskAddedWhileTheWindowIsOpen() throws Exception {
        Task quotes = core.tasks().create(manual("quotes", "python3 -c \"print('q')\""));
        awaitEnd(core.engine().orElseThrow().runNow(quotes));
        robot.clickOn("#" + NavigationItem.LOGS.navId()); // the Logs pane reads its task names now
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> runsTable().getItems().size() == 1);
        robot.clickOn("#runs-filter-task"); // the user picks from the list once: its popup list now exists
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(
                org.testfx.matcher.control.LabeledMatchers.hasText("quotes")).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();

        Task fresh = core.tasks().create(manual("fresh", "python3 -c \"print('f')\"")); // as the CLI adds it
        Run freshRun = core.engine().orElseThrow().runNow(fresh);
        awaitEnd(freshRun);
        for (Task shown : List.of(fresh, quotes, fresh)) {
            robot.clickOn("#" + NavigationItem.TASKS.navId());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tasksTable().getItems().stream()
                    .anyMatch(row -> row.item().name().equals(shown.getName())));
            robot.interact(() -> {
                TableView<TaskRow> table = tasksTable();
                table.getSelectionModel().clearSelection();
                table.getItems().stream().filter(row -> row.item().name().equals(shown.getName())).findFirst()
                        .ifPresent(row -> table.getSelectionModel().select(row));
            });
            robot.clickOn("#task-runs");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#pane-logs").tryQuery().isPresent()
                    && !runsTable().getItems().isEmpty()
                    && runsTable().getItems().stream().allMatch(row -> row.taskId() == shown.getId()));
            WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS); // lets a late read of the task names land, as it did
            WaitForAsyncUtils.waitForFxEvents();
            @SuppressWarnings("unchecked")
            ComboBox<Choice> filter = robot.lookup("#runs-filter-task").queryAs(ComboBox.class);
            LogsView logs = logsView();
            assertThat(filter.getValue().name()).as("the filter's value").isEqualTo(shown.getName());
            assertThat(robot.from(filter).lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                    .filter(javafx.scene.Node::isVisible).map(javafx.scene.control.ListCell::getText).toList())
                    .as("the filter shown").containsExactly(shown.getName());
            assertThat(logs.model().history().taskProperty().get().id()).isEqualTo(shown.getId());
            assertThat(runsTable().getItems()).as("the runs listed under " + shown.getName())
                    .isNotEmpty().allMatch(row -> row.taskId() == shown.getId());
        }
    }

    /** Opens Logs, runs the task now, waits for it to run and opens it in the run details. */
    private Run runAndOpenInLogs(Task task) throws Exception {
        robot.clickOn("#" + NavigationItem.LOGS.navId());
        Run run = core.engine().orElseThrow().runNow(task);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> runsTable().getItems().stream()
                .anyMatch(row -> row.id() == run.getId() && row.status() == RunStatus.RUNNING));
        LogsView logs = logsView();
        robot.interact(() -> logs.model().open(runsTable().getItems().stream().filter(row -> row.id() == run.getId())
                .findFirst().orElseThrow()));
        return run;
    }

    @Test
    void aRunningRunsDurationTicksInTheTableAndTheDetails() throws Exception {
        Task task = core.tasks().create(manual("long", "python3 -c \"import time; print('started', flush=True); time.sleep(60)\""));
        Run run = runAndOpenInLogs(task);
        LogsView logs = logsView();

        clock.advance(Duration.ofSeconds(65)); // the engine's clock: the run started at the frozen "now"
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#run-detail-duration").equals("1m 05s")
                && durationCells().contains("1m 05s"));
        clock.advance(Duration.ofSeconds(60));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#run-detail-duration").equals("2m 05s")
                && durationCells().contains("2m 05s"));
        assertThat(logs.model().clock().ticking()).as("one timer while a run runs").isTrue();

        robot.clickOn("#run-stop");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> runsTable().getItems().stream()
                .anyMatch(row -> row.id() == run.getId() && row.status() == RunStatus.STOPPED));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(logs.model().clock().ticking()).as("no timer once nothing runs").isFalse();
        clock.advance(Duration.ofSeconds(60));
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS); // a tick would have come: the ended run's duration stays
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#run-detail-duration")).isEqualTo("2m 05s");
    }

    @Test
    void afterStopTheLogFooterStopsFollowingAndShowsTheResult() throws Exception {
        Task task = core.tasks().create(manual("stoppable", "python3 -c \"import time; print('up', flush=True); time.sleep(60)\""));
        Run run = runAndOpenInLogs(task);
        LogsView logs = logsView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#log-line-count").contains("following the run"));
        clock.advance(Duration.ofSeconds(3));

        robot.clickOn("#run-stop");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text("#log-result").startsWith("Stopped"));
        Run ended = core.runHistory().find(run.getId()).orElseThrow();
        assertThat(text("#log-result")).isEqualTo("Stopped · exit code " + ended.getExitCode() + " · 3.0 s");
        assertThat(text("#log-line-count")).doesNotContain("following");
    }

    private LogsView logsView() {
        java.util.concurrent.atomic.AtomicReference<LogsView> view = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> view.set((LogsView) app.mainView().open(NavigationItem.LOGS)));
        return view.get();
    }

    private void awaitEnd(Run run) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> core.runHistory().find(run.getId()).orElseThrow()
                .getStatus().isTerminal());
    }

    private static Task manual(String name, String command) {
        Task task = new Task(name, command);
        task.setTriggerType(TriggerType.MANUAL);
        return task;
    }

    private List<String> durationCells() {
        return robot.lookup("#runs-table .table-cell").<TableCell<?, ?>>match(cell -> cell.getTableColumn() != null
                && "runs-column-duration".equals(cell.getTableColumn().getId()) && cell.getText() != null)
                .queryAll().stream().map(cell -> ((TableCell<?, ?>) cell).getText()).toList();
    }

    private TableView<RunRow> runsTable() {
        return robot.lookup("#runs-table").queryTableView();
    }

    private TableView<TaskRow> tasksTable() {
        return robot.lookup("#tasks-table").queryTableView();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
