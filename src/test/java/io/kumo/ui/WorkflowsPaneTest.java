package io.kumo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.testkit.TestCores;
import io.kumo.ui.shell.NavigationItem;
import io.kumo.ui.workflows.graph.StepNode;
import io.kumo.ui.workflows.graph.WorkflowGraphView;
import io.kumo.workflow.StepStatus;
import io.kumo.workflow.WorkflowDefinition;
import io.kumo.workflow.service.StoredWorkflow;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Builds a workflow in the real Workflows pane with the engine running: nodes added, filled and connected by dragging
 * in the visual editor, saved, run, and every node seen turning green; the YAML tab follows the graph.
 */
class WorkflowsPaneTest {

    private static final PseudoClass SUCCESS = PseudoClass.getPseudoClass(StepNode.statusClass(StepStatus.SUCCESS));

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    KumoCore core;
    KumoApp app;

    @BeforeEach
    void start() throws TimeoutException {
        core = TestCores.open(dir);
        core.startEngine(new io.kumo.supervisor.OsProcessLauncher(), System.getenv());
        app = RunningApp.launchOn(robot, core, NavigationItem.WORKFLOWS);
    }

    @AfterEach
    void stop() throws TimeoutException {
        RunningApp.close(robot, app, core);
    }

    @Test
    void buildsAThreeStepWorkflowInTheVisualEditorRunsItAndSeesEveryStepTurnGreen() throws TimeoutException {
        robot.clickOn("#workflow-new").clickOn("#workflow-new-blank");
        robot.clickOn("#workflow-name");
        robot.interact(() -> robot.lookup("#workflow-name").queryAs(TextField.class).clear());
        robot.write("etl").type(KeyCode.ENTER);

        robot.clickOn("#workflow-add-step");
        robot.clickOn("#workflow-add-step");
        WorkflowGraphView graph = robot.lookup("#workflow-graph-editor").queryAs(WorkflowGraphView.class);
        Point2D empty = graph.localToScreen(40, 260); // under the first two, which Add step stacks in the first column
        robot.doubleClickOn(empty, MouseButton.PRIMARY); // the third step, where the user double-clicked
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".workflow-node").queryAll()).hasSize(3);

        fillStep("step-1", "extract", "python3 -c \"print('rows=3')\"");
        fillStep("step-2", "transform", "python3 -c \"print('transformed')\"");
        fillStep("step-3", "load", "python3 -c \"print('loaded')\"");

        robot.drag("#workflow-handle-extract", MouseButton.PRIMARY).dropTo("#workflow-node-transform");
        robot.drag("#workflow-handle-transform", MouseButton.PRIMARY).dropTo("#workflow-node-load");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#workflow-edge-extract-transform").tryQuery()).isPresent();
        assertThat(robot.lookup("#workflow-edge-transform-load").tryQuery()).isPresent();

        robot.clickOn("#workflow-tab-yaml");
        String yaml = robot.lookup("#workflow-yaml-text").queryAs(CodeArea.class).getText();
        assertThat(yaml).contains("name: etl").contains("print('loaded')").contains("transform");
        robot.clickOn("#workflow-tab-editor");

        assertThat(robot.lookup("#workflow-save").queryButton().isDisabled()).isFalse();
        robot.clickOn("#workflow-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> core.workflowService().find("etl").isPresent());
        WorkflowDefinition stored = core.workflowService().get("etl").definition();
        assertThat(stored.step("transform").orElseThrow().depends()).containsExactly("extract");
        assertThat(stored.step("load").orElseThrow().depends()).containsExactly("transform");
        assertThat(stored.step("extract").orElseThrow().command()).isEqualTo("python3 -c \"print('rows=3')\"");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#workflow-run").queryButton().isDisabled());
        robot.clickOn("#workflow-run");
        WorkflowGraphView runGraph = robot.lookup("#workflow-graph-run").queryAs(WorkflowGraphView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> List.of("extract", "transform", "load").stream()
                .allMatch(step -> runGraph.node(step) != null && runGraph.node(step).getPseudoClassStates().contains(SUCCESS)));
        assertThat(core.workflowService().runs("etl", 1).getFirst().status()).isEqualTo(io.kumo.domain.RunStatus.SUCCESS);
    }

    @Test
    void aYamlEditRedrawsTheGraphAndABrokenFileSaysItsLine() throws TimeoutException {
        StoredWorkflow saved = core.workflowService().save("""
                name: nightly
                steps:
                  - name: a
                    command: "true"
                """);
        robot.clickOn("#" + NavigationItem.TASKS.navId()).clickOn("#" + NavigationItem.WORKFLOWS.navId()); // shown again: reloaded
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#workflows-table .table-row-cell").tryQuery()
                .map(row -> ((javafx.scene.control.TableRow<?>) row).getItem() != null).orElse(false));
        robot.clickOn(robot.lookup("#workflows-table .table-row-cell .table-cell").match(
                (javafx.scene.control.TableCell<?, ?> cell) -> "nightly".equals(cell.getText())).<javafx.scene.Node>query());
        WorkflowGraphView graph = robot.lookup("#workflow-graph-editor").queryAs(WorkflowGraphView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> graph.node("a") != null);

        robot.clickOn("#workflow-tab-yaml");
        CodeArea area = robot.lookup("#workflow-yaml-text").queryAs(CodeArea.class);
        robot.interact(() -> area.replaceText(saved.yaml() + "  - name: b\n    command: \"true\"\n    depends: [a]\n"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> graph.node("b") != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#workflow-edge-a-b").tryQuery()).isPresent();

        robot.interact(() -> area.replaceText("name: nightly\nsteps: [\n"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#workflow-yaml-error")
                .queryAs(javafx.scene.control.Label.class).getText().isEmpty());
        assertThat(robot.lookup("#workflow-yaml-error").queryAs(javafx.scene.control.Label.class).getText()).contains("line");
        assertThat(graph.node("b")).isNotNull();
        assertThat(robot.lookup("#workflow-save").queryAs(Button.class).isDisabled()).isTrue();
    }

    /** Selects a step by clicking its node, renames it and types its command in the side form. */
    private void fillStep(String node, String name, String command) {
        robot.clickOn("#workflow-node-" + node);
        WaitForAsyncUtils.waitForFxEvents();
        TextField nameField = robot.lookup("#workflow-step-name").queryAs(TextField.class);
        assertThat(nameField.getText()).isEqualTo(node);
        robot.interact(nameField::clear);
        robot.clickOn(nameField).write(name).type(KeyCode.ENTER);
        TextField commandField = robot.lookup("#workflow-step-command").queryAs(TextField.class);
        robot.interact(commandField::clear);
        robot.clickOn(commandField).write(command);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#workflow-graph-editor").queryAs(WorkflowGraphView.class).node(name))
                .as("the node of " + name + " after the rename").isNotNull();
    }
}
