package io.kumo.desktop;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The runs a notifier already spoke about (the latest thousand), so each is announced once; thread-safe. */
final class AnnouncedRuns {

    private static final int REMEMBERED_RUNS = 1_000;

    private final Set<Long> announced = Collections.newSetFromMap(Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > REMEMBERED_RUNS;
        }
    }));

    /** True the first time it hears of {@code runId}. */
    boolean firstTime(long runId) {
        return announced.add(runId);
    }
}
