package io.kumo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.Project;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.insights.errors.ErrorGroup;
import io.kumo.storage.StoreException;
import io.kumo.testkit.TestCores;
import io.kumo.ui.shell.NavigationItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Insights › Errors on a real store: the groups, a group's detail, "Open in editor" and the empty window. */
class ErrorsTabTest {

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    KumoCore core;
    KumoApp app;

    @BeforeEach
    void start() throws Exception {
        core = TestCores.open(dir.resolve("data"));
        Path folder = Files.createDirectories(dir.resolve("shop/jobs"));
        Files.writeString(folder.resolve("load.py"), "import sys\n\n\ndef parse(x):\n    return int(x)\n\nparse('x')\n");
        Project shop = core.projects().create(new Project("shop", dir.resolve("shop").toString()));
        Task load = new Task("load", "python jobs/load.py");
        load.setProjectId(shop.getId());
        load = core.tasks().create(load);
        Task other = core.tasks().create(new Task("other", "python /srv/other.py"));
        Instant now = Instant.now();
        failed(load, now.minus(Duration.ofDays(3)), dir.resolve("shop/jobs/load.py").toString(), 5, "ValueError: invalid literal");
        failed(load, now.minus(Duration.ofDays(2)), dir.resolve("shop/jobs/load.py").toString(), 5, "ValueError: invalid literal 2");
        failed(other, now.minus(Duration.ofDays(4)), "/srv/other.py", 9, "KeyError: 'id'");
        app = RunningApp.launchOn(robot, core, NavigationItem.INSIGHTS);
    }

    private void failed(Task task, Instant at, String file, int line, String exception) throws Exception {
        Path log = Files.writeString(Files.createTempFile(dir, "run", ".log"), "[stderr] Traceback (most recent call last):\n"
                + "[stderr]   File \"" + file + "\", line " + line + ", in parse\n[stderr] " + exception + "\n");
        Run run = new Run(task, TriggerKind.MANUAL, at, RunStatus.FAILED);
        run.setEndedAt(at.plusSeconds(1));
        run.setLogPath(log.toString());
        StoreException.unchecked(() -> core.database().runs().create(run));
        core.errorGroups().classify(run).orElseThrow();
    }

    @AfterEach
    void stop() throws TimeoutException {
        RunningApp.close(robot, app, core);
    }

    private TableView<ErrorGroup> table() throws TimeoutException {
        TableView<ErrorGroup> table = robot.lookup("#errors-table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        return table;
    }

    @Test
    void listsTheWeeksGroupsMostFailuresFirstWithTheirDetail() throws TimeoutException {
        TableView<ErrorGroup> table = table();

        assertThat(table.getItems().getFirst().type()).isEqualTo("ValueError");
        assertThat(table.getItems().getFirst().windowCount()).isEqualTo(2);
        assertThat(table.getItems().get(1).type()).isEqualTo("KeyError");
        assertThat(robot.lookup("#errors-table .error-sparkline").queryAll()).hasSize(2);

        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#errors-detail-message").queryAs(TextArea.class).getText().equals("invalid literal 2"));
        assertThat(robot.lookup("#errors-detail-location").queryAs(Label.class).getText()).isEqualTo("jobs/load.py:5 in parse");
        assertThat(robot.lookup("#errors-detail-runs").queryAs(TextArea.class).getText().lines()).hasSize(2);
    }

    @Test
    void openInEditorShowsTheProjectFileAtTheLine() throws TimeoutException {
        TableView<ErrorGroup> table = table();
        robot.interact(() -> table.getSelectionModel().select(0));
        Button open = robot.lookup("#errors-open-editor").queryButton();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !open.isDisabled());

        robot.interact(open::fire);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#pane-projects .kumo-code").tryQuery()
                .map(area -> ((CodeArea) area).getText().contains("def parse")).orElse(false));
        CodeArea area = robot.lookup("#pane-projects .kumo-code").queryAs(CodeArea.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> area.getCurrentParagraph() == 4);
        assertThat(app.mainView().selectedProperty().get()).isEqualTo(NavigationItem.PROJECTS);
    }

    @Test
    void openInEditorIsDisabledForAFileOutsideEveryProject() throws TimeoutException {
        TableView<ErrorGroup> table = table();
        robot.interact(() -> table.getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#errors-detail-location").queryAs(Label.class).getText().equals("other.py:9 in parse"));

        assertThat(robot.lookup("#errors-open-editor").queryButton().isDisabled()).isTrue();
    }

    @Test
    void aWindowWithoutFailuresSaysSo() throws TimeoutException {
        table();
        ComboBox<?> window = robot.lookup("#errors-window").queryComboBox();
        robot.interact(() -> window.getSelectionModel().select(0));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#errors-empty").query().isVisible());
        assertThat(robot.lookup("#errors-empty-text").queryAs(Label.class).getText()).isEqualTo("No failures in the last 24 hours");
    }
}
