package io.kumo.ui.insights.reports.schedule;

import io.kumo.ui.common.DisplayTime;
import io.kumo.reports.schedule.ReportSchedule;
import java.time.ZoneId;

/** One schedule as the table shows it, in words. */
public record ReportScheduleRow(ReportSchedule schedule, String name, String when, String period, String format,
                                String channel, String lastSent, String lastError) {


    static ReportScheduleRow of(ReportSchedule schedule, ZoneId zone) {
        return new ReportScheduleRow(schedule, schedule.name() + (schedule.enabled() ? "" : " (off)"), schedule.when(),
                "last " + schedule.periodDays() + (schedule.periodDays() == 1 ? " day" : " days"),
                schedule.format().extension().toUpperCase(java.util.Locale.ROOT), schedule.channelName(),
                schedule.lastSentAt() == null ? "never" : DisplayTime.in(zone).dateTimeMinutes(schedule.lastSentAt()),
                schedule.lastError() == null ? "" : schedule.lastError());
    }
}
