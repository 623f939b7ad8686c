package io.kumo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.EnvironmentKind;
import io.kumo.domain.EnvironmentState;
import io.kumo.domain.Project;
import io.kumo.domain.PythonEnvironment;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.settings.Settings;
import io.kumo.settings.Theme;
import io.kumo.testkit.TestCores;
import io.kumo.ui.layout.LayoutProbe;
import io.kumo.ui.layout.WindowSizer;
import io.kumo.ui.layout.Screenshots;
import io.kumo.ui.shell.NavigationItem;
import io.kumo.ui.tasks.TaskRow;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Tasks pane and its crontab import cut no text at the default window size and maximized, in both themes. */
class TasksPaneLayoutTest {

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    KumoCore core;
    KumoApp app;

    @AfterEach
    void stop() throws Exception {
        RunningApp.close(robot, app, core);
    }

    @Test
    void longProjectAndEnvironmentNamesAreCutOnlyWithTheFullTextInATooltipAt1200x760() throws Exception {
        launch(Theme.LIGHT, 1200, 760);
        assertNothingCut(pane(), "tasks-light-1200");
    }

    @Test
    void nothingIsCutAt1600x1000InTheDarkTheme() throws Exception {
        launch(Theme.DARK, 1600, WindowSizer.LARGE_HEIGHT);
        assertNothingCut(pane(), "tasks-dark-1600");
    }

    @Test
    void theCrontabImportShowsEveryLabelAndLongCellsHaveTooltips() throws Exception {
        launch(Theme.LIGHT, 1200, 760);
        robot.clickOn("#task-import-crontab");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#crontab-text").tryQuery().isPresent());
        TextArea text = robot.lookup("#crontab-text").queryAs(TextArea.class);
        robot.interact(() -> text.setText("*/10 * * * * cd /srv/customer-analytics && ./venv/bin/python -m reports.nightly "
                + "--all-regions --format=parquet --upload s3://bucket/a/very/long/prefix\n61 * * * * echo broken\n"));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertNothingCut(dialog, "crontab-import-1200");
        assertThat(io.kumo.ui.common.FxThread.call(() -> LayoutProbe.undersized(dialog.getScene().getWindow()))).isEmpty();
    }

    private void launch(Theme theme, double width, double height) throws Exception {
        core = TestCores.open(dir);
        core.settings().set(Settings.THEME, theme);
        Project project = core.projects().create(new Project("customer-analytics-warehouse-exports",
                dir.resolve("analytics").toString()));
        PythonEnvironment environment = core.environments().create(new PythonEnvironment("python-3.11-data-science-stack",
                EnvironmentKind.VENV, dir.resolve("venv/bin/python").toString(), EnvironmentState.READY));
        for (String name : List.of("nightly-warehouse-export-for-every-region", "quotes", "hourly-sync")) {
            Task task = new Task(name, "python main.py --region all --format parquet --upload s3://bucket/prefix");
            task.setTriggerType(TriggerType.CRON);
            task.setCronExpression("15 2 * * 1-5");
            task.setProjectId(project.getId());
            task.setEnvironmentId(environment.getId());
            core.tasks().create(task);
        }
        app = RunningApp.launchOn(robot, core, NavigationItem.TASKS);
        Stage stage = (Stage) app.mainView().getScene().getWindow();
        assertThat(WindowSizer.resize(robot, stage, width, height)).as("the window at %sx%s", width, height).isTrue();
        TableView<TaskRow> table = robot.lookup("#tasks-table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Parent pane() {
        return robot.lookup("#" + NavigationItem.TASKS.paneId()).queryAs(Parent.class);
    }

    private void assertNothingCut(Parent root, String screenshot) throws Exception {
        robot.interact(() -> {
            root.applyCss();
            root.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = io.kumo.ui.common.FxThread.call(() -> LayoutProbe.truncatedTexts(root));
        robot.interact(() -> Screenshots.inTarget().write(root.getScene(), screenshot));
        assertThat(cut).isEmpty();
    }
}
