package io.kumo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.Project;
import io.kumo.git.CloneRequest;
import io.kumo.git.Upstream;
import io.kumo.testkit.TestCores;
import io.kumo.ui.shell.NavigationItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real Projects pane with a real file:// repository: clone from the dialog, the header's Git line, Pull and a refusal. */
class GitProjectsPaneTest {

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    KumoCore core;
    KumoApp app;
    Upstream upstream;

    @BeforeEach
    void start() throws Exception {
        core = TestCores.open(dir.resolve("data"));
        upstream = Upstream.create(dir);
        app = RunningApp.launch(core);
    }

    @AfterEach
    void stop() throws TimeoutException {
        RunningApp.close(robot, app, core);
        upstream.close();
    }

    @Test
    void cloneFromTheDialogShowsAnUnknownBranchInlineThenClones() throws Exception {
        robot.clickOn("#" + NavigationItem.PROJECTS.navId());
        robot.clickOn("#project-clone");
        waitUntil(() -> robot.lookup("#clone-url").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#clone-url").queryAs(TextField.class).setText(upstream.url());
            robot.lookup("#clone-branch").queryAs(TextField.class).setText("nope");
        });
        assertThat(robot.lookup("#clone-name").queryAs(TextField.class).getText()).isEqualTo("upstream");
        robot.clickOn("#clone-confirm");
        Label error = robot.lookup("#clone-error").queryAs(Label.class);
        waitUntil(() -> error.getText().contains("'nope' is not a branch"));
        assertThat(core.projectService().list()).isEmpty();

        robot.interact(() -> robot.lookup("#clone-branch").queryAs(TextField.class).setText(""));
        robot.clickOn("#clone-confirm");
        ListView<?> projects = robot.lookup("#projects-list").queryListView();
        waitUntil(() -> projects.getItems().size() == 1);
        waitUntil(() -> robot.lookup("#clone-url").tryQuery().isEmpty());
        Label commit = robot.lookup("#project-git-commit").queryAs(Label.class);
        waitUntil(() -> commit.getText().endsWith("First commit"));
        assertThat(robot.lookup("#project-git-branch").queryAs(Label.class).getText()).isEqualTo("main");
    }

    @Test
    void theHeaderShowsBehindAndLocalChangesAndPullRefusesInline() throws Exception {
        Project project = core.gitProjects().clone(new CloneRequest(upstream.url(), "demo", null));
        Files.writeString(Path.of(project.getRootPath()).resolve("app.py"), "print('local')\n");
        upstream.commit("app.py", "print('v2')\n", "v2");
        robot.clickOn("#" + NavigationItem.PROJECTS.navId());

        Label aheadBehind = robot.lookup("#project-git-ahead-behind").queryAs(Label.class);
        waitUntil(() -> aheadBehind.getText().equals("0 ahead \u00b7 1 behind"));
        Label changes = robot.lookup("#project-git-changes").queryAs(Label.class);
        assertThat(changes.getText()).isEqualTo("1 local change");
        assertThat(changes.getTooltip().getText()).isEqualTo("M  app.py");

        robot.clickOn("#project-git-pull");
        Label message = robot.lookup("#project-git-message").queryAs(Label.class);
        waitUntil(() -> message.getText().startsWith("pull refused") && message.getText().contains("app.py"));
        assertThat(Path.of(project.getRootPath()).resolve("app.py")).hasContent("print('local')");

        Files.writeString(Path.of(project.getRootPath()).resolve("app.py"), "print('hello from v1')\n");
        robot.clickOn("#project-git-pull");
        waitUntil(() -> message.getText().startsWith("updated to"));
        waitUntil(() -> aheadBehind.getText().equals("0 ahead \u00b7 0 behind"));
        assertThat(robot.lookup("#project-git-commit").queryAs(Label.class).getText()).endsWith("v2");
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
