package io.kumo.engine;

import io.kumo.domain.Task;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A node of a test cluster: clustered, with the labels it carries; a task labelled for others may not run here. Whether
 * it runs tasks, holds its lease and its own run limit are set by the test.
 */
final class TestSeat implements NodeSeat {

    private final String name;
    private final Set<String> labels;
    volatile boolean runsTasks = true;
    volatile boolean lease = true;
    volatile Integer maxRuns;

    TestSeat(String name, String... labels) {
        this.name = name;
        this.labels = Set.of(labels);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean clustered() {
        return true;
    }

    @Override
    public boolean runsTasks() {
        return runsTasks;
    }

    @Override
    public Optional<String> whyNotHere(Task task) {
        if (task.getNodeLabels() == null || task.getNodeLabels().isBlank()) {
            return Optional.empty();
        }
        List<String> missing = Arrays.stream(task.getNodeLabels().split(",")).map(String::trim)
                .filter(label -> !label.isEmpty() && !labels.contains(label)).toList();
        return missing.isEmpty() ? Optional.empty() : Optional.of("node " + name + " lacks label(s) " + String.join(", ", missing));
    }

    @Override
    public boolean holdsLease() {
        return lease;
    }

    @Override
    public OptionalInt maxRuns() {
        return maxRuns == null ? OptionalInt.empty() : OptionalInt.of(maxRuns);
    }
}
