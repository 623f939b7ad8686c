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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A burst: N cron tasks on the same minute ({@code * * * * *}), each running {@code /bin/true}, on a real core (H2 file
 * in a temp directory, the real supervisor), added through the task service the CLI uses to the running engine.
 * Measured for each minute: when the first and the last process started after the minute, lateness percentiles, how
 * many started within 250 ms, fires lost or started twice; with the concurrency limit asked for, with the default limit,
 * and APScheduler 3.x on the same burst ({@code bench/apscheduler_burst.py}), one after the other in one invocation;
 * then, per burst, the floor: as many raw {@code posix_spawn} calls started by as many threads as the engine has launch
 * workers ({@link SpawnFloorBenchmark}), so that what is the engine's above the operating system's shows side by side.
 * Run: {@code mvn -Pbench -Dbench.main=io.kumo.bench.BurstBenchmark -Dbench.args="200 3 200"} (tasks, bursts, the
 * concurrency limit or {@code default}). A fourth argument {@code short-minute} is the smoke mode: Kumo's clock is
 * shifted so the next minute is a few seconds away (APScheduler fires on the second a few seconds ahead), so it does
 * not wait for a real minute; everything else is the same.
 */
public final class BurstBenchmark {

    /** The smoke mode's next minute is this far ahead, plus {@link #SHORT_MINUTE_PER_TASK} per task to add. */
    private static final Duration SHORT_MINUTE_AHEAD = Duration.ofSeconds(2);
    private static final Duration SHORT_MINUTE_PER_TASK = Duration.ofMillis(20);
    /** Fires queued behind the default limit may start this long after their minute. */
    private static final Duration QUEUE_DRAIN = Duration.ofSeconds(50);
    /** As many as the engine's launch workers spawning one instant's runs ({@code InstantLaunches}). */
    private static final int LAUNCH_WORKERS = Math.max(2, Runtime.getRuntime().availableProcessors());

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int bursts = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        String concurrency = args.length > 2 ? args[2] : Integer.toString(tasks);
        boolean shortMinute = args.length > 3 && args[3].equals("short-minute");
        System.out.printf("Burst benchmark: %d cron tasks on the same minute, %d burst(s), concurrency %s, %d cores%s%n", tasks, bursts,
                concurrency, Runtime.getRuntime().availableProcessors(), shortMinute ? " (smoke mode: short minute)" : "");

        List<String> names = new ArrayList<>();
        List<List<BurstFigures>> results = new ArrayList<>();
        if (!concurrency.equals("default")) {
            int limit = Integer.parseInt(concurrency);
            names.add("Kumo, limit " + limit);
            results.add(runKumo(tasks, bursts, Optional.of(limit), shortMinute));
        }
        names.add("Kumo, default limit " + Settings.MAX_CONCURRENT_RUNS.defaultValue());
        results.add(runKumo(tasks, bursts, Optional.empty(), shortMinute));
        names.add("APScheduler 3.x");
        results.add(runApscheduler(tasks, bursts, shortMinute));
        List<String> floors = new ArrayList<>();
        for (int burst = 0; burst < bursts; burst++) {
            floors.add(SpawnFloorBenchmark.rawSpawns(tasks, LAUNCH_WORKERS).orElse("skipped (no posix_spawn)"));
        }

        for (int burst = 0; burst < bursts; burst++) {
            System.out.printf("Burst %d (ms after the minute):%n", burst + 1);
            for (int i = 0; i < names.size(); i++) {
                List<BurstFigures> figures = results.get(i);
                System.out.printf("  %-22s %s%n", names.get(i), burst < figures.size() ? figures.get(burst) : "skipped");
            }
            System.out.printf("  floor: %d raw posix_spawn calls of /bin/true on %d threads, prepared ahead (SpawnFloorBenchmark (a)): %s%n",
                    tasks, LAUNCH_WORKERS, floors.get(burst));
        }
    }

    /** One process start seen by the engine's listener: exact instants, the database keeps milliseconds. */
    private record Start(long taskId, Instant scheduledFor, Instant startedAt) {
    }

    static List<BurstFigures> runKumo(int tasks, int bursts, Optional<Integer> limit, boolean shortMinute) throws Exception {
        Path dir = Files.createTempDirectory("kumo-burst");
        ShiftedClock clock = new ShiftedClock();
        try (KumoCore core = KumoCore.open(new DataDirectory(dir), clock, new Actor("bench@localhost"))) {
            limit.ifPresent(value -> core.settings().set(Settings.MAX_CONCURRENT_RUNS, value));
            Engine engine = core.startEngine(new OsProcessLauncher(), Map.of("PATH", "/usr/bin:/bin"));
            Queue<Start> starts = new ConcurrentLinkedQueue<>();
            engine.addListener(run -> {
                if (run.getStatus() == RunStatus.RUNNING) {
                    starts.add(new Start(run.getTaskId(), run.getScheduledFor(), run.getStartedAt()));
                }
            });
            if (shortMinute) { // shifted once, before any task is scheduled: the core's start-up time does not count
                clock.shiftSoTheNextMinuteIsAhead(SHORT_MINUTE_AHEAD.plus(SHORT_MINUTE_PER_TASK.multipliedBy(tasks)));
            }
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                Task task = new Task("burst-" + i, "/bin/true");
                task.setTriggerType(TriggerType.CRON);
                task.setCronExpression("* * * * *");
                ids.add(core.taskService().create(task).getId());
            }
            // the first minute every task waits for (a task added before a minute passed fired at it already)
            Instant first = engine.nextFire(ids.getLast()).orElseThrow();
            Instant last = first.plus(Duration.ofMinutes(bursts - 1));
            sleepUntil(clock, last.plusSeconds(1));
            engine.setSchedulingPaused(true); // no further minute; what is queued still starts
            Instant drainUntil = last.plus(QUEUE_DRAIN);
            while (startsFrom(starts, first) < (long) tasks * bursts && clock.instant().isBefore(drainUntil)) {
                Thread.sleep(100);
            }
            Thread.sleep(1000); // let the last runs end
            List<BurstFigures> figures = new ArrayList<>();
            for (int burst = 0; burst < bursts; burst++) {
                figures.add(new BurstFigures(tasks));
            }
            for (Start start : starts) {
                int burst = (int) Duration.between(first, start.scheduledFor()).toMinutes();
                if (!start.scheduledFor().isBefore(first) && burst < bursts) {
                    figures.get(burst).started(start.taskId(), Duration.between(start.scheduledFor(), start.startedAt()).toNanos() / 1e6);
                }
            }
            printRecorded(engine.runs().latest(null, null, Integer.MAX_VALUE), first, bursts);
            return figures;
        } finally {
            deleteQuietly(dir);
        }
    }

    /** How early the fires were recorded (queued_at − scheduled_for) and what did not end SUCCESS. */
    private static void printRecorded(List<Run> runs, Instant first, int bursts) {
        List<Double> recorded = new ArrayList<>();
        long notSuccess = 0;
        for (Run run : runs) {
            if (run.getScheduledFor().isBefore(first) || !run.getScheduledFor().isBefore(first.plus(Duration.ofMinutes(bursts)))) {
                continue;
            }
            recorded.add(Duration.between(run.getScheduledFor(), run.getQueuedAt()).toNanos() / 1e6);
            notSuccess += run.getStatus() == RunStatus.SUCCESS ? 0 : 1;
        }
        recorded.sort(null);
        if (!recorded.isEmpty()) {
            System.out.printf("  recorded (queued_at - scheduled_for) from %.1f to %.1f ms; %d run(s) not SUCCESS%n",
                    recorded.getFirst(), recorded.getLast(), notSuccess);
        }
    }

    private static long startsFrom(Queue<Start> starts, Instant first) {
        return starts.stream().filter(start -> !start.scheduledFor().isBefore(first)).count();
    }

    /**
     * The system clock, moved ahead once (the smoke mode's short minute) so that its next minute is a few seconds away;
     * it runs at the system clock's pace, so every duration the engine measures is real.
     */
    private static final class ShiftedClock extends Clock {
        private volatile Duration shift = Duration.ZERO;

        void shiftSoTheNextMinuteIsAhead(Duration ahead) {
            Instant now = Instant.now();
            Instant nextMinute = now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
            shift = Duration.between(now.plus(ahead), nextMinute);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(shift);
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException("the benchmark's clock is UTC");
        }
    }

    private static void sleepUntil(Clock clock, Instant instant) throws InterruptedException {
        long millis = Duration.between(clock.instant(), instant).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    static List<BurstFigures> runApscheduler(int tasks, int bursts, boolean shortMinute) throws IOException, InterruptedException {
        Path script = Path.of("bench/apscheduler_burst.py");
        if (!Files.exists(Path.of("/usr/bin/python3")) || !Files.exists(script)) {
            System.out.println("APScheduler: skipped (needs /usr/bin/python3 with python3-apscheduler)");
            return List.of();
        }
        List<String> command = new ArrayList<>(List.of("/usr/bin/python3", script.toString(), Integer.toString(tasks), Integer.toString(bursts)));
        if (shortMinute) {
            command.add("short-minute");
        }
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            System.out.println("APScheduler: failed (is python3-apscheduler installed?)");
            return List.of();
        }
        JsonNode result = new ObjectMapper().readTree(output);
        List<BurstFigures> figures = new ArrayList<>();
        for (int burst = 0; burst < bursts; burst++) {
            figures.add(new BurstFigures(tasks));
        }
        for (JsonNode fire : result.get("fires")) {
            int burst = fire.get(1).asInt();
            if (burst >= 0 && burst < bursts) {
                figures.get(burst).started(fire.get(0).asLong(), fire.get(2).asDouble());
            }
        }
        return figures;
    }

    /** Removes a benchmark's temp folder, as far as it can. */
    static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder
        }
    }
}
