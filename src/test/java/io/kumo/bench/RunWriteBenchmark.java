package io.kumo.bench;

import io.kumo.app.KumoCore;
import io.kumo.common.Actor;
import io.kumo.config.DataDirectory;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.engine.RunStore;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the run records of one run cost the JVM, without processes, threads or timing in the way: on one thread, for N
 * tasks, each run's fire record, its claim (synced, as before a spawn) and its RUNNING-and-end update (in batches of
 * 15, as the run-record writer gathers them) on a real H2 file. Prints bytes allocated and CPU per run and the
 * collections of each pass. Allocation per run hardly depends on the machine's load, so it compares versions where
 * {@link LatenessBenchmark}'s lateness cannot (docs/performance.md, steady lateness). Arguments: tasks (200), rounds
 * per pass (10), passes (2; the first warms up). {@code -Dbench.h2CacheKb=N} sets H2's page cache (default 16 MB),
 * whose pages are what young collections copy.
 */
public final class RunWriteBenchmark {

    private static final int GATHERED = 15;

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Path dir = Files.createTempDirectory("kumo-run-writes");
        try (KumoCore core = KumoCore.open(new DataDirectory(dir), Clock.systemUTC(), new Actor("bench@localhost"))) {
            RunStore store = new RunStore(core.database());
            String cacheKb = System.getProperty("bench.h2CacheKb");
            if (cacheKb != null) {
                core.database().withConnection(connection -> {
                    try (var statement = connection.createStatement()) {
                        return statement.execute("SET CACHE_SIZE " + Integer.parseInt(cacheKb));
                    }
                });
                System.out.println("H2 cache: " + cacheKb + " KB");
            }
            List<Task> created = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                created.add(core.tasks().create(new Task("writes-" + i, "/bin/true")));
            }
            Instant first = Instant.parse("2026-01-01T00:00:00Z");
            System.out.printf("Run writes: %d tasks, %d runs per pass (fire, synced claim, RUNNING+end in batches of %d)%n",
                    tasks, tasks * rounds, GATHERED);
            for (int pass = 0; pass < passes; pass++) {
                Counters before = Counters.now();
                for (int round = 0; round < rounds; round++) {
                    writeRound(store, created, first.plusSeconds((long) pass * rounds + round));
                }
                Counters after = Counters.now();
                int runs = tasks * rounds;
                System.out.printf("  pass %d%s: %.1f KB allocated and %.2f ms CPU per run; %d collections, %d ms%n", pass,
                        pass == 0 ? " (warm-up)" : "", (after.allocated - before.allocated) / 1e3 / runs,
                        (after.cpuNanos - before.cpuNanos) / 1e6 / runs, after.collections - before.collections,
                        after.collectionMillis - before.collectionMillis);
            }
        } finally {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** One fire per task, its anchor spread over the second as in {@link LatenessBenchmark}. */
    private static void writeRound(RunStore store, List<Task> tasks, Instant second) {
        List<Run> changed = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            Instant at = second.plusMillis((long) i * 1000 / tasks.size());
            Run run = store.recordFire(tasks.get(i), TriggerKind.INTERVAL, at, RunStatus.QUEUED, at.minusMillis(100), null).orElseThrow();
            store.claim(run, at);
            run.setStartedAt(at.plusMillis(1));
            run.setPid(10_000L + i);
            run.setStatus(RunStatus.SUCCESS);
            run.setExitCode(0);
            run.setEndedAt(at.plusMillis(3));
            run.setLogPath("/logs/writes-" + i + "/" + run.getId() + ".log");
            changed.add(run.copy());
            if (changed.size() == GATHERED) {
                store.updateAll(changed);
                changed.clear();
            }
        }
        if (!changed.isEmpty()) {
            store.updateAll(changed);
        }
    }

    /** The JVM's allocation, CPU and collections so far. */
    private record Counters(long allocated, long cpuNanos, long collections, long collectionMillis) {
        static Counters now() {
            long collections = 0;
            long millis = 0;
            for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
                collections += bean.getCollectionCount();
                millis += bean.getCollectionTime();
            }
            return new Counters(((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getTotalThreadAllocatedBytes(),
                    ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime(),
                    collections, millis);
        }
    }
}
