package io.kumo.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumo.app.KumoCore;
import io.kumo.common.Actor;
import io.kumo.config.DataDirectory;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.engine.Engine;
import io.kumo.settings.Settings;
import io.kumo.supervisor.OsProcessLauncher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fire lateness (process spawned minus scheduled instant) of Kumo's engine against APScheduler 3.x, both launching
 * {@code /bin/true} for N interval tasks firing every second, anchors spread evenly over the second. Run:
 * {@code mvn -Pbench} (see docs/performance.md). Arguments: tasks (200), seconds (30), warm-up seconds (5). Prints the
 * lateness per second of the measured window (a periodic stall shows there); {@code -Dbench.fires=FILE} among the JVM
 * options also writes each fire's scheduled epoch millisecond and lateness, to lay over a JFR recording.
 */
public final class LatenessBenchmark {

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        System.out.printf("Lateness benchmark: %d tasks every second for %d s after %d s of warm-up, %d cores%n", tasks,
                seconds, warmup, Runtime.getRuntime().availableProcessors());

        Stats kumo = runKumo(tasks, seconds, warmup);
        System.out.println("Kumo        " + kumo);
        Stats aps = runApscheduler(tasks, seconds);
        System.out.println("APScheduler " + aps);
        if (aps.count > 0) {
            System.out.printf("p99 ratio APScheduler/Kumo: %.1fx%n", aps.p99 / Math.max(kumo.p99, 0.001));
        }
    }

    /** Fires of the first {@code warmup} seconds are not counted: the JVM is still compiling the hot path. */
    static Stats runKumo(int tasks, int seconds, int warmup) throws Exception {
        Path dir = Files.createTempDirectory("kumo-bench");
        try (KumoCore core = KumoCore.open(new DataDirectory(dir), Clock.systemUTC(), new Actor("bench@localhost"));
             GcPauses gc = new GcPauses()) {
            core.settings().set(Settings.MAX_CONCURRENT_RUNS, Math.min(tasks * 4, 64)); // the setting's range ends at 64
            // the engine starts paused and fires from the moment all tasks are there: on a loaded machine adding 200
            // tasks (a synced transaction each) can take longer than any fixed lead, and fires due before the engine
            // started would be measured as misfires instead of the steady state
            core.schedulingPause().pause();
            Instant anchor = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            for (int i = 0; i < tasks; i++) {
                Task task = new Task("bench-" + i, "/bin/true");
                task.setTriggerType(TriggerType.INTERVAL);
                task.setIntervalSeconds(1L);
                task.setAnchorAt(anchor.plusMillis((long) i * 1000 / tasks));
                task.setOverlapPolicy(io.kumo.domain.OverlapPolicy.ALLOW);
                core.tasks().create(task);
            }
            // the run objects the engine publishes carry the exact instants (the database keeps milliseconds)
            Map<Long, Fire> fires = new java.util.concurrent.ConcurrentHashMap<>();
            Engine engine = core.startEngine(new OsProcessLauncher(), Map.of("PATH", "/usr/bin:/bin"));
            Instant measureFrom = Instant.now().plusSeconds(warmup + 1).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            Instant measureUntil = measureFrom.plusSeconds(seconds);
            java.util.concurrent.atomic.AtomicLong startedInWindow = new java.util.concurrent.atomic.AtomicLong();
            engine.addListener(run -> {
                if (run.getStatus() == RunStatus.RUNNING && !run.getStartedAt().isBefore(measureFrom) && run.getStartedAt().isBefore(measureUntil)) {
                    startedInWindow.incrementAndGet(); // the runs the allocation of the window paid for
                }
                if (run.getStatus() == RunStatus.RUNNING && !run.getScheduledFor().isBefore(measureFrom)
                        && run.getScheduledFor().isBefore(measureUntil)) {
                    fires.put(run.getId(), new Fire(run.getScheduledFor(), Duration.between(run.getScheduledFor(), run.getStartedAt()).toNanos() / 1e6));
                }
            });
            core.schedulingPause().resume(); // every task scheduled from now, on its anchor's phase
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), measureFrom).toMillis()));
            long allocatedBefore = allocatedBytes();
            long cpuBefore = cpuNanos();
            Thread.sleep(Duration.between(Instant.now(), measureUntil).toMillis());
            long allocated = allocatedBytes() - allocatedBefore;
            long cpu = cpuNanos() - cpuBefore;
            engine.setSchedulingPaused(true);
            Thread.sleep(3000); // let the last runs end
            List<Run> runs = engine.runs().latest(null, null, Integer.MAX_VALUE);
            List<Double> lateness = fires.values().stream().map(Fire::lateMillis).toList();
            List<Double> handoff = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            int duplicates = 0;
            for (Run run : runs) {
                if (run.getScheduledFor().isBefore(measureFrom) || !run.getScheduledFor().isBefore(measureUntil)) {
                    continue;
                }
                if (!seen.add(run.getTaskId() + "@" + run.getScheduledFor())) {
                    duplicates++;
                }
                if (run.getQueuedAt() != null) {
                    handoff.add(Duration.between(run.getScheduledFor(), run.getQueuedAt()).toNanos() / 1e6);
                }
            }
            System.out.println("Kumo run recorded (queued_at - scheduled_for): " + Stats.of(handoff, 0));
            System.out.println("Kumo GC in the measured window: " + gc.describe(measureFrom, measureUntil));
            long started = Math.max(1, startedInWindow.get());
            System.out.printf("Kumo in the measured window: %d runs started; allocated %.0f MB, %.1f KB per run; CPU %.1f s, %.2f ms per run%n",
                    startedInWindow.get(), allocated / 1e6, allocated / 1e3 / started, cpu / 1e9, cpu / 1e6 / started);
            printPerSecond(fires.values(), measureFrom, seconds);
            String firesFile = System.getProperty("bench.fires"); // each fire's instant and lateness, to lay over a JFR
            if (firesFile != null) {
                Files.write(Path.of(firesFile), fires.values().stream().map(f -> f.scheduledFor().toEpochMilli() + "," + f.lateMillis()).toList());
            }
            Stats stats = Stats.of(lateness, (long) tasks * seconds);
            stats.lost = (long) tasks * seconds - runs.stream().filter(r -> !r.getScheduledFor().isBefore(measureFrom)
                    && r.getScheduledFor().isBefore(measureUntil)).count();
            stats.duplicates = duplicates;
            stats.failed = runs.stream().filter(r -> r.getStatus() != RunStatus.SUCCESS).count();
            return stats;
        } finally {
            deleteQuietly(dir);
        }
    }

    /** CPU time this JVM used so far, all threads. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Bytes allocated so far by all live threads of this JVM. */
    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean()).getTotalThreadAllocatedBytes();
    }

    /** Lateness bucketed by the second of the measured window a fire was scheduled in: shows periodic stalls. */
    private static void printPerSecond(java.util.Collection<Fire> fires, Instant from, int seconds) {
        List<List<Double>> buckets = new ArrayList<>();
        for (int i = 0; i < seconds; i++) {
            buckets.add(new ArrayList<>());
        }
        fires.forEach(fire -> buckets.get((int) Duration.between(from, fire.scheduledFor()).toSeconds()).add(fire.lateMillis()));
        System.out.println("Kumo per second (s: fires, p50, p90, max, fires over 10 ms):");
        for (int i = 0; i < seconds; i++) {
            Stats second = Stats.of(buckets.get(i), 0);
            long over10 = buckets.get(i).stream().filter(value -> value > 10).count();
            System.out.printf("  +%2d s (%s): %3d  %6.2f  %6.2f  %6.2f ms  %3d%n", i, from.plusSeconds(i), second.count, second.p50, second.p90, second.max, over10);
        }
    }

    /** One measured fire: its scheduled instant and how late its process started. */
    private record Fire(Instant scheduledFor, double lateMillis) {
    }

    static Stats runApscheduler(int tasks, int seconds) throws IOException, InterruptedException {
        Path script = Path.of("bench/apscheduler_lateness.py");
        if (!Files.exists(Path.of("/usr/bin/python3")) || !Files.exists(script)) {
            System.out.println("APScheduler: skipped (needs /usr/bin/python3 with python3-apscheduler)");
            return Stats.of(List.of(), 0);
        }
        Process process = new ProcessBuilder("/usr/bin/python3", script.toString(), Integer.toString(tasks), Integer.toString(seconds))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            System.out.println("APScheduler: failed (is python3-apscheduler installed?)");
            return Stats.of(List.of(), 0);
        }
        JsonNode result = new ObjectMapper().readTree(output);
        List<Double> lateness = new ArrayList<>();
        result.get("lateness_ms").forEach(value -> lateness.add(value.asDouble()));
        return Stats.of(lateness, result.get("expected").asLong());
    }

    static final class Stats {
        long count;
        long expected;
        double p50;
        double p99;
        double max;
        long duplicates;
        long failed;
        long lost;
        double p90;

        static Stats of(List<Double> values, long expected) {
            Stats stats = new Stats();
            List<Double> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            stats.count = sorted.size();
            stats.expected = expected;
            if (!sorted.isEmpty()) {
                stats.p50 = sorted.get((int) (sorted.size() * 0.50));
                stats.p90 = sorted.get((int) (sorted.size() * 0.90));
                stats.p99 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
                stats.max = sorted.getLast();
            }
            return stats;
        }

        @Override
        public String toString() {
            return String.format("fires %d/%d  lateness p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms  lost %d  duplicates %d  not-success %d",
                    count, expected, p50, p90, p99, max, lost, duplicates, failed);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder
        }
    }
}
