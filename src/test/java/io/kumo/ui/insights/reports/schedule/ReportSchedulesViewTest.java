package io.kumo.ui.insights.reports.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.alerts.send.HttpTransport;
import io.kumo.alerts.send.MailSender;
import io.kumo.alerts.send.Senders;
import io.kumo.app.KumoCore;
import io.kumo.reports.SampleReports;
import io.kumo.reports.pdf.PdfReportWriter;
import io.kumo.reports.schedule.ReportDelivery;
import io.kumo.reports.schedule.ReportScheduleEdit;
import io.kumo.reports.schedule.ReportScheduler;
import io.kumo.testkit.LocalWebhookServer;
import io.kumo.testkit.TestCores;
import io.kumo.ui.common.SameThreadBackground;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The schedules view on its own over a real core, sending to a real local webhook. */
class ReportSchedulesViewTest {

    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private final HttpTransport http = new HttpTransport(HttpClient.Builder.NO_PROXY, Duration.ofSeconds(5), Duration.ofSeconds(10));
    private KumoCore core;
    private LocalWebhookServer hook;
    private ReportScheduler scheduler;
    private ReportSchedulesView view;

    @BeforeEach
    void show() throws Exception {
        hook = LocalWebhookServer.start();
        core = TestCores.open(dir);
        core.channelService().add("ops", "json://127.0.0.1:" + hook.port() + "/hook", null);
        MailSender mail = new MailSender(Duration.ofSeconds(5), Duration.ofSeconds(5));
        scheduler = new ReportScheduler(core.reportSchedules(), query -> SampleReports.small(), format -> new PdfReportWriter(),
                new ReportDelivery(core.channelService(), new Senders(http, mail, core.clock()), mail), core.clock());
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            view = new ReportSchedulesView(new ReportSchedulesViewModel(core.reportSchedules(), scheduler,
                    core.channelService(), new SameThreadBackground(), ZoneOffset.UTC));
            stage.setScene(new Scene(view.root(), 1000, 500));
            stage.show();
            view.onShow();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        scheduler.close();
        core.close();
        http.close();
        hook.close();
    }

    private TableView<ReportScheduleRow> table() {
        return robot.lookup("#report-schedules-table").queryTableView();
    }

    @Test
    void addedThroughTheDialogIsListedInWords() {
        robot.clickOn("#report-schedule-add");
        robot.clickOn("#report-schedule-name").write("monthly");
        robot.clickOn("#report-schedule-cron").write("0 8 1 * *");
        robot.clickOn("#report-schedule-zone").write("UTC");
        robot.clickOn("#report-schedule-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table().getItems()).hasSize(1);
        ReportScheduleRow row = table().getItems().getFirst();
        assertThat(row.name()).isEqualTo("monthly");
        assertThat(row.when()).contains("08:00").endsWith("(UTC)");
        assertThat(row.period()).isEqualTo("last 30 days");
        assertThat(row.format()).isEqualTo("PDF");
        assertThat(row.channel()).isEqualTo("ops");
        assertThat(row.lastSent()).isEqualTo("never");
        assertThat(robot.lookup("#report-schedule-save").tryQuery()).isEmpty();
    }

    @Test
    void badCronIsShownInTheDialogWhichStaysOpen() {
        robot.clickOn("#report-schedule-add");
        robot.clickOn("#report-schedule-name").write("broken");
        robot.clickOn("#report-schedule-cron").write("every monday");
        robot.clickOn("#report-schedule-save");
        WaitForAsyncUtils.waitForFxEvents();

        Label error = robot.lookup("#report-schedule-error").queryAs(Label.class);
        assertThat(error.getText()).startsWith("schedule broken:");
        assertThat(robot.lookup("#report-schedule-save").tryQuery()).isPresent();
        assertThat(core.reportSchedules().list()).isEmpty();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void sendNowDeliversAndDeleteRemoves() throws Exception {
        core.reportSchedules().create(new ReportScheduleEdit("daily", "0 8 * * *", "UTC", 1, null, null, "pdf", "ops", true));
        robot.interact(view::onShow);

        robot.interact(() -> table().getSelectionModel().select(0));
        robot.clickOn("#report-schedule-send");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(hook.next(Duration.ofSeconds(10)).body()).contains("kumo-daily-");
        assertThat(robot.lookup("#report-schedules-status").queryAs(Label.class).getText()).isEqualTo("Sent daily");
        assertThat(table().getItems().getFirst().lastSent()).isNotEqualTo("never");

        robot.interact(() -> table().getSelectionModel().select(0));
        robot.clickOn("#report-schedule-delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getItems()).isEmpty();
        assertThat(core.reportSchedules().list()).isEmpty();
    }
}
