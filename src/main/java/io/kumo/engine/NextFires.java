package io.kumo.engine;

import io.kumo.domain.Task;
import io.kumo.schedule.Trigger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Each scheduled task's next fire, by task and by instant, so that a pass finds what is due, how many fires share an
 * instant and the next hand-over from the few instants near now instead of going through every task: at 200 fires a
 * second the scheduler passes 200 times a second, and with 10,000 tasks a pass over all of them (and a map of all their
 * instants, twice per pass) was most of the scheduler thread's work and garbage. Not thread-safe: the scheduler's lock
 * guards it.
 */
final class NextFires {

    /** A task's next fire. */
    record Entry(Task task, Trigger trigger, Instant next) {
    }

    private final Map<Long, Entry> byTask = new HashMap<>();
    private final TreeMap<Instant, List<Entry>> byInstant = new TreeMap<>();

    Entry get(long taskId) {
        return byTask.get(taskId);
    }

    boolean isEmpty() {
        return byTask.isEmpty();
    }

    void put(Entry entry) {
        Entry previous = byTask.put(entry.task().getId(), entry);
        if (previous != null) {
            unindex(previous);
        }
        byInstant.computeIfAbsent(entry.next(), at -> new ArrayList<>(1)).add(entry);
    }

    void remove(long taskId) {
        Entry previous = byTask.remove(taskId);
        if (previous != null) {
            unindex(previous);
        }
    }

    /** Removes the task's entry only if it is still {@code entry} (not rescheduled meanwhile). */
    boolean remove(long taskId, Entry entry) {
        if (byTask.get(taskId) != entry) {
            return false;
        }
        remove(taskId);
        return true;
    }

    /** How many tasks' next fires fall on {@code at} (at least 1). */
    int sharing(Instant at) {
        List<Entry> sharing = byInstant.get(at);
        return sharing == null ? 1 : sharing.size();
    }

    /** The entries whose hand-over ({@link FireScheduler#handOverAt}) is not after {@code now}. */
    List<Entry> handedOverBy(Instant now) {
        List<Entry> due = new ArrayList<>();
        Instant surely = now.plus(FireScheduler.LEAD); // up to here an instant is handed over whatever its sharing
        for (var instant : byInstant.headMap(now.plus(FireScheduler.MAX_LEAD), true).entrySet()) {
            Instant at = instant.getKey();
            int sharing = instant.getValue().size();
            if (!at.isAfter(surely) || sharing > 1 && !FireScheduler.handOverAt(at, sharing).isAfter(now)) {
                due.addAll(instant.getValue());
            }
        }
        return due;
    }

    Optional<Instant> earliestFire() {
        return byInstant.isEmpty() ? Optional.empty() : Optional.of(byInstant.firstKey());
    }

    /** The earliest hand-over of all entries. */
    Optional<Instant> earliestHandOver() {
        Instant earliest = null;
        Instant bound = null; // no instant after it can be handed over earlier: no lead is longer than MAX_LEAD
        for (var instant : byInstant.entrySet()) {
            Instant at = instant.getKey();
            if (bound != null && at.isAfter(bound)) {
                break;
            }
            int sharing = instant.getValue().size();
            if (earliest == null || sharing > 1) { // a single fire after the first is handed over after the first
                Instant handOver = FireScheduler.handOverAt(at, sharing);
                if (earliest == null || handOver.isBefore(earliest)) {
                    earliest = handOver;
                    bound = earliest.plus(FireScheduler.MAX_LEAD);
                }
            }
        }
        return Optional.ofNullable(earliest);
    }

    private void unindex(Entry entry) {
        List<Entry> sharing = byInstant.get(entry.next());
        if (sharing != null && sharing.remove(entry) && sharing.isEmpty()) {
            byInstant.remove(entry.next());
        }
    }
}
