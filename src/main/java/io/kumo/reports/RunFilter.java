package io.kumo.reports;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The runs a report reads: scheduled in [{@code from}, {@code to}) and of the selected tasks (as a SQL condition on
 * {@code runs}, made of numbers only).
 *
 * @param taskIds the selected tasks' ids, or null for every task (workflow steps, with negative ids, excluded)
 */
record RunFilter(Instant from, Instant to, Set<Long> taskIds) {

    /** The condition on {@code task_id} alone. */
    String tasks() {
        if (taskIds == null) {
            return "task_id >= 0";
        }
        if (taskIds.isEmpty()) {
            return "1 = 0";
        }
        return "task_id IN (" + taskIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")) + ")";
    }
}
