package io.kumo.reports.schedule;

import io.kumo.alerts.send.HttpTransport;
import io.kumo.alerts.send.MailSender;
import io.kumo.alerts.send.Senders;
import io.kumo.app.KumoCore;
import io.kumo.reports.Report;
import io.kumo.reports.ReportFormat;
import io.kumo.reports.ReportQuery;
import io.kumo.reports.ReportWriter;
import io.kumo.reports.SampleReports;
import io.kumo.reports.pdf.PdfReportWriter;
import io.kumo.reports.xlsx.XlsxReportWriter;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A scheduler on a core's schedules that makes the sample report and records the queries it was asked for. */
final class ReportSchedulesFixture implements AutoCloseable {

    final List<ReportQuery> queries = new CopyOnWriteArrayList<>();
    final HttpTransport http = new HttpTransport(HttpClient.Builder.NO_PROXY, Duration.ofSeconds(5), Duration.ofSeconds(10));
    final ReportScheduler scheduler;

    ReportSchedulesFixture(KumoCore core, ReportScheduleService schedules, Clock clock) {
        MailSender mail = new MailSender(Duration.ofSeconds(5), Duration.ofSeconds(10));
        this.scheduler = new ReportScheduler(schedules, this::build, ReportSchedulesFixture::writer,
                new ReportDelivery(core.channelService(), new Senders(http, mail, clock), mail), clock);
    }

    private Report build(ReportQuery query) {
        queries.add(query);
        return SampleReports.small();
    }

    static ReportWriter writer(ReportFormat format) {
        return format == ReportFormat.PDF ? new PdfReportWriter() : new XlsxReportWriter();
    }

    @Override
    public void close() {
        scheduler.close();
        http.close();
    }
}
