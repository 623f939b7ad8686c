package io.kumo.engine;

import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.storage.DiskFullException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires that could not even be recorded because the disk was full. Kept in memory (at most {@link #KEPT}; beyond
 * that only counted per task) and written as MISSED "not run: the disk was full" records as soon as a write lands
 * again, so no fire vanishes without a record.
 */
final class UnrecordedFires {

    private static final Logger LOG = LoggerFactory.getLogger(UnrecordedFires.class);
    static final String REASON = "not run: the disk was full";
    static final int KEPT = 10_000;

    private record Fire(Task task, TriggerKind kind, Instant scheduledFor) {
    }

    private final RunStore runs;
    private final Clock clock;
    private final List<Fire> fires = new ArrayList<>();
    private long dropped;

    UnrecordedFires(RunStore runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    synchronized void add(Task task, TriggerKind kind, Instant scheduledFor) {
        if (fires.isEmpty()) {
            LOG.warn("Fires are not recorded while the disk is full; they will be recorded as missed once there is space");
        }
        if (fires.size() < KEPT) {
            fires.add(new Fire(task, kind, scheduledFor));
        } else {
            dropped++;
        }
    }

    synchronized boolean isEmpty() {
        return fires.isEmpty();
    }

    /** Writes the kept fires as MISSED, oldest first; stops (keeping the rest) when the disk is still full. */
    synchronized void record(Consumer<Run> published) {
        Instant now = clock.instant();
        while (!fires.isEmpty()) {
            Fire fire = fires.getFirst();
            try {
                runs.recordFire(fire.task(), fire.kind(), fire.scheduledFor(), RunStatus.MISSED, now, REASON).ifPresent(published);
            } catch (DiskFullException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("Recording a fire missed while the disk was full failed; it is dropped", e);
            }
            fires.removeFirst();
        }
        if (dropped > 0) {
            LOG.warn("{} more fire(s) missed while the disk was full were only counted, not recorded", dropped);
            dropped = 0;
        }
    }

    /** "3 fires of 'tick'" per task, for the shutdown report. */
    synchronized List<String> describe() {
        Map<String, Long> perTask = new LinkedHashMap<>();
        for (Fire fire : fires) {
            perTask.merge(fire.task().getName(), 1L, Long::sum);
        }
        List<String> lines = new ArrayList<>();
        perTask.forEach((name, count) -> lines.add(count + (count == 1 ? " fire" : " fires") + " of '" + name
                + "' that did not run (no record of them)"));
        if (dropped > 0) {
            lines.add(dropped + " more fires that did not run");
        }
        return lines;
    }
}
