package io.kumo.schedule.cron;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * Turns a matching wall-clock minute into the instants at which cron(8) fires the job, following cronie's
 * daylight-saving rules:
 * <ul>
 *   <li>in a spring-forward gap, a fixed-time job runs right after the jump, while a wildcard job skips the
 *       minutes that never happen;</li>
 *   <li>in a fall-back overlap, a fixed-time job runs once, at the earlier instant, while a wildcard job runs
 *       in both passes.</li>
 * </ul>
 */
final class WallClockResolver {

    private WallClockResolver() {
    }

    /** The fire instants of {@code local}, in ascending order; empty when the job does not run then. */
    static List<Instant> instantsOf(LocalDateTime local, ZoneRules rules, boolean fixedTime) {
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            return fixedTime ? List.of(rules.getTransition(local).getInstant()) : List.of();
        }
        if (offsets.size() == 1) {
            return List.of(local.toInstant(offsets.getFirst()));
        }
        Instant first = local.toInstant(offsets.get(0));
        Instant second = local.toInstant(offsets.get(1));
        Instant earlier = first.isBefore(second) ? first : second;
        Instant later = first.isBefore(second) ? second : first;
        return fixedTime ? List.of(earlier) : List.of(earlier, later);
    }
}
