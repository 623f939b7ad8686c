package io.kumo.schedule.cron;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Optional;

/**
 * Finds the first fire instant strictly after a given instant. It walks matching wall-clock minutes in order and
 * maps each to instants; since a fall-back overlap makes local time run backwards, the first instant found is not
 * always the earliest, so the walk goes on until no later minute could still yield an earlier instant.
 */
final class NextFireFinder {

    static final Period HORIZON = Period.ofYears(5);

    private final LocalMatchScanner scanner;
    private final boolean fixedTime;

    NextFireFinder(CronSchedule schedule) {
        this.scanner = new LocalMatchScanner(schedule);
        this.fixedTime = schedule.isFixedTime();
    }

    Optional<Instant> nextFireAfter(Instant after, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        LocalDateTime localAfter = LocalDateTime.ofInstant(after, zone);
        LocalDateTime limit = localAfter.plus(HORIZON);
        Instant best = null;
        LocalDateTime stop = limit;
        Optional<LocalDateTime> match = scanner.firstMatch(scanStart(localAfter, rules), limit);
        while (match.isPresent() && match.get().isBefore(stop)) {
            for (Instant candidate : WallClockResolver.instantsOf(match.get(), rules, fixedTime)) {
                if (candidate.isAfter(after) && (best == null || candidate.isBefore(best))) {
                    best = candidate;
                    stop = lastUsefulLocal(after, best, zone);
                }
            }
            match = scanner.firstMatch(match.get().plusMinutes(1), limit);
        }
        return Optional.ofNullable(best);
    }

    /**
     * If {@code after} falls in the first pass of an overlap, the repeated minutes before its wall-clock time
     * come round again later, so the walk must start one overlap earlier.
     */
    private static LocalDateTime scanStart(LocalDateTime localAfter, ZoneRules rules) {
        ZoneOffsetTransition transition = rules.getTransition(localAfter);
        return transition != null && transition.isOverlap()
                ? localAfter.minus(transition.getDuration().abs())
                : localAfter;
    }

    /**
     * Any instant between {@code after} and {@code best} shows a wall-clock time before local(best) plus the
     * overlaps in between; minutes from there on cannot beat {@code best}.
     */
    private static LocalDateTime lastUsefulLocal(Instant after, Instant best, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        Duration setBack = Duration.ZERO;
        for (ZoneOffsetTransition t = rules.nextTransition(after);
                t != null && !t.getInstant().isAfter(best);
                t = rules.nextTransition(t.getInstant())) {
            if (t.isOverlap()) {
                setBack = setBack.plus(t.getDuration().abs());
            }
        }
        return LocalDateTime.ofInstant(best, zone).plus(setBack);
    }
}
