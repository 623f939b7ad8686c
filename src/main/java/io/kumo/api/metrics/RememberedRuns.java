package io.kumo.api.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The latest run ids something was done for (a bounded number), so it is done once per run; thread-safe. */
final class RememberedRuns {

    private final Set<Long> ids;

    RememberedRuns(int capacity) {
        ids = Collections.newSetFromMap(Collections.synchronizedMap(new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
                return size() > capacity;
            }
        }));
    }

    /** True the first time it hears of {@code runId}. */
    boolean firstTime(long runId) {
        return ids.add(runId);
    }
}
