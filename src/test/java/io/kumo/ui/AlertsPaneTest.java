package io.kumo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.alerts.EventKind;
import io.kumo.alerts.service.DeliveryView;
import io.kumo.app.KumoCore;
import io.kumo.testkit.LocalWebhookServer;
import io.kumo.testkit.TestCores;
import io.kumo.ui.alerts.ChannelItem;
import io.kumo.ui.shell.NavigationItem;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real Alerts pane over a core, sending to a real local webhook server. */
class AlertsPaneTest {

    private static final String TOKEN = "s3cretT0ken";

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    KumoCore core;
    KumoApp app;
    LocalWebhookServer hooks;

    @BeforeEach
    void start() throws TimeoutException {
        hooks = LocalWebhookServer.start();
        core = TestCores.open(dir);
        app = RunningApp.launchOn(robot, core, NavigationItem.ALERTS);
    }

    @AfterEach
    void stop() throws TimeoutException {
        RunningApp.close(robot, app, core);
        hooks.close();
    }

    @Test
    void jsonChannelAddedThroughTheFormIsListedMaskedAndItsTestIsDelivered() throws Exception {
        hooks.answerAlways(200, "ok");
        robot.clickOn("#channel-add");
        robot.clickOn("#channel-name").write("ops-hook");
        ComboBox<io.kumo.alerts.ChannelKind> kind = robot.lookup("#channel-kind").queryComboBox();
        robot.interact(() -> kind.setValue(io.kumo.alerts.ChannelKind.JSON));
        robot.clickOn("#channel-field-url").write(hooks.base() + "/hook");
        TextArea headers = robot.lookup("#channel-field-headers").queryAs(TextArea.class);
        robot.interact(() -> headers.setText("Authorization: Bearer " + TOKEN));
        Label masked = robot.lookup("#channel-url-masked").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> masked.getText().contains("******"));
        assertThat(masked.getText()).doesNotContain(TOKEN);
        javafx.scene.control.Button save = robot.lookup("#channel-save").queryButton();
        robot.interact(save::fire);

        TableView<ChannelItem> table = robot.lookup("#channel-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        ChannelItem row = table.getItems().getFirst();
        assertThat(row.view().maskedUrl()).startsWith("json://").contains("******").doesNotContain(TOKEN);
        assertThat(row.told()).contains("failure");

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#channel-test");
        Label outcome = robot.lookup("#channel-outcome").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> "Delivered".equals(outcome.getText()));
        assertThat(hooks.next(Duration.ofSeconds(5)).header("Authorization")).isEqualTo("Bearer " + TOKEN);

        robot.clickOn("#alerts-tab-log");
        TableView<DeliveryView> log = robot.lookup("#delivery-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !log.getItems().isEmpty());
        assertThat(log.getItems().getFirst().event()).isEqualTo(EventKind.TEST);
        assertThat(log.getItems().getFirst().channel()).isEqualTo("ops-hook");
    }

    /** A json:// channel to the local server, added through the core, shown (the pane is left and opened again) and selected. */
    private void selectHookAddedByTheCore() throws TimeoutException {
        core.channelService().add("hook", "json://" + hooks.base().substring("http://".length()) + "/hook", null);
        TableView<ChannelItem> table = robot.lookup("#channel-table").queryTableView();
        robot.clickOn("#" + NavigationItem.LOGS.navId());
        robot.clickOn("#" + NavigationItem.ALERTS.navId());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
    }

    @Test
    void aServerAnswering400ShowsItsErrorInline() throws Exception {
        hooks.answerAlways(400, "bad payload");
        selectHookAddedByTheCore();
        robot.clickOn("#channel-test");
        Label outcome = robot.lookup("#channel-outcome").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> outcome.getText().startsWith("hook: "));
        assertThat(outcome.getText()).contains("400");
        assertThat(outcome.getStyleClass()).contains("danger");
    }

    @Test
    void rulesAndTemplateOfTheSelectedChannelAreEditedAndPreviewed() throws Exception {
        selectHookAddedByTheCore();

        robot.clickOn("#alerts-tab-rules");
        CheckBox success = robot.lookup(".rule-event-success").queryAs(CheckBox.class);
        robot.clickOn(success);
        robot.clickOn("#rule-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> core.channelService().find("hook").orElseThrow().rules()
                .getFirst().events().contains(EventKind.SUCCESS));

        robot.clickOn("#alerts-tab-template");
        TextField subject = robot.lookup("#template-subject").queryAs(TextField.class);
        robot.interact(() -> subject.setText("Kumo says: {{task}} {{status}}"));
        Label preview = robot.lookup("#template-preview-subject").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> preview.getText().startsWith("Kumo says: backup"));
        robot.interact(() -> subject.setText("Kumo says: {{nope}}"));
        Label message = robot.lookup("#template-message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message.getText().contains("nope"));
    }
}
