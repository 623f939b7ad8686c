package io.kumo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.api.ApiRole;
import io.kumo.api.ApiToken;
import io.kumo.api.HookTrigger;
import io.kumo.app.KumoCore;
import io.kumo.domain.Task;
import io.kumo.settings.Settings;
import io.kumo.testkit.TestCores;
import io.kumo.ui.shell.NavigationItem;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Clicks through the Settings pane's REST API section on a real core: switch, address, tokens and trigger URLs. */
class ApiSettingsPaneTest {

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    final FormRobot form = new FormRobot(robot);
    KumoCore core;
    KumoApp app;

    @BeforeEach
    void start() throws Exception {
        core = TestCores.open(dir);
        try (ServerSocket free = new ServerSocket(0)) { // should the server start, it takes a port no one uses
            core.settings().set(Settings.API_ADDRESS, "127.0.0.1:" + free.getLocalPort());
        }
        core.taskService().create(new Task("report", "/bin/true"));
        app = RunningApp.launchOn(robot, core, NavigationItem.SETTINGS);
        robot.clickOn("#settings-nav-api");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws TimeoutException {
        RunningApp.close(robot, app, core);
    }

    @Test
    void theSwitchIsSavedWhenTurnedOn() throws TimeoutException {
        assertThat(form.label("#api-state").getText()).isEqualTo("Off");
        robot.clickOn("#api-enabled");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> core.settings().get(Settings.API_ENABLED));
        robot.clickOn("#api-metrics-open");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> core.settings().get(Settings.API_METRICS_OPEN));
    }

    @Test
    void aBadAddressIsExplainedInlineAndNotSaved() throws TimeoutException {
        String before = core.settings().get(Settings.API_ADDRESS);
        form.replaceText("#api-address", "localhost");
        assertThat(form.label("#api-address-error").getText()).startsWith("API address: 'localhost' is not HOST:PORT");
        assertThat(form.label("#api-address-error").isVisible()).isTrue();
        robot.clickOn("#settings-apply-api");
        assertThat(form.label("#settings-status-api").getText()).startsWith("Not saved");
        assertThat(core.settings().get(Settings.API_ADDRESS)).isEqualTo(before);

        form.replaceText("#api-address", "0.0.0.0:8765");
        assertThat(form.label("#api-address-error").isVisible()).isFalse();
        assertThat(form.label("#api-address-hint").isVisible()).isTrue();
        robot.clickOn("#settings-apply-api");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "0.0.0.0:8765".equals(core.settings().get(Settings.API_ADDRESS)));
    }

    @Test
    void aNewTokenIsShownOnceListedAndRevoked() throws TimeoutException {
        reveal("#api-token-new");
        robot.clickOn("#api-token-new");
        robot.clickOn("#api-token-name").write("ci-deploy");
        robot.clickOn("#api-token-create");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#api-token-secret").tryQuery().isPresent());
        String secret = form.text("#api-token-secret");
        assertThat(core.apiTokens().authenticate(secret)).map(ApiToken::role).contains(ApiRole.VIEWER);
        assertThat(form.label("#api-token-once").getText()).contains("cannot show it again");
        robot.clickOn("#api-token-close");

        TableView<ApiToken> table = robot.lookup("#api-token-table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(robot.lookup("#api-token-secret").tryQuery()).isEmpty();
        assertThat(robot.lookup(".table-row-cell .text").queryAll().stream()
                .map(node -> ((javafx.scene.text.Text) node).getText())).noneMatch(secret::equals);

        reveal("#api-token-table");
        robot.clickOn(robot.lookup("#api-token-table .table-row-cell").nth(0).queryAs(Node.class));
        robot.clickOn("#api-token-revoke");
        confirm();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().isEmpty());
        assertThat(core.apiTokens().authenticate(secret)).isEmpty();
    }

    @Test
    void aTakenTokenNameIsSaidInTheDialog() throws TimeoutException {
        core.apiTokens().create("ci", ApiRole.VIEWER, Optional.empty());
        reveal("#api-token-new");
        robot.clickOn("#api-token-new");
        robot.clickOn("#api-token-name").write("ci");
        robot.clickOn("#api-token-create");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !form.label("#api-token-error").getText().isEmpty());
        assertThat(form.label("#api-token-error").getText()).contains("ci");
        assertThat(robot.lookup("#api-token-secret").tryQuery()).isEmpty();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aTriggerForATaskIsListedWithItsPath() throws TimeoutException {
        reveal("#api-hook-new");
        robot.clickOn("#api-hook-new");
        ComboBox<String> target = robot.lookup("#api-hook-target").queryComboBox();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> target.getItems().contains("report"));
        robot.interact(() -> target.setValue("report"));
        robot.clickOn("#api-hook-create");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#api-hook-secret").tryQuery().isPresent());
        String url = form.text("#api-hook-url");
        String secret = form.text("#api-hook-secret");
        assertThat(form.text("#api-hook-curl")).contains(url).contains(secret).contains("X-Hub-Signature-256");
        robot.type(KeyCode.ESCAPE); // Close, as the keyboard does it
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#api-hook-secret").tryQuery().isEmpty());

        TableView<HookTrigger> table = robot.lookup("#api-hook-table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        HookTrigger listed = table.getItems().getFirst();
        assertThat(listed.target().name()).isEqualTo("report");
        assertThat(url).isEqualTo(listed.path()); // the API is off: the path alone
        assertThat(core.hooks().verify(listed.publicId(), Optional.of(secret), Optional.empty(), new byte[0]).publicId())
                .isEqualTo(listed.publicId());
    }

    /** Scrolls the settings page so that the node is on screen, to click it as a user would. */
    private void reveal(String query) {
        Node node = robot.lookup(query).query();
        ScrollPane scroll = robot.lookup("#settings-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> {
            Node page = scroll.getContent();
            Bounds bounds = page.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double room = page.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, (bounds.getMinY() - 60) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void confirm() throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn(dialog.getButtonTypes().stream().filter(type -> type != ButtonType.CANCEL)
                .map(dialog::lookupButton).findFirst().orElseThrow());
    }

}
