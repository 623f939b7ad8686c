package io.kumo.reports.schedule;

/**
 * A schedule as typed in the window, the CLI or the API, before it is checked: every value as words.
 *
 * @param zone    a zone id; blank for the machine's zone
 * @param format  "pdf", "xlsx" or "csv"
 * @param channel the alert channel's name
 */
public record ReportScheduleEdit(String name, String cron, String zone, int periodDays, Long projectId, String tag,
                                 String format, String channel, boolean enabled) {
}
