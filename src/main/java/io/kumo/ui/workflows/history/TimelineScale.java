package io.kumo.ui.workflows.history;

import io.kumo.schedule.Durations;
import io.kumo.workflow.service.StepRunRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The shared time axis of a workflow run's timeline: instants to x positions over {@code width} pixels, the bar of a
 * step, and the axis ticks. Pure (no toolkit), so the geometry is tested without a window.
 *
 * @param start the axis origin: the run's start (steps a re-run kept from an earlier run ran before it and sit at the
 *              origin), or the earliest step's start before the run has one
 * @param end   the axis end: the latest step end, or {@code now} while a step runs; at least a second after start
 */
public record TimelineScale(Instant start, Instant end, double width) {

    /** A bar never gets narrower than this, so a zero-duration or skipped step stays visible. */
    public static final double MIN_BAR = 4;

    private static final Duration MIN_SPAN = Duration.ofSeconds(1);
    private static final List<Duration> TICK_STEPS = Stream.of(1L, 2L, 5L, 10L, 15L, 30L, 60L, 120L, 300L, 600L, 900L,
            1800L, 3600L, 7200L, 10800L, 21600L, 43200L, 86400L).map(Duration::ofSeconds).toList();

    public TimelineScale {
        Objects.requireNonNull(start);
        if (end == null || Duration.between(start, end).compareTo(MIN_SPAN) < 0) {
            end = start.plus(MIN_SPAN);
        }
        width = Math.max(width, MIN_BAR);
    }

    /** The axis of a run's steps at {@code now} (a running step reaches now and grows with it). */
    public static TimelineScale of(Instant runStart, List<StepRunRecord> steps, Instant now, double width) {
        Instant first = runStart;
        Instant last = null;
        for (StepRunRecord step : steps) {
            if (runStart == null && step.startedAt() != null && (first == null || step.startedAt().isBefore(first))) {
                first = step.startedAt();
            }
            Instant stepEnd = endOf(step, now);
            if (stepEnd != null && (last == null || stepEnd.isAfter(last))) {
                last = stepEnd;
            }
        }
        Instant origin = first != null ? first : now;
        return new TimelineScale(origin, last, width);
    }

    /** Where a step's bar ends: its end, now while it runs, its start when it never ended otherwise. */
    static Instant endOf(StepRunRecord step, Instant now) {
        if (step.endedAt() != null) {
            return step.endedAt();
        }
        if (step.startedAt() == null) {
            return null;
        }
        return step.status().isTerminal() ? step.startedAt() : now;
    }

    public Duration span() {
        return Duration.between(start, end);
    }

    /** The x of an instant, clamped to the axis. */
    public double x(Instant instant) {
        double fraction = (double) Duration.between(start, instant).toMillis() / span().toMillis();
        return Math.clamp(fraction * width, 0, width);
    }

    /**
     * A step's bar, at least {@link #MIN_BAR} wide and kept inside the axis. A step that never started (skipped by
     * its condition, or still waiting) sits at its end, or at the axis origin.
     */
    public Bar bar(StepRunRecord step, Instant now) {
        Instant from = step.startedAt() != null ? step.startedAt() : step.endedAt() != null ? step.endedAt() : start;
        Instant to = endOf(step, now);
        double x = x(from);
        double w = Math.max(MIN_BAR, (to == null ? x : x(to)) - x);
        if (x + w > width) {
            x = Math.max(0, width - w);
        }
        return new Bar(x, Math.min(w, width));
    }

    /** Ticks at a round step ("0s", "30s", "1m", "1m30s"...), at most {@code maxTicks} of them, the origin first. */
    public List<Tick> ticks(int maxTicks) {
        long spanMillis = span().toMillis();
        Duration step = TICK_STEPS.stream().filter(s -> spanMillis / s.toMillis() < Math.max(1, maxTicks)).findFirst()
                .orElse(TICK_STEPS.getLast());
        List<Tick> ticks = new ArrayList<>();
        for (Duration offset = Duration.ZERO; offset.toMillis() <= spanMillis && ticks.size() < Math.max(1, maxTicks);
             offset = offset.plus(step)) {
            ticks.add(new Tick(x(start.plus(offset)), Durations.format(offset)));
        }
        return ticks;
    }

    public record Bar(double x, double width) {
    }

    public record Tick(double x, String label) {
    }
}
