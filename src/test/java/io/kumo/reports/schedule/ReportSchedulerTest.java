package io.kumo.reports.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.kumo.alerts.send.SendResult;
import io.kumo.app.KumoCore;
import io.kumo.reports.ReportQuery;
import io.kumo.testkit.LocalWebhookServer;
import io.kumo.testkit.MutableClock;
import io.kumo.testkit.TestCores;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ReportSchedulerTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    /** Sunday 2026-11-29 12:00 UTC; the schedules below fire at 08:00 Berlin time. */
    private static final Instant START = Instant.parse("2026-11-29T12:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dataDir;
    private final MutableClock clock = new MutableClock(START);
    private KumoCore core;
    private ReportSchedulesFixture fixture;

    @BeforeEach
    void open() {
        core = TestCores.open(dataDir, clock);
        fixture = new ReportSchedulesFixture(core, core.reportSchedules(), clock);
    }

    @AfterEach
    void close() {
        fixture.close();
        core.close();
    }

    private void schedule(String name, String cron, int days, String format, String channel) {
        core.reportSchedules().create(new ReportScheduleEdit(name, cron, "Europe/Berlin", days, null, null, format, channel, true));
    }

    private void mailChannel() {
        core.channelService().add("mail", "mailto://127.0.0.1:" + MAIL.getSmtp().getPort()
                + "?from=kumo@example.com&to=ops@example.com&mode=insecure", null);
    }

    @Test
    void nothingIsSentBeforeTheFirstDueTime() {
        mailChannel();
        schedule("daily", "0 8 * * *", 7, "pdf", "mail");

        clock.set(Instant.parse("2026-11-30T06:59:59Z"));

        assertThat(fixture.scheduler.sendDue()).isZero();
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void mailChannelGetsThePdfAsAnAttachmentOverTheLastWholeDays() throws Exception {
        mailChannel();
        schedule("Weekly ops", "0 8 * * 1", 7, "pdf", "mail");

        clock.set(Instant.parse("2026-11-30T07:00:00Z")); // Monday 08:00 in Berlin
        assertThat(fixture.scheduler.sendDue()).isEqualTo(1);

        assertThat(MAIL.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = MAIL.getReceivedMessages()[0];
        assertThat(mail.getSubject()).contains("Weekly ops");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/mixed");
        Part file = parts.getBodyPart(1);
        assertThat(file.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(file.getFileName()).isEqualTo("kumo-weekly-ops-2026-11-29.pdf");
        assertThat(file.getContentType()).startsWith("application/pdf");
        try (InputStream in = file.getInputStream(); PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("nightly-crawl");
        }
        ReportQuery query = fixture.queries.getFirst();
        assertThat(query.from()).isEqualTo(Instant.parse("2026-11-22T23:00:00Z")); // Monday 23rd, 00:00 Berlin
        assertThat(query.to()).isEqualTo(Instant.parse("2026-11-29T23:00:00Z"));
        assertThat(query.zone()).isEqualTo(BERLIN);
        ReportSchedule sent = core.reportSchedules().get("Weekly ops");
        assertThat(sent.lastSentAt()).isEqualTo(Instant.parse("2026-11-30T07:00:00Z"));
        assertThat(sent.lastError()).isNull();
    }

    @Test
    void excelAttachmentOpensInPoi() throws Exception {
        mailChannel();
        schedule("daily", "0 8 * * *", 1, "xlsx", "mail");

        clock.set(Instant.parse("2026-11-30T07:00:00Z"));
        fixture.scheduler.sendDue();

        assertThat(MAIL.waitForIncomingEmail(10_000, 1)).isTrue();
        Part file = ((MimeMultipart) MAIL.getReceivedMessages()[0].getContent()).getBodyPart(1);
        assertThat(file.getFileName()).endsWith(".xlsx");
        try (InputStream in = file.getInputStream(); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheet("Tasks").getRow(1).getCell(0).getStringCellValue()).isEqualTo("nightly-crawl");
        }
    }

    @Test
    void webhookChannelGetsTheSummaryAndFileNameAsText() {
        try (LocalWebhookServer hook = LocalWebhookServer.start()) {
            core.channelService().add("hook", "json://127.0.0.1:" + hook.port() + "/hook", null);
            schedule("daily", "0 8 * * *", 1, "pdf", "hook");

            clock.set(Instant.parse("2026-11-30T07:00:00Z"));
            assertThat(fixture.scheduler.sendDue()).isEqualTo(1);

            LocalWebhookServer.Request request = hook.next(Duration.ofSeconds(10));
            assertThat(request.body()).contains("Runs: 60").contains("96.7 %").contains("KeyError")
                    .contains("kumo-daily-2026-11-29.pdf");
        }
    }

    @Test
    void aDueTimeIsSentOnceAndTheLatestMissedOneAfterARestartOnce() {
        mailChannel();
        schedule("daily", "0 8 * * *", 1, "pdf", "mail");

        clock.set(Instant.parse("2026-11-30T07:00:00Z"));
        assertThat(fixture.scheduler.sendDue()).isEqualTo(1);
        assertThat(fixture.scheduler.sendDue()).isZero();

        clock.set(Instant.parse("2026-12-04T12:00:00Z")); // down for four days: four due times missed
        assertThat(fixture.scheduler.sendDue()).isEqualTo(1);
        assertThat(fixture.scheduler.sendDue()).isZero();

        assertThat(fixture.queries).hasSize(2);
        assertThat(fixture.queries.getLast().to()).isEqualTo(Instant.parse("2026-12-03T23:00:00Z"));
        assertThat(core.reportSchedules().get("daily").lastSentAt()).isEqualTo(Instant.parse("2026-12-04T07:00:00Z"));
    }

    @Test
    void aFailedSendingIsRecordedAsTheLastError() {
        core.channelService().add("dead", "json://127.0.0.1:9/hook", null); // nothing listens on port 9
        schedule("daily", "0 8 * * *", 1, "pdf", "dead");

        clock.set(Instant.parse("2026-11-30T07:00:00Z"));
        fixture.scheduler.sendDue();

        assertThat(core.reportSchedules().get("daily").lastError()).isNotBlank();
    }

    @Test
    void sendNowSendsWhateverTheCronSays() {
        mailChannel();
        schedule("monthly", "0 8 1 * *", 30, "pdf", "mail");

        SendResult result = fixture.scheduler.sendNow("monthly");

        assertThat(result.delivered()).as(String.valueOf(result.error())).isTrue();
        assertThat(MAIL.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(core.reportSchedules().get("monthly").lastSentAt()).isEqualTo(START);
    }

    @Test
    void disabledSchedulesAreNotSent() {
        mailChannel();
        core.reportSchedules().create(new ReportScheduleEdit("off", "0 8 * * *", "UTC", 1, null, null, "pdf", "mail", false));

        clock.set(Instant.parse("2026-12-01T09:00:00Z"));

        assertThat(fixture.scheduler.sendDue()).isZero();
    }
}
