package io.kumo.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumo.config.DataDirectory;
import io.kumo.core.Actor;
import io.kumo.core.KumoCore;
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
 * {@code mvn -Pbench} (see docs/performance.md). Arguments: tasks (200), seconds (30).
 */
public final class LatenessBenchmark {

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        System.out.printf("Lateness benchmark: %d tasks every second for %d s, %d cores%n", tasks, seconds,
                Runtime.getRuntime().availableProcessors());

        Stats kumo = runKumo(tasks, seconds);
        System.out.println("Kumo        " + kumo);
        Stats aps = runApscheduler(tasks, seconds);
        System.out.println("APScheduler " + aps);
        if (aps.count > 0) {
            System.out.printf("p99 ratio APScheduler/Kumo: %.1fx%n", aps.p99 / Math.max(kumo.p99, 0.001));
        }
    }

    static Stats runKumo(int tasks, int seconds) throws Exception {
        Path dir = Files.createTempDirectory("kumo-bench");
        try (KumoCore core = KumoCore.open(new DataDirectory(dir), Clock.systemUTC(), new Actor("bench@localhost"))) {
            core.settings().set(Settings.MAX_CONCURRENT_RUNS, tasks * 4);
            Instant anchor = Instant.now().plusSeconds(3).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            for (int i = 0; i < tasks; i++) {
                Task task = new Task("bench-" + i, "/bin/true");
                task.setTriggerType(TriggerType.INTERVAL);
                task.setIntervalSeconds(1L);
                task.setAnchorAt(anchor.plusMillis((long) i * 1000 / tasks));
                task.setOverlapPolicy(io.kumo.domain.OverlapPolicy.ALLOW);
                core.tasks().create(task);
            }
            Engine engine = core.startEngine(new OsProcessLauncher(), Map.of("PATH", "/usr/bin:/bin"));
            Thread.sleep(Duration.between(Instant.now(), anchor.plusSeconds(seconds)).toMillis());
            engine.setSchedulingPaused(true);
            Thread.sleep(3000); // let the last runs end
            List<Run> runs = engine.runs().latest(null, null, Integer.MAX_VALUE);
            List<Double> lateness = new ArrayList<>();
            List<Double> handoff = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            int duplicates = 0;
            for (Run run : runs) {
                if (!seen.add(run.getTaskId() + "@" + run.getScheduledFor())) {
                    duplicates++;
                }
                if (run.getQueuedAt() != null) {
                    handoff.add(Duration.between(run.getScheduledFor(), run.getQueuedAt()).toNanos() / 1e6);
                }
                if (run.getStartedAt() != null && run.getStatus() != RunStatus.MISSED) {
                    lateness.add(Duration.between(run.getScheduledFor(), run.getStartedAt()).toNanos() / 1e6);
                }
            }
            System.out.println("Kumo run recorded (queued_at - scheduled_for): " + Stats.of(handoff, 0));
            Stats stats = Stats.of(lateness, (long) tasks * seconds);
            stats.duplicates = duplicates;
            stats.failed = runs.stream().filter(r -> r.getStatus() != RunStatus.SUCCESS).count();
            return stats;
        } finally {
            deleteQuietly(dir);
        }
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

        static Stats of(List<Double> values, long expected) {
            Stats stats = new Stats();
            List<Double> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            stats.count = sorted.size();
            stats.expected = expected;
            if (!sorted.isEmpty()) {
                stats.p50 = sorted.get((int) (sorted.size() * 0.50));
                stats.p99 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
                stats.max = sorted.getLast();
            }
            return stats;
        }

        @Override
        public String toString() {
            return String.format("fires %d/%d  lateness p50 %.2f ms  p99 %.2f ms  max %.2f ms  duplicates %d  not-success %d",
                    count, expected, p50, p99, max, duplicates, failed);
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
