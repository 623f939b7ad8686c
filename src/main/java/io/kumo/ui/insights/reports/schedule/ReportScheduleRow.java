package io.kumo.ui.insights.reports.schedule;

import io.kumo.reports.schedule.ReportSchedule;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One schedule as the table shows it, in words. */
public record ReportScheduleRow(ReportSchedule schedule, String name, String when, String period, String format,
                                String channel, String lastSent, String lastError) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static ReportScheduleRow of(ReportSchedule schedule, ZoneId zone) {
        return new ReportScheduleRow(schedule, schedule.name() + (schedule.enabled() ? "" : " (off)"), schedule.when(),
                "last " + schedule.periodDays() + (schedule.periodDays() == 1 ? " day" : " days"),
                schedule.format().extension().toUpperCase(java.util.Locale.ROOT), schedule.channelName(),
                schedule.lastSentAt() == null ? "never" : TIME.format(schedule.lastSentAt().atZone(zone)),
                schedule.lastError() == null ? "" : schedule.lastError());
    }
}
