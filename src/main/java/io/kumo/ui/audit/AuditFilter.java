package io.kumo.ui.audit;

import io.kumo.audit.AuditQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What the audit pane shows: an action and a target type ("" for any), the days from and to (inclusive, either may be
 * open) and a keyword.
 */
public record AuditFilter(String action, String targetType, LocalDate from, LocalDate to, String keyword) {

    public static final AuditFilter NONE = new AuditFilter("", "", null, null, "");

    public AuditFilter {
        action = action == null ? "" : action;
        targetType = targetType == null ? "" : targetType;
        keyword = keyword == null ? "" : keyword.strip();
    }

    /** A start after the end matches nothing; the view says so instead of querying. */
    public boolean isBackwards() {
        return from != null && to != null && from.isAfter(to);
    }

    public AuditQuery toQuery(ZoneId zone, long limit) {
        Instant since = from == null ? null : from.atStartOfDay(zone).toInstant();
        Instant until = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
        return new AuditQuery(since, until, blankToNull(action), blankToNull(targetType), blankToNull(keyword), limit);
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
