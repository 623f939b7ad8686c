package io.kumo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.audit.AuditEntry;
import io.kumo.settings.Settings;
import io.kumo.settings.Theme;
import io.kumo.testkit.TestCores;
import io.kumo.ui.shell.NavigationItem;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real app on a temporary data directory, with JavaFX's headless platform. */
class KumoAppTest {

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    Stage stage;
    KumoCore core;
    KumoApp app;

    @BeforeEach
    void start() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        launch();
    }

    @AfterEach
    void stop() throws TimeoutException {
        shutDown();
    }

    private void launch() throws TimeoutException {
        core = TestCores.open(dir);
        core.startEngine(new io.kumo.supervisor.OsProcessLauncher(), System.getenv());
        app = (KumoApp) FxToolkit.setupApplication(() -> new KumoApp(core, () -> { }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shutDown() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        if (core != null) {
            core.close();
            core = null;
        }
    }

    @Test
    void opensTitledKumoOnTheDashboardWithStatusBar() {
        assertThat(stage.getTitle()).isEqualTo("Kumo");
        assertThat(robot.lookup("#pane-dashboard").tryQuery()).isPresent();
        assertThat(robot.lookup("#status-scheduler").queryAs(Label.class).getText()).isEqualTo("Scheduler running");
        assertThat(robot.lookup("#status-running").queryAs(Label.class).getText()).isEqualTo("No runs in progress");
        assertThat(robot.lookup("#status-data-dir").queryAs(Label.class).getText()).isEqualTo(dir.toString());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#card-tasks").queryAs(Label.class).getText()).isEqualTo("0");
    }

    @Test
    void dashboardFollowsTasksAndRunsWhileShown() throws TimeoutException {
        io.kumo.domain.Task task = core.tasks().create(new io.kumo.domain.Task("from-cli", "python3 -c \"print(1)\""));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "1".equals(robot.lookup("#card-tasks").queryAs(Label.class).getText()));
        core.engine().orElseThrow().runNow(task);
        javafx.scene.chart.StackedBarChart<String, Number> runsPerDay = robot.lookup("#chart-runs-per-day").query();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> runsPerDay.getData().stream()
                .mapToLong(series -> series.getData().isEmpty() ? 0 : series.getData().getLast().getYValue().longValue()).sum() == 1);
    }

    @Test
    void everyPaneOpensFromTheSidebar() {
        for (NavigationItem item : NavigationItem.values()) {
            robot.clickOn("#" + item.navId());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#" + item.paneId()).tryQuery()).as(item.title()).isPresent();
        }
    }

    @Test
    void ctrlDigitsSwitchPanes() {
        for (NavigationItem item : NavigationItem.values()) {
            KeyCode digit = item.shortcutKey();
            robot.press(KeyCode.CONTROL, digit).release(digit, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#" + item.paneId()).tryQuery()).as(item.title()).isPresent();
            assertThat(app.mainView().selectedProperty().get()).isEqualTo(item);
        }
    }

    @Test
    void themeToggleIsSavedAuditedAndSurvivesARestart() throws TimeoutException {
        robot.clickOn("#theme-toggle");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> core.settings().get(Settings.THEME) == Theme.DARK);
        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");

        robot.clickOn("#" + NavigationItem.AUDIT.navId());
        TableView<?> table = robot.lookup("#audit-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        assertThat(((AuditEntry) table.getItems().getFirst()).action()).isEqualTo("SETTINGS_CHANGE");

        shutDown();
        launch();

        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        robot.clickOn("#" + NavigationItem.SETTINGS.navId());
        assertThat(robot.lookup("#theme-dark").queryAs(javafx.scene.control.RadioButton.class).isSelected()).isTrue();
        robot.clickOn("#theme-light");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> core.settings().get(Settings.THEME) == Theme.LIGHT);
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");
    }

    @Test
    void quittingWhileARunIsInProgressAsksFirst() throws TimeoutException {
        java.util.concurrent.atomic.AtomicBoolean quit = new java.util.concurrent.atomic.AtomicBoolean();
        shutDown();
        core = TestCores.open(dir);
        var engine = core.startEngine(new io.kumo.supervisor.OsProcessLauncher(), System.getenv());
        app = (KumoApp) FxToolkit.setupApplication(() -> new KumoApp(core, () -> quit.set(true)));
        io.kumo.domain.Task task = new io.kumo.domain.Task("long", "python3 -c \"import time; time.sleep(60)\"");
        task.setTriggerType(io.kumo.domain.TriggerType.MANUAL);
        engine.runNow(core.tasks().create(task));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> core.engineStatus().runningRuns().get() == 1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "1 run in progress".equals(
                robot.lookup("#status-running").queryAs(Label.class).getText()));

        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .contains("1 run is in progress");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(quit).isFalse();
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void windowSizeAndPositionSurviveARestart() throws TimeoutException {
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1010);
            stage.setHeight(690);
        });

        shutDown();
        launch();

        assertThat(stage.getWidth()).isEqualTo(1010);
        assertThat(stage.getHeight()).isEqualTo(690);
        assertThat(stage.getX()).isEqualTo(40);
        assertThat(stage.getY()).isEqualTo(30);
    }

    @Test
    void theTrayIsSetUpOnlyOnceTheWindowHasRenderedItsFirstFrame() throws TimeoutException {
        shutDown();
        core = TestCores.open(dir);
        // skins are made by the CSS pass of a pulse: a button without one has not been rendered yet
        CompletableFuture<Boolean> rendered = new CompletableFuture<>();
        app = (KumoApp) FxToolkit.setupApplication(() -> new KumoApp(core, () -> { }, false,
                (window, status, pause, togglePause, open, quit) -> {
                    Control dashboardButton = (Control) window.getScene().lookup("#" + NavigationItem.DASHBOARD.navId());
                    rendered.complete(dashboardButton.getSkin() != null);
                    return Optional.empty();
                }));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, rendered::isDone);
        assertThat(rendered.join()).as("the window had rendered a frame when the tray was set up").isTrue();
        assertThat(stage.isShowing()).isTrue();
    }
}
