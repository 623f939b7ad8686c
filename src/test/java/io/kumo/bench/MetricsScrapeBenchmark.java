package io.kumo.bench;

import io.kumo.rest.metrics.KumoMetrics;
import io.kumo.app.KumoCore;
import io.kumo.common.Actor;
import io.kumo.config.DataDirectory;
import io.kumo.supervisor.OsProcessLauncher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a scrape of /metrics costs on a big store (docs/performance.md): the scrape whose gauges read the store (the
 * first of each second) and one served from their one-second cache. Arguments: tasks, runs (defaults 10,000 and
 * 1,000,000). Run with {@code mvn -Pbench -Dbench.main=io.kumo.bench.MetricsScrapeBenchmark "-Dbench.args=10000 1000000"}.
 */
public final class MetricsScrapeBenchmark {

    private static final int TIMED = 50;

    private MetricsScrapeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        Path dir = Files.createTempDirectory("kumo-metrics-bench");
        DataDirectory data = new DataDirectory(dir);
        new ScaleData(data).fill(tasks, runs, 15);
        AtomicLong nanos = new AtomicLong();
        try (KumoCore core = KumoCore.open(data, Clock.systemUTC(), new Actor("bench@localhost"))) {
            core.startEngine(new OsProcessLauncher(), System.getenv());
            try (KumoMetrics metrics = KumoMetrics.attach(core.engine().orElseThrow(), core.taskService(), core.database(),
                    core.schedulingPause(), nanos::get)) {
                for (int i = 0; i < 20; i++) { // warm up
                    nanos.addAndGet(1_000_000_000L);
                    metrics.scrape();
                }
                double[] reading = new double[TIMED];
                double[] cached = new double[TIMED];
                int bytes = 0;
                for (int i = 0; i < TIMED; i++) {
                    nanos.addAndGet(1_000_000_000L);
                    long start = System.nanoTime();
                    bytes = metrics.scrape().length();
                    reading[i] = (System.nanoTime() - start) / 1e6;
                    start = System.nanoTime();
                    metrics.scrape();
                    cached[i] = (System.nanoTime() - start) / 1e6;
                }
                System.out.printf("%,d tasks, %,d runs: scrape reading the store median %.2f ms (p90 %.2f ms), from the cache "
                        + "median %.2f ms (p90 %.2f ms), %,d bytes%n", tasks, runs, median(reading), p90(reading), median(cached),
                        p90(cached), bytes);
            }
        }
        ScaleBenchmark.deleteTree(dir);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double p90(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) (sorted.length * 0.9)];
    }
}
