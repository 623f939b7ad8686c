package io.kumo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.cluster.NodeStatus;
import io.kumo.testkit.TestCores;
import io.kumo.ui.nodes.NodeRow;
import io.kumo.ui.shell.NavigationItem;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Nodes pane on one machine: this machine alone, marked, and the way to Settings → Connection. */
class NodesPaneTest {

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    KumoCore core;
    KumoApp app;

    @BeforeEach
    void start() throws TimeoutException {
        core = TestCores.open(dir);
        app = RunningApp.launchOn(robot, core, NavigationItem.NODES);
    }

    @AfterEach
    void stop() throws TimeoutException {
        RunningApp.close(robot, app, core);
    }

    @Test
    void listsThisMachineAloneWithTheOneMachineHint() throws TimeoutException {
        TableView<NodeRow> table = robot.lookup("#nodes-table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);

        NodeRow self = table.getItems().getFirst();
        assertThat(self.name()).isEqualTo(core.deployment().node().name());
        assertThat(self.self()).isTrue();
        assertThat(self.status()).isEqualTo(NodeStatus.ALIVE);
        assertThat(self.host()).contains("pid " + ProcessHandle.current().pid());
        assertThat(robot.lookup("#nodes-table .node-self").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#nodes-table .node-status-badge").queryAs(Label.class).getText()).isEqualTo("Alive");
        assertThat(robot.lookup("#nodes-hint").queryAs(Label.class).getText())
                .isEqualTo("One machine. Connect to a cluster in Settings → Connection.");
    }

    @Test
    void theHintOpensSettingsAtTheConnectionSection() throws TimeoutException {
        robot.clickOn("#nodes-open-connection");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#pane-settings").tryQuery().isPresent());
        assertThat(app.mainView().selectedProperty().get()).isEqualTo(NavigationItem.SETTINGS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#connection-url").tryQuery()
                .map(field -> field.localToScreen(field.getBoundsInLocal()) != null && robot.lookup("#settings-scroll")
                        .queryAs(javafx.scene.control.ScrollPane.class).getVvalue() > 0).orElse(false));
    }
}
