package io.kumo.reports;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The runs a report reads: scheduled in [{@code from}, {@code to}) and of the selected tasks, as a SQL condition on
 * {@code runs}. Only numbers computed here go into the SQL, so it needs no parameters.
 *
 * @param taskIds the selected tasks' ids, or null for every task (workflow steps, with negative ids, excluded)
 */
record RunFilter(Instant from, Instant to, Set<Long> taskIds) {

    String where() {
        String tasks;
        if (taskIds == null) {
            tasks = "task_id >= 0";
        } else if (taskIds.isEmpty()) {
            tasks = "1 = 0";
        } else {
            tasks = "task_id IN (" + taskIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")) + ")";
        }
        return " WHERE scheduled_for >= " + from.toEpochMilli() + " AND scheduled_for < " + to.toEpochMilli() + " AND " + tasks;
    }
}
