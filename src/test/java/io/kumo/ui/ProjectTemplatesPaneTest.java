package io.kumo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.template.NewProject;
import io.kumo.template.ProjectTemplate;
import io.kumo.testkit.TestCores;
import io.kumo.ui.shell.NavigationItem;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The "New from template" dialog of the real Projects pane: choose, name (checked as typed), create. */
class ProjectTemplatesPaneTest {

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    KumoCore core;
    KumoApp app;

    @BeforeEach
    void start() throws TimeoutException {
        core = TestCores.open(dir.resolve("data"));
        core.templateService().create(new NewProject("weather", "requests-poller", false, false, null));
        app = RunningApp.launch(core);
    }

    @AfterEach
    void stop() throws TimeoutException {
        RunningApp.close(robot, app, core);
    }

    @Test
    void createsAProjectFromTheChosenTemplateAfterRefusingATakenName() throws Exception {
        robot.clickOn("#" + NavigationItem.PROJECTS.navId());
        ListView<?> projects = robot.lookup("#projects-list").queryListView();
        waitUntil(() -> projects.getItems().size() == 1);

        robot.clickOn("#project-new-template");
        waitUntil(() -> robot.lookup("#template-list").tryQuery().isPresent());
        ListView<ProjectTemplate> templates = robot.lookup("#template-list").queryListView();
        assertThat(templates.getItems()).hasSize(5);
        robot.interact(() -> templates.getSelectionModel().select(templates.getItems().stream()
                .filter(template -> template.id().equals("pandas-etl")).findFirst().orElseThrow()));
        TextField name = robot.lookup("#template-project-name").queryAs(TextField.class);
        Label problem = robot.lookup("#template-name-problem").queryAs(Label.class);
        Button create = robot.lookup("#template-create").queryButton();
        assertThat(robot.lookup("#template-description").queryAs(Label.class).getText()).contains("etl.sqlite");
        assertThat(robot.lookup("#template-files").queryAs(Label.class).getText()).contains("etl.py", "requirements.txt");

        robot.interact(() -> name.setText(""));
        robot.clickOn(name).write("weather");
        waitUntil(() -> "A project named weather already exists.".equals(problem.getText()));
        assertThat(create.isDisabled()).isTrue();

        robot.interact(() -> name.setText(""));
        robot.clickOn(name).write("sales");
        waitUntil(() -> !problem.isVisible() && !create.isDisabled());
        robot.clickOn(create);

        waitUntil(() -> projects.getItems().size() == 2);
        assertThat(core.projectService().find("sales").getDescription()).isEqualTo("pandas ETL: CSV -> SQLite");
        assertThat(core.taskService().named("sales").isEnabled()).isFalse();
        waitUntil(() -> robot.lookup("#template-list").tryQuery().isEmpty());
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
