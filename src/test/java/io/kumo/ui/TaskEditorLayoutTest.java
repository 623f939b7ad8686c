package io.kumo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.settings.Settings;
import io.kumo.settings.Theme;
import io.kumo.testkit.TestCores;
import io.kumo.ui.layout.LayoutProbe;
import io.kumo.ui.layout.WindowSizer;
import io.kumo.ui.layout.Screenshots;
import io.kumo.ui.shell.NavigationItem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The task editor opens at its content's size, cut nowhere and not scolding an empty form, whatever dialog came before. */
class TaskEditorLayoutTest {

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
    void opensAtItsContentSizeWithNoErrorUntilSaveIsPressed() throws Exception {
        launch(Theme.LIGHT, 1200, 760);
        DialogPane editor = openNewTask();
        assertFitsAndIsQuiet(editor, "task-editor-light-1200");

        robot.clickOn("#task-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(validation()).isEqualTo("name: must not be empty");
        assertThat(robot.lookup("#task-save").queryButton().isDisabled()).isTrue();
    }

    @Test
    void showsTheNameErrorOnceTheNameWasTypedAndCleared() throws Exception {
        launch(Theme.DARK, 1600, WindowSizer.LARGE_HEIGHT);
        DialogPane editor = openNewTask();
        assertFitsAndIsQuiet(editor, "task-editor-dark-1600");

        robot.clickOn("#task-name").write("x");
        robot.interact(() -> robot.lookup("#task-name").queryTextInputControl().clear());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(validation()).isEqualTo("name: must not be empty");
    }

    @Test
    void opensAtItsContentSizeAfterTheNewEnvironmentDialogWasCancelled() throws Exception {
        launch(Theme.LIGHT, 1200, 760);
        robot.clickOn("#" + NavigationItem.ENVIRONMENTS.navId());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#env-new").tryQuery().isPresent());
        robot.clickOn("#env-new");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane environment = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn(robot.from(environment).lookup(".button")
                .<Button>match(button -> "Cancel".equals(button.getText())).queryButton());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());

        robot.clickOn("#" + NavigationItem.TASKS.navId());
        DialogPane editor = openNewTask();
        assertFitsAndIsQuiet(editor, "task-editor-after-environment");
    }

    private void launch(Theme theme, double width, double height) throws Exception {
        core = TestCores.open(dir);
        core.settings().set(Settings.THEME, theme);
        app = RunningApp.launchOn(robot, core, NavigationItem.TASKS);
        Stage stage = (Stage) app.mainView().getScene().getWindow();
        assertThat(WindowSizer.resize(robot, stage, width, height)).as("the window at %sx%s", width, height).isTrue();
    }

    private DialogPane openNewTask() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#task-new").tryQuery().isPresent());
        robot.clickOn("#task-new");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#task-name").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".task-editor").queryAs(DialogPane.class);
    }

    private void assertFitsAndIsQuiet(DialogPane editor, String screenshot) throws Exception {
        robot.interact(() -> {
            editor.applyCss();
            editor.layout();
        });
        Window window = editor.getScene().getWindow();
        List<String> cut = io.kumo.ui.common.FxThread.call(() -> LayoutProbe.truncatedTexts(editor));
        Optional<String> undersized = io.kumo.ui.common.FxThread.call(() -> LayoutProbe.undersized(window));
        robot.interact(() -> Screenshots.inTarget().write(editor.getScene(), screenshot));
        assertThat(cut).isEmpty();
        assertThat(undersized).isEmpty();
        assertThat(validation()).isEmpty();
        assertThat(robot.lookup("#task-save").queryButton().isDisabled()).isFalse();
    }

    private String validation() {
        return robot.lookup("#task-validation").queryAs(Label.class).getText();
    }
}
