package io.kumo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.schedule.cron.CronExpression;
import io.kumo.testkit.TestCores;
import io.kumo.ui.shell.NavigationItem;
import io.kumo.ui.tasks.CrontabRow;
import io.kumo.ui.tasks.TaskItem;
import io.kumo.ui.tasks.TaskRow;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Clicks through the real Tasks pane with the engine running: the editor, live run state, pause, delete, crontab import. */
class TasksPaneTest {

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    KumoCore core;
    KumoApp app;

    @BeforeEach
    void start() throws TimeoutException {
        core = TestCores.open(dir);
        core.startEngine(new io.kumo.supervisor.OsProcessLauncher(), System.getenv());
        app = RunningApp.launchOn(robot, core, NavigationItem.TASKS);
    }

    @AfterEach
    void stop() throws TimeoutException {
        RunningApp.close(robot, app, core);
    }

    @Test
    void editorChecksTheCronAsTypedAndCreatesTheTask() throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#task-empty-new").queryButton().isVisible());
        robot.clickOn("#task-new");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#task-name").tryQuery().isPresent());
        robot.clickOn("#task-name").write("hello");
        robot.clickOn("#task-command").write("python3 -c \"print('hi')\"");

        robot.clickOn("#task-cron").write("61 * * * *");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#task-cron-error")).contains("minute").contains("61");
        assertThat(robot.lookup("#task-save").queryButton().isDisabled()).isTrue();

        TextField cron = robot.lookup("#task-cron").queryAs(TextField.class);
        robot.interact(cron::clear);
        robot.clickOn(cron).write("*/5 * * * *");
        WaitForAsyncUtils.waitForFxEvents();
        String words = CronExpression.parse("*/5 * * * *").describe();
        assertThat(text("#task-cron-error")).isEmpty();
        assertThat(text("#task-cron-description")).isEqualTo(words);
        assertThat(robot.lookup("#task-cron-next").queryAs(VBox.class).getChildren()).hasSize(5);
        assertThat(robot.lookup("#task-save").queryButton().isDisabled()).isFalse();

        robot.clickOn("#task-save");
        TableView<TaskRow> table = table();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> row(table, "hello").isPresent());
        TaskItem item = row(table, "hello").orElseThrow().item();
        assertThat(item.trigger()).isEqualTo(words);
        assertThat(item.nextFire()).isNotNull();
        assertThat(robot.lookup("#task-name").tryQuery()).isEmpty();
        Task stored = core.tasks().findByName("hello").orElseThrow();
        assertThat(stored.getCommand()).isEqualTo("python3 -c \"print('hi')\"");
        assertThat(stored.getCronExpression()).isEqualTo("*/5 * * * *");
        // the new task is selected, and its schedule is shown in words
        assertThat(table.getSelectionModel().getSelectedItem().item().name()).isEqualTo("hello");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.from(table)
                .lookup((Node node) -> node instanceof TableCell<?, ?> cell && words.equals(cell.getText())).tryQuery().isPresent());
    }

    @Test
    void theNextRunIsBlankWhileAllSchedulingIsPausedAndRealAgainAfterResume() throws TimeoutException {
        Task task = new Task("hourly", "true");
        task.setTriggerType(TriggerType.CRON);
        task.setCronExpression("0 * * * *");
        core.tasks().create(task);
        TableView<TaskRow> table = table();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> row(table, "hourly").map(r -> r.item().nextFire() != null).orElse(false));

        core.schedulingPause().pause(); // from the tray or kumo scheduler pause
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> row(table, "hourly").orElseThrow().item().nextFire() == null);

        core.schedulingPause().resume();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> row(table, "hourly").orElseThrow().item().nextFire() != null);
        assertThat(row(table, "hourly").orElseThrow().item().nextFire()).isAfter(java.time.Instant.now());
    }

    @Test
    void runNowShowsTheLastStatusLive() throws TimeoutException {
        manualTask("say-hi");
        TableView<TaskRow> table = table();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> row(table, "say-hi").isPresent());
        selectFirstRow();
        robot.clickOn("#task-run-now");

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> row(table, "say-hi").orElseThrow().item().lastStatus() == RunStatus.SUCCESS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#tasks-table .task-status-badge").queryAs(Label.class).getText()).isEqualTo("Success");
        assertThat(row(table, "say-hi").orElseThrow().item().successText()).isEqualTo("100 % (1/1)");
        assertThat(table.getSelectionModel().getSelectedItem().item().name()).isEqualTo("say-hi");
    }

    @Test
    void pauseResumeAndDeleteWithConfirmation() throws TimeoutException {
        manualTask("to-pause");
        TableView<TaskRow> table = table();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> row(table, "to-pause").isPresent());
        selectFirstRow();

        robot.clickOn("#task-pause");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !row(table, "to-pause").orElseThrow().item().enabled());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(enabledBox().isSelected()).isFalse();
        assertThat(core.tasks().findByName("to-pause").orElseThrow().isEnabled()).isFalse();

        robot.clickOn("#task-resume");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> row(table, "to-pause").orElseThrow().item().enabled());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(enabledBox().isSelected()).isTrue();

        robot.clickOn("#task-delete");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane confirm = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(confirm.getHeaderText()).contains("to-pause");
        robot.clickOn(robot.from(confirm).lookup(".button").<Button>match(node -> "Delete".equals(((Button) node).getText()))
                .queryButton());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().isEmpty());
        assertThat(core.tasks().list()).isEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#task-empty-new").queryButton().isVisible()).isTrue();
    }

    @Test
    void importsTheValidLinesOfAPastedCrontab() throws TimeoutException {
        robot.clickOn("#task-import-crontab");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#crontab-text").tryQuery().isPresent());
        TextArea text = robot.lookup("#crontab-text").queryAs(TextArea.class);
        robot.interact(() -> text.setText("# backups\nMAILTO=\"\"\n*/10 * * * * echo sync\n61 * * * * echo broken\n"));

        TableView<CrontabRow> preview = robot.lookup("#crontab-preview").queryTableView();
        assertThat(preview.getItems()).hasSize(2);
        assertThat(preview.getItems().get(1).entry().error()).contains("minute");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.from(preview).lookup(".crontab-error").<TableCell<?, ?>>queryAll())
                .anyMatch(cell -> cell.getText() != null && cell.getText().contains("line 4") && cell.getPseudoClassStates()
                        .contains(atlantafx.base.theme.Styles.STATE_DANGER));
        assertThat(robot.from(preview).lookup(".crontab-accept").queryAllAs(CheckBox.class))
                .extracting(CheckBox::isSelected, CheckBox::isDisabled)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(true, false),
                        org.assertj.core.groups.Tuple.tuple(false, true));

        Button close = robot.lookup("#crontab-close").queryButton();
        robot.clickOn("#crontab-import");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !text("#crontab-result").isEmpty());
        assertThat(text("#crontab-result")).contains("Created 1 task");
        assertThat(core.tasks().list()).singleElement().satisfies(task -> {
            assertThat(task.getCronExpression()).isEqualTo("*/10 * * * *");
            assertThat(task.getCommand()).isEqualTo("echo sync");
        });
        // the pane follows the new task; the lookup waits for the FX thread to settle first
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> app.mainView().lookup("#tasks-table") instanceof TableView<?> table
                && table.getItems().size() == 1);
        robot.clickOn(close);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#crontab-text").tryQuery()).isEmpty();
    }

    @Test
    void runsOpensTheLogsPaneOnThatTask() throws TimeoutException {
        manualTask("with-history");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> row(table(), "with-history").isPresent());
        selectFirstRow();
        robot.clickOn("#task-runs");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#pane-logs").tryQuery().isPresent());
        javafx.scene.control.ComboBox<?> taskFilter = robot.lookup("#runs-filter-task").queryAs(javafx.scene.control.ComboBox.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> String.valueOf(taskFilter.getValue()).contains("with-history"));
    }

    @Test
    void nodeLabelsAreCheckedAsTypedAndSavedOnTheTask() throws TimeoutException {
        manualTask("render");
        selectFirstRow();
        robot.clickOn("#task-edit");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#task-node-labels").tryQuery().isPresent());

        robot.clickOn("#task-node-labels").write("gpu, -eu");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#task-validation")).startsWith("node labels: label '-eu' is not valid");
        assertThat(robot.lookup("#task-save").queryButton().isDisabled()).isTrue();

        TextField labels = robot.lookup("#task-node-labels").queryAs(TextField.class);
        robot.interact(labels::clear);
        robot.clickOn(labels).write("GPU, eu");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#task-validation")).isEmpty();
        robot.clickOn("#task-save");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "eu,gpu".equals(core.tasks().findByName("render").orElseThrow().getNodeLabels()));

        robot.clickOn("#task-edit");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#task-node-labels").tryQuery().isPresent());
        assertThat(robot.lookup("#task-node-labels").queryAs(TextField.class).getText()).isEqualTo("eu, gpu");
    }

    private void manualTask(String name) {
        Task task = new Task(name, "python3 -c \"print('hi')\"");
        task.setTriggerType(TriggerType.MANUAL);
        core.tasks().create(task);
    }

    /** Clicks the first row once the table, shown when the first task arrives, has laid it out. */
    private void selectFirstRow() throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> firstRow().isPresent());
        robot.clickOn(firstRow().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Optional<TableRow<?>> firstRow() {
        return robot.lookup("#tasks-table .table-row-cell").<TableRow<?>>match(row -> !row.isEmpty() && row.getIndex() == 0)
                .tryQuery();
    }

    private CheckBox enabledBox() {
        return robot.lookup("#tasks-table .task-enabled-check").queryAs(CheckBox.class);
    }

    private TableView<TaskRow> table() {
        return robot.lookup("#tasks-table").queryTableView();
    }

    private static Optional<TaskRow> row(TableView<TaskRow> table, String name) {
        return table.getItems().stream().filter(row -> row.item().name().equals(name)).findFirst();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
