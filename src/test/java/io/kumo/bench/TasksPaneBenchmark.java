package io.kumo.bench;

import io.kumo.app.KumoCore;
import io.kumo.common.Actor;
import io.kumo.config.DataDirectory;
import io.kumo.supervisor.OsProcessLauncher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The Tasks pane alone at scale (issue 15: opens and filters in < 200 ms with 10,000 tasks): the data directory of
 * {@link ScaleBenchmark} ({@link ScaleData}), a core with its engine armed, then {@link TasksPaneTiming}: first visits
 * (the first cold), revisits, filters. Arguments: tasks (10000), runs (0), first visits (4).
 * {@code -Dkumo.bench.keep=true} keeps the data directory.
 */
public final class TasksPaneBenchmark {

    private TasksPaneBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        int openings = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        Path dir = Files.createTempDirectory("kumo-pane-bench");
        DataDirectory data = new DataDirectory(dir);
        new ScaleData(data).fill(tasks, runs, 15);
        try (KumoCore core = KumoCore.open(data, Clock.systemUTC(), new Actor("bench@localhost"))) {
            core.startEngine(new OsProcessLauncher(), System.getenv());
            boolean started = TasksPaneTiming.startToolkit();
            TasksPaneTiming.Figures figures = new TasksPaneTiming(core, tasks).measure(openings);
            if (started) {
                javafx.application.Platform.exit(); // else its thread keeps this JVM alive
            }
            List<Double> warm = figures.open().subList(1, figures.open().size());
            System.out.printf("Tasks pane, %,d tasks, %,d runs: first visit until the rows show: %.0f ms cold, then %s ms warm "
                    + "(target < 200 ms)%n", tasks, runs, figures.open().getFirst(), millis(warm));
            System.out.printf("Tasks pane, CPU ms of the first visits (FX thread/process): %s; of the filters: %s%n",
                    figures.openCpu(), figures.filterCpu());
            System.out.printf("Tasks pane, revisit until the rows show: %s ms; until the new listing shows: %s ms%n",
                    millis(figures.revisit()), millis(figures.revisitListed()));
            System.out.printf("Tasks pane, filter typed until shown: %s ms (target < 200 ms)%n", millis(figures.filter()));
        } finally {
            if (Boolean.getBoolean("kumo.bench.keep")) {
                System.out.println("Data directory kept at " + dir);
            } else {
                try (var paths = Files.walk(dir)) {
                    for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(path);
                    }
                }
            }
        }
    }

    private static String millis(List<Double> values) {
        return String.join(" / ", values.stream().map(value -> String.format("%.0f", value)).toList());
    }
}
