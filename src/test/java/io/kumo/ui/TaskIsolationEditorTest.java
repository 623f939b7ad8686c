package io.kumo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.ui.shell.NavigationItem;
import io.kumo.app.KumoCore;
import io.kumo.domain.ResourceLimits;
import io.kumo.domain.RunConditions;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.settings.Settings;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The task editor's "Limits and sandbox" and "Conditions" sections, clicked through in the real window. */
class TaskIsolationEditorTest {

    private static final long MB = 1024L * 1024;

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    KumoCore core;
    KumoApp app;

    @BeforeEach
    void start() throws TimeoutException {
        core = TestCores.open(dir);
        core.settings().set(Settings.LIMIT_CPU_PERCENT, 50);
        Task task = new Task("scrape", "python3 -c \"print('hi')\"");
        task.setTriggerType(TriggerType.MANUAL);
        core.tasks().create(task);
        app = RunningApp.launchOn(robot, core, NavigationItem.TASKS);
    }

    @AfterEach
    void stop() throws TimeoutException {
        RunningApp.close(robot, app, core);
    }

    @Test
    void aLimitAndAConditionSetInTheEditorAreSavedOnTheTask() throws TimeoutException {
        openEditor();
        expand("#task-limits-section");
        assertThat(robot.lookup("#task-max-memory").queryAs(TextField.class).getPromptText()).isEqualTo("default: none");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> "default: 50%".equals(robot.lookup("#task-max-cpu").queryAs(TextField.class).getPromptText()));

        robot.clickOn("#task-max-memory").write("5X");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#task-validation")).isEqualTo("memory limit: '5X' is not a size; write it like 500M, 2G or 64K");
        assertThat(robot.lookup("#task-save").queryButton().isDisabled()).isTrue();
        TextField memory = robot.lookup("#task-max-memory").queryAs(TextField.class);
        robot.interact(memory::clear);
        robot.clickOn(memory).write("200M");

        expand("#task-conditions-section");
        robot.clickOn("#task-only-on-ac");
        robot.clickOn("#task-only-idle").write("10m");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#task-validation")).isEmpty();
        robot.clickOn("#task-save");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stored().getLimits().memoryBytes() != null);
        assertThat(stored().getLimits()).isEqualTo(new ResourceLimits(200 * MB, null, null, null, null));
        assertThat(stored().getConditions()).isEqualTo(new RunConditions(true, false, null, 600L, false, 0));
    }

    @Test
    void theSectionsOpenWithTheTasksValuesAndNoteAnUnavailableSandbox() throws TimeoutException {
        Task task = stored();
        task.setLimits(new ResourceLimits(null, 150, null, null, 1024 * MB));
        task.setConditions(new RunConditions(false, true, "example.com:443", null, false, 1800));
        core.tasks().update(task);

        openEditor();

        assertThat(robot.lookup("#task-limits-section").queryAs(TitledPane.class).isExpanded()).isTrue();
        assertThat(robot.lookup("#task-max-cpu").queryAs(TextField.class).getText()).isEqualTo("150%");
        assertThat(robot.lookup("#task-max-output").queryAs(TextField.class).getText()).isEqualTo("1G");
        assertThat(robot.lookup("#task-online-host").queryAs(TextField.class).getText()).isEqualTo("example.com:443");
        assertThat(robot.lookup("#task-condition-wait").queryAs(TextField.class).getText()).isEqualTo("30m");
        String reason = core.confiners().unavailableReason(io.kumo.domain.SandboxMode.BWRAP);
        robot.interact(() -> robot.lookup("#task-sandbox").queryComboBox().getSelectionModel()
                .select(io.kumo.domain.SandboxMode.BWRAP));
        WaitForAsyncUtils.waitForFxEvents();
        if (reason == null) {
            assertThat(text("#task-sandbox-note")).isEmpty();
        } else {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text("#task-sandbox-note").contains(reason));
        }
    }

    private Task stored() {
        return core.tasks().findByName("scrape").orElseThrow();
    }

    private void openEditor() throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> firstRow().isPresent());
        robot.clickOn(firstRow().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#task-edit");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#task-limits-section").tryQuery().isPresent());
    }

    /** Opens a section (if closed) and scrolls the editor down to it. */
    private void expand(String section) {
        TitledPane pane = robot.lookup(section).queryAs(TitledPane.class);
        ScrollPane scroll = robot.lookup(".task-editor .scroll-pane").queryAs(ScrollPane.class);
        robot.interact(() -> {
            pane.setAnimated(false); // the whole section laid out at once, to scroll to its end
            scroll.setVvalue(1);
        });
        if (!pane.isExpanded()) {
            robot.clickOn(pane.lookup(".title"));
        }
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> scroll.setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Optional<TableRow<?>> firstRow() {
        return robot.lookup("#tasks-table .table-row-cell").<TableRow<?>>match(row -> !row.isEmpty() && row.getIndex() == 0)
                .tryQuery();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
