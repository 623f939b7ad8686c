package io.kumo.audit;

import java.time.Instant;

/** Which audit entries to show: a time range, an action, a target type and a keyword (each optional). */
public record AuditQuery(Instant since, Instant until, String action, String targetType, String keyword, long limit) {

    public static AuditQuery latest(long limit) {
        return new AuditQuery(null, null, null, null, null, limit);
    }
}
