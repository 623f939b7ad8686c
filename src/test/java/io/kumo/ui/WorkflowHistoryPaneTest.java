package io.kumo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.RunStatus;
import io.kumo.testkit.TestCores;
import io.kumo.ui.runs.LogLineCell;
import io.kumo.ui.shell.NavigationItem;
import io.kumo.workflow.service.WorkflowRunRecord;
import io.kumo.workflow.service.WorkflowSummary;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The History tab of the Workflows pane on a real core, engine and workflow engine with real python3 steps: the
 * timeline shows a bar per step in its status colour, and a click on a step opens its log in the Logs pane.
 */
class WorkflowHistoryPaneTest {

    static final String FILE = """
            name: etl
            steps:
              - name: extract
                command: python3 -c "print('hello from extract')"
              - name: load
                command: python3 -c "import sys; print('load gives up'); sys.exit(3)"
                depends: [extract]
              - name: report
                command: python3 -c "print('never')"
                depends: [load]
            """;

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    KumoCore core;
    KumoApp app;

    @BeforeEach
    void start() throws Exception {
        core = TestCores.open(dir);
        core.startEngine(new io.kumo.supervisor.OsProcessLauncher(), System.getenv());
        core.workflowService().save(FILE);
        long runId = core.workflowService().run("etl", Map.of());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> core.workflowService().findRun(runId)
                .map(run -> run.status().isTerminal()).orElse(false));
        app = RunningApp.launchOn(robot, core, NavigationItem.WORKFLOWS);
    }

    @AfterEach
    void stop() throws TimeoutException {
        RunningApp.close(robot, app, core);
    }

    @Test
    void theHistoryShowsAColouredBarPerStepAndAClickedStepOpensItsLog() throws Exception {
        WorkflowRunRecord run = core.workflowService().runs("etl", 1).getFirst();
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        TableView<WorkflowSummary> workflows = robot.lookup("#workflows-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !workflows.getItems().isEmpty());
        robot.interact(() -> workflows.getSelectionModel().select(0));
        TabPane tabs = robot.lookup("#workflow-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(tab -> "workflow-tab-history".equals(tab.getId())).findFirst().orElseThrow()));

        waitForStatusClass("#timeline-bar-extract", "step-status-success");
        waitForStatusClass("#timeline-bar-load", "step-status-failed");
        waitForStatusClass("#timeline-bar-report", "step-status-skipped");
        assertThat(robot.lookup("#timeline-bar-report").query().getBoundsInLocal().getWidth()).isPositive();
        assertThat(robot.lookup("#workflow-run-title").queryAs(Label.class).getText()).isEqualTo("Run #" + run.id() + " · Failed");
        assertThat(robot.lookup("#workflow-run-rerun").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#workflow-run-stop").queryButton().isDisabled()).isTrue();

        robot.clickOn(robot.lookup("#workflow-steps-table .table-row-cell").nth(0).<Node>query());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#pane-logs").tryQuery().isPresent()
                && robot.lookup(".log-view .list-cell").queryAll().stream().filter(LogLineCell.class::isInstance)
                        .map(cell -> ((LogLineCell) cell).lineText()).anyMatch(text -> text != null && text.contains("hello from extract")));
        assertThat(robot.lookup("#run-details-title").queryAs(Label.class).getText()).endsWith("etl › extract");
    }

    private void waitForStatusClass(String query, String styleClass) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                    .map(node -> node.getStyleClass().contains(styleClass)).orElse(false));
        } catch (TimeoutException e) {
            throw new AssertionError(query + " has " + robot.lookup(query).tryQuery().map(Node::getStyleClass).orElse(null)
                    + ", expected " + styleClass + "; runs shown: " + robot.lookup("#workflow-runs-table").queryTableView().getItems()
                    + "; workflows selected: " + robot.lookup("#workflows-table").queryTableView().getSelectionModel().getSelectedItems(), e);
        }
    }
}
