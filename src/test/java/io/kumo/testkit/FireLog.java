package io.kumo.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The file that every run of a cluster test appends one line to, as the run's own process saw it:
 * {@code $KUMO_TASK_ID $KUMO_SCHEDULED_FOR $KUMO_RUN_ID NODE} ({@link #COMMAND} writes it; {@code >>} opens the file
 * with O_APPEND and one short {@code echo} is one write, so lines of concurrent runs never mix). It answers what ran
 * twice and which fires of an interval task never ran.
 */
public final class FireLog {

    /** The shell command that appends the line; {@code %s} is the file, {@code IT_NODE} the node's own variable. */
    public static final String COMMAND = "echo \"$KUMO_TASK_ID $KUMO_SCHEDULED_FOR $KUMO_RUN_ID $IT_NODE\" >> %s";

    public record Fire(long taskId, Instant scheduledFor, long runId, String node) {
        Key key() {
            return new Key(taskId, scheduledFor);
        }
    }

    public record Key(long taskId, Instant scheduledFor) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byTask = Long.compare(taskId, other.taskId);
            return byTask != 0 ? byTask : scheduledFor.compareTo(other.scheduledFor);
        }
    }

    private final List<Fire> fires;

    private FireLog(List<Fire> fires) {
        this.fires = List.copyOf(fires);
    }

    /** Reads every complete line ({@code run id 0} or a short line would be a torn write: it fails loudly). */
    public static FireLog read(Path file) throws IOException {
        List<Fire> fires = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.strip().split(" ");
                if (fields.length != 4) {
                    throw new IllegalStateException("not a fire line (torn or mixed write?): '" + line + "'");
                }
                fires.add(new Fire(Long.parseLong(fields[0]), Instant.parse(fields[1]), Long.parseLong(fields[2]), fields[3]));
            }
        }
        return new FireLog(fires);
    }

    public List<Fire> fires() {
        return fires;
    }

    public FireLog where(Predicate<Fire> filter) {
        return new FireLog(fires.stream().filter(filter).toList());
    }

    /** Each (task, scheduled instant) that ran more than once, with its executions. */
    public Map<Key, List<Fire>> duplicates() {
        return fires.stream().collect(Collectors.groupingBy(Fire::key, TreeMap::new, Collectors.toList())).entrySet()
                .stream().filter(entry -> entry.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }

    /**
     * For each task, the instants between its first and its last execution, {@code every} apart from the first, that
     * did not run: the lost fires.
     */
    public Map<Long, List<Instant>> lost(Duration every) {
        Map<Long, TreeSet<Instant>> ran = fires.stream().collect(Collectors.groupingBy(Fire::taskId, TreeMap::new,
                Collectors.mapping(Fire::scheduledFor, Collectors.toCollection(TreeSet::new))));
        Map<Long, List<Instant>> lost = new TreeMap<>();
        ran.forEach((task, instants) -> {
            List<Instant> missing = new ArrayList<>();
            for (Instant at = instants.first(); !at.isAfter(instants.last()); at = at.plus(every)) {
                if (!instants.contains(at)) {
                    missing.add(at);
                }
            }
            if (!missing.isEmpty()) {
                lost.put(task, missing);
            }
        });
        return lost;
    }

    /** Executions per node, by node name. */
    public Map<String, Long> perNode() {
        return fires.stream().collect(Collectors.groupingBy(Fire::node, TreeMap::new, Collectors.counting()));
    }
}
