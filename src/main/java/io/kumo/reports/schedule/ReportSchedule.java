package io.kumo.reports.schedule;

import io.kumo.reports.ReportFormat;
import io.kumo.schedule.cron.CronExpression;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A report made on a cron schedule over the last {@code periodDays} whole days and sent through an alert channel.
 *
 * @param lastSentAt the due time last claimed (by any node), null before the first
 * @param lastError  why the last sending failed, null when it went through
 */
public record ReportSchedule(long id, String name, String cron, ZoneId zone, int periodDays, Long projectId, String tag,
                             ReportFormat format, long channelId, String channelName, boolean enabled, Instant lastSentAt,
                             String lastError, Instant createdAt, Instant updatedAt) {

    public CronExpression expression() {
        return CronExpression.parseStored(cron);
    }

    /** "At 08:00 on day 1 of the month (Europe/Berlin)". */
    public String when() {
        return expression().describe() + " (" + zone.getId() + ")";
    }

    /** What the audit log compares. */
    Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("cron", cron);
        fields.put("zone", zone.getId());
        fields.put("periodDays", periodDays);
        fields.put("projectId", projectId);
        fields.put("tag", tag);
        fields.put("format", format.extension());
        fields.put("channel", channelName);
        fields.put("enabled", enabled);
        return fields;
    }
}
