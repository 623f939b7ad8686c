package io.kumo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.Project;
import io.kumo.domain.Task;
import io.kumo.settings.Settings;
import io.kumo.settings.Theme;
import io.kumo.testkit.TestCores;
import io.kumo.ui.layout.LayoutProbe;
import io.kumo.ui.layout.Screenshots;
import io.kumo.ui.shell.NavigationItem;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The dashboard's first-run guide in the real window: its steps' states, where its buttons go, and when it leaves. */
class FirstRunGuidePaneTest {

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    KumoCore core;
    KumoApp app;

    @AfterEach
    void stop() throws TimeoutException {
        RunningApp.close(robot, app, core);
    }

    private void launch(Theme theme) throws TimeoutException {
        core = TestCores.open(dir.resolve("data"));
        core.settings().set(Settings.THEME, theme);
        app = RunningApp.launch(core);
        robot.clickOn("#" + NavigationItem.DASHBOARD.navId());
        waitUntil(() -> robot.lookup("#first-run-guide").tryQuery().map(Node::isVisible).orElse(false));
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void stepsShowWhatIsDoneAndFitTheDefaultWindow(Theme theme) throws TimeoutException {
        launch(theme);
        core.projects().create(new Project("crawler", dir.resolve("crawler").toString()));
        robot.clickOn("#" + NavigationItem.TASKS.navId());
        robot.clickOn("#" + NavigationItem.DASHBOARD.navId());
        waitUntil(() -> "Done".equals(text("#guide-step-1-state")));
        assertThat(text("#guide-step-2-state")).isEqualTo("To do");
        assertThat(text("#guide-step-3-state")).isEqualTo("To do");
        assertThat(robot.lookup("#guide-step-2").queryButton().getStyleClass()).contains("accent");

        // larger than JavaFX's headless screen breaks the next window: 1600x1000 is looked at under Xvfb instead
        for (double[] size : new double[][] {{1200, 760}}) {
            Stage stage = (Stage) app.mainView().getScene().getWindow();
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            Node guide = robot.lookup("#first-run-guide").query();
            List<String> truncated = onFx(() -> LayoutProbe.truncatedTexts((javafx.scene.Parent) guide));
            assertThat(truncated).as("at %.0fx%.0f, %s", size[0], size[1], theme).isEmpty();
            robot.interact(() -> Screenshots.inTarget().write(stage.getScene(),
                    "first-run-guide-" + theme.name().toLowerCase() + "-" + (int) size[0]));
        }
    }

    @Test
    void theEnvironmentStepOpensTheNewEnvironmentDialogOnTheEnvironmentsPane() throws TimeoutException {
        launch(Theme.LIGHT);

        robot.clickOn("#guide-step-2");

        waitUntil(() -> robot.lookup("#env-name-field").tryQuery().isPresent());
        assertThat(app.mainView().selectedProperty().get()).isEqualTo(NavigationItem.ENVIRONMENTS);
    }

    @Test
    void theTaskStepOpensTheNewTaskEditorOnTheTasksPane() throws TimeoutException {
        launch(Theme.LIGHT);

        robot.clickOn("#guide-step-3");

        waitUntil(() -> robot.lookup("#task-name").tryQuery().isPresent());
        assertThat(app.mainView().selectedProperty().get()).isEqualTo(NavigationItem.TASKS);
    }

    @Test
    void theGuideGoesOnceATaskExists() throws TimeoutException {
        launch(Theme.LIGHT);

        core.tasks().create(new Task("hello", "python3 -c pass"));

        waitUntil(() -> !robot.lookup("#first-run-guide").query().isVisible());
        assertThat(robot.lookup("#first-run-guide").query().isManaged()).isFalse();
    }

    private String text(String query) {
        return onFx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    private static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
