package io.kumo.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The collections of this JVM while it is recording, from the collectors' notifications: when each ended, which
 * collector, how long it took. A benchmark prints those of its measured window next to its figures.
 */
final class GcPauses implements AutoCloseable {

    /** One collection: when its notification came (about its end), the collector's name, its duration. */
    record Pause(Instant endedAbout, String collector, long millis) {
    }

    private final List<Pause> pauses = new ArrayList<>();
    private final NotificationListener listener = this::collected;

    GcPauses() {
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (bean instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
            }
        }
    }

    private void collected(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        synchronized (pauses) {
            pauses.add(new Pause(Instant.now(), info.getGcName(), info.getGcInfo().getDuration()));
        }
    }

    /** One line: collections ended in [from, until), their total and longest duration, the count per collector. */
    String describe(Instant from, Instant until) {
        List<Pause> window;
        synchronized (pauses) {
            window = pauses.stream().filter(p -> !p.endedAbout().isBefore(from) && p.endedAbout().isBefore(until)).toList();
        }
        long total = window.stream().mapToLong(Pause::millis).sum();
        long longest = window.stream().mapToLong(Pause::millis).max().orElse(0);
        Map<String, Integer> perCollector = new TreeMap<>();
        window.forEach(p -> perCollector.merge(p.collector(), 1, Integer::sum));
        return String.format("%d collections, %d ms in all, longest %d ms %s", window.size(), total, longest, perCollector);
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (bean instanceof NotificationEmitter emitter) {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (ListenerNotFoundException ignored) {
                    // was not added to this one
                }
            }
        }
    }
}
