package io.kumo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.EnvironmentKind;
import io.kumo.domain.EnvironmentState;
import io.kumo.domain.Project;
import io.kumo.domain.PythonEnvironment;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.testkit.TestCores;
import io.kumo.ui.logs.LogsView;
import io.kumo.ui.shell.NavigationItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first run's shortcuts in the real window: a project's suggested command becomes a task in one click, and a run
 * whose program is missing from its environment offers to install the project's requirements there.
 */
class FirstRunShortcutsPaneTest {

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    KumoCore core;
    KumoApp app;

    @AfterEach
    void stop() throws TimeoutException {
        RunningApp.close(robot, app, core);
    }

    @Test
    void createTaskOpensTheEditorWithTheSuggestedCommandAndSaveCreatesIt() throws Exception {
        core = TestCores.open(dir.resolve("data"));
        Path folder = Files.createDirectories(dir.resolve("reports-src"));
        Files.writeString(folder.resolve("main.py"), "print('report')\n");
        Project project = core.projectService().link(folder, "reports");
        PythonEnvironment venv = core.environments().create(new PythonEnvironment("reports", EnvironmentKind.SYSTEM,
                "/usr/bin/python3", EnvironmentState.READY));
        app = RunningApp.launch(core);
        robot.clickOn("#" + NavigationItem.PROJECTS.navId());
        waitUntil(() -> !robot.lookup("#project-suggestions-create-task").queryButton().isDisabled());

        robot.clickOn("#project-suggestions-create-task");

        waitUntil(() -> robot.lookup("#task-name").tryQuery().isPresent());
        assertThat(app.mainView().selectedProperty().get()).isEqualTo(NavigationItem.TASKS);
        assertThat(onFx(() -> robot.lookup("#task-name").queryAs(TextField.class).getText())).isEqualTo("reports main");
        assertThat(onFx(() -> String.valueOf(robot.lookup("#task-project").queryAs(ComboBox.class).getValue())))
                .contains("reports");
        assertThat(onFx(() -> String.valueOf(robot.lookup("#task-env").queryAs(ComboBox.class).getValue())))
                .contains("reports");
        assertThat(onFx(() -> robot.lookup("#task-command").queryAs(ComboBox.class).getEditor().getText()))
                .isEqualTo("python main.py");

        robot.clickOn("#task-save");

        waitUntil(() -> core.tasks().findByName("reports main").isPresent());
        Task saved = core.tasks().findByName("reports main").orElseThrow();
        assertThat(saved.getCommand()).isEqualTo("python main.py");
        assertThat(saved.getProjectId()).isEqualTo(project.getId());
        assertThat(saved.getEnvironmentId()).isEqualTo(venv.getId());
        assertThat(saved.getTriggerType()).isEqualTo(io.kumo.domain.TriggerType.MANUAL);
    }

    @Test
    void aRunWhoseProgramIsMissingOffersToInstallTheRequirementsIntoItsEnvironment() throws Exception {
        Path location = dir.resolve("venvs/scraper");
        Process create = new ProcessBuilder("python3", "-m", "venv", "--without-pip", location.toString())
                .redirectErrorStream(true).start();
        Assumptions.assumeTrue(create.waitFor(120, TimeUnit.SECONDS) && create.exitValue() == 0,
                "python3 -m venv is not available here");
        core = TestCores.open(dir.resolve("data"));
        core.startEngine(new OsProcessLauncher(), System.getenv());
        app = RunningApp.launch(core);
        Path folder = Files.createDirectories(dir.resolve("crawler-src"));
        Files.writeString(folder.resolve("requirements.txt"), "kumo-missing-tool==1.0\n");
        Project project = core.projectService().link(folder, "crawler");
        PythonEnvironment environment = new PythonEnvironment("scraper", EnvironmentKind.VENV,
                location.resolve("bin/python").toString(), EnvironmentState.READY);
        environment.setLocation(location.toString());
        PythonEnvironment venv = core.environments().create(environment);
        Task task = new Task("crawl", "kumo-missing-tool crawl");
        task.setProjectId(project.getId());
        task.setEnvironmentId(venv.getId());
        Task stored = core.tasks().create(task);
        Run started = core.engine().orElseThrow().runNow(stored);
        waitUntil(() -> core.runHistory().find(started.getId()).map(run -> run.getStatus() == RunStatus.FAILED).orElse(false));

        robot.interact(() -> ((LogsView) app.mainView().open(NavigationItem.LOGS)).showRun(started.getId()));

        waitUntil(() -> robot.lookup("#run-install-requirements").tryQuery().map(node -> node.isVisible()).orElse(false));
        Button install = robot.lookup("#run-install-requirements").queryButton();
        assertThat(install.getText()).isEqualTo("Install requirements into scraper");
        assertThat(onFx(() -> robot.lookup("#run-missing-program").queryAs(Label.class).getText()))
                .contains("'kumo-missing-tool' is not in environment 'scraper'", "requirements.txt lists it");

        robot.clickOn(install);

        // this venv has no pip: the install fails, and says so in place
        waitUntil(() -> onFx(() -> robot.lookup("#run-install-status").queryAs(Label.class).getText()).startsWith("Could not install"));
        assertThat(onFx(() -> robot.lookup("#run-install-status").queryAs(Label.class).getText())).contains("'scraper'");
    }

    private static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
