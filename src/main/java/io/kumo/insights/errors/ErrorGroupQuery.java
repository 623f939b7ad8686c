package io.kumo.insights.errors;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Which failures to group: since an instant (null: all of them), of one project or one task (null: any).
 *
 * @param zone the zone whose days the daily counts follow
 */
public record ErrorGroupQuery(Instant since, Long projectId, Long taskId, ZoneId zone) {

    public static ErrorGroupQuery since(Instant since, ZoneId zone) {
        return new ErrorGroupQuery(since, null, null, zone);
    }
}
