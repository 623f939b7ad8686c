package io.kumo.bench;

import io.kumo.app.KumoCore;
import io.kumo.common.Actor;
import io.kumo.config.DataDirectory;
import io.kumo.domain.OverlapPolicy;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Resident memory of {@code java -jar target/kumo.jar --data-dir DIR --headless}, a real child process, read from
 * {@code /proc/PID/status} (VmRSS):
 * <ol>
 *   <li>idle with N tasks (intervals of 1 min to 1 day and cron schedules, nothing due while measured);</li>
 *   <li>a soak: 55 tasks, 50 of them running {@code /bin/true} every second, RSS every 10 s split into the Java heap
 *       committed and glibc's malloc arenas, and the live heap after a full collection at its start and end (a leak
 *       grows it; a heap that only fills towards its cap does not);</li>
 *   <li>one run of a python child printing M MB (several sizes, to show whether memory follows the volume), started
 *       with {@code kumo run NAME} against the running instance: RSS before, peak during, and after.</li>
 * </ol>
 * The data directories are prepared in this process before the instance starts. Arguments: tasks, idle seconds, soak
 * seconds, output sizes in MB (comma-separated), seconds watched after the output run, and {@code classpath} to start
 * the child from this class path instead of the jar (the smoke test: it runs before {@code package}).
 * {@code -Dbench.jar=PATH} picks the jar (default target/kumo.jar; without one the class path is used too). {@code -Dbench.jvm="OPTIONS"} adds JVM options to the child, for experiments.
 */
public final class HeadlessMemoryBenchmark {

    private static final long IDLE_TARGET_MB = 150;
    private static final Actor ACTOR = new Actor("bench@localhost");
    /** The java command up to Kumo's own arguments. */
    private final List<String> launch;

    private HeadlessMemoryBenchmark(List<String> launch) {
        this.launch = launch;
    }

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int idleSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int soakSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int[] outputMb = Arrays.stream((args.length > 3 ? args[3] : "200,20").split(",")).mapToInt(Integer::parseInt).toArray();
        int afterSeconds = args.length > 4 ? Integer.parseInt(args[4]) : 30;
        // the smoke test runs before `package`: a jar lying in target/ would be an older build
        boolean fromClassPath = args.length > 5 && args[5].equals("classpath") || !Files.exists(jar());
        HeadlessMemoryBenchmark benchmark = new HeadlessMemoryBenchmark(launch(fromClassPath));
        System.out.printf("Headless memory benchmark: %s, %d cores%n", String.join(" ", benchmark.launch)
                .replace(System.getProperty("java.class.path"), "<test class path>"), Runtime.getRuntime().availableProcessors());

        benchmark.idle(tasks, idleSeconds);
        benchmark.soak(soakSeconds);
        for (int mb : outputMb) {
            benchmark.output(mb, afterSeconds);
        }
    }

    private static List<String> launch(boolean fromClassPath) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        String extra = System.getProperty("bench.jvm", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(Arrays.asList(extra.split("\\s+")));
        }
        if (fromClassPath) {
            command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                    "io.kumo.boot.Java25Check"));
        } else {
            command.addAll(List.of("-jar", jar().toString()));
        }
        return List.copyOf(command);
    }

    private void idle(int tasks, int idleSeconds) throws Exception {
        Path dir = prepare(core -> {
            long[] intervals = {60, 300, 900, 3600, 6 * 3600, 86400};
            String[] crons = {"*/5 * * * *", "17 * * * *", "0 */6 * * *", "30 3 * * *", "0 9 * * 1"};
            Instant farAnchor = Instant.now().plus(Duration.ofDays(1)); // nothing fires while the idle figure is read
            for (int i = 0; i < tasks; i++) {
                Task task = new Task("idle-" + i, "/bin/true");
                if (i % 2 == 0) {
                    task.setTriggerType(TriggerType.INTERVAL);
                    task.setIntervalSeconds(intervals[i / 2 % intervals.length]);
                    task.setAnchorAt(farAnchor.plusSeconds(i));
                } else {
                    task.setTriggerType(TriggerType.CRON);
                    task.setCronExpression(crons[i / 2 % crons.length]);
                    task.setEnabled(false); // a cron minute could come round while measuring; listed, scheduled later
                }
                core.tasks().create(task);
            }
        });
        try (Headless kumo = Headless.start(launch, dir)) {
            List<Long> samples = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(idleSeconds);
            while (System.nanoTime() < deadline) {
                Thread.sleep(Math.min(5000, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()) + 1));
                samples.add(kumo.rssKb());
            }
            System.out.printf("(a) idle, %d tasks, after %d s: %d MB RSS (target <= %d MB); every 5 s: %s%n", tasks,
                    idleSeconds, mb(samples.getLast()), IDLE_TARGET_MB, series(samples));
        } finally {
            deleteQuietly(dir);
        }
    }

    private void soak(int soakSeconds) throws Exception {
        Path dir = prepare(core -> {
            Instant anchor = Instant.now().plusSeconds(2).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            for (int i = 0; i < 55; i++) {
                Task task = new Task("soak-" + i, "/bin/true");
                task.setTriggerType(TriggerType.INTERVAL);
                task.setIntervalSeconds(i < 50 ? 1L : 60L);
                task.setAnchorAt(anchor.plusMillis(i * 20L));
                task.setOverlapPolicy(OverlapPolicy.ALLOW);
                core.tasks().create(task);
            }
        });
        int every = Math.max(1, Math.min(10, soakSeconds / 5));
        try (Headless kumo = Headless.start(launch, dir)) {
            ResidentSplit split = new ResidentSplit(kumo.pid());
            long liveAtStart = split.liveHeapKb();
            List<Long> samples = new ArrayList<>();
            List<Long> heap = new ArrayList<>();
            List<Long> arenas = new ArrayList<>();
            samples.add(kumo.rssKb());
            long started = System.nanoTime();
            for (int at = every; at <= soakSeconds; at += every) {
                // by the clock, not after each sample: the jcmd calls take seconds on a loaded machine
                Thread.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(started + TimeUnit.SECONDS.toNanos(at) - System.nanoTime())));
                samples.add(kumo.rssKb());
                heap.add(split.heapCommittedKb());
                arenas.add(split.mallocArenasKb());
            }
            long liveAtEnd = split.liveHeapKb();
            System.out.printf("(b) soak, 55 tasks (50 at 1 s), %d s: %d -> %d MB RSS (max %d MB); every %d s: %s%n",
                    soakSeconds, mb(samples.getFirst()), mb(samples.getLast()),
                    mb(samples.stream().mapToLong(Long::longValue).max().orElseThrow()), every, series(samples));
            System.out.printf("    of which Java heap committed: %s; glibc malloc arenas: %s%n", series(heap), series(arenas));
            System.out.printf("    live heap after a full collection: %d MB at the start, %d MB at the end (H2's page cache, up to 16 MB, "
                    + "fills first; a leak keeps growing it)%n",
                    mb(liveAtStart), mb(liveAtEnd));
        } finally {
            deleteQuietly(dir);
        }
    }

    private void output(int megabytes, int afterSeconds) throws Exception {
        String name = "print-" + megabytes + "mb";
        Path dir = prepare(core -> {
            // 100 KB writes of 100-byte lines
            Task task = new Task(name, "/usr/bin/python3 -c \"import sys; b=(('x'*99)+chr(10)).encode()*1000; "
                    + "w=sys.stdout.buffer.write; [w(b) for _ in range(" + megabytes * 10 + ")]\"");
            task.setTriggerType(TriggerType.MANUAL);
            core.tasks().create(task);
        });
        try (Headless kumo = Headless.start(launch, dir)) {
            Thread.sleep(Math.min(2, afterSeconds) * 1000L); // the start settles
            long before = kumo.rssKb();
            Process run = kumo.command("run", name);
            long peak = before;
            long started = System.nanoTime();
            while (run.isAlive()) {
                peak = Math.max(peak, kumo.rssKb());
                Thread.sleep(100);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            List<Long> after = new ArrayList<>();
            for (int i = 0; i < afterSeconds; i += 5) {
                Thread.sleep(Math.min(5, afterSeconds - i) * 1000L);
                after.add(kumo.rssKb());
            }
            System.out.printf("(c) one run printing %d MB (kumo run exit %d, %.1f s): %d MB RSS before, peak %d MB during "
                    + "(+%d MB), %s MB after %d s (target: growth independent of the volume)%n", megabytes, run.exitValue(),
                    seconds, mb(before), mb(peak), mb(peak - before), after.isEmpty() ? "-" : Long.toString(mb(after.getLast())),
                    afterSeconds);
            System.out.println("    after, every 5 s: " + series(after));
        } finally {
            deleteQuietly(dir);
        }
    }

    private static Path prepare(Consumer<KumoCore> tasks) throws IOException {
        Path dir = Files.createTempDirectory("kumo-memory-bench");
        try (KumoCore core = KumoCore.open(new DataDirectory(dir), Clock.systemUTC(), ACTOR)) {
            tasks.accept(core);
        }
        return dir;
    }

    private static Path jar() {
        return Path.of(System.getProperty("bench.jar", "target/kumo.jar"));
    }

    private static long mb(long kilobytes) {
        return Math.round(kilobytes / 1024.0);
    }

    private static String series(List<Long> kilobytes) {
        return kilobytes.stream().map(kb -> Long.toString(mb(kb))).toList().toString();
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind
        }
    }

    /** A headless Kumo on a data directory, started as a user starts it, stopped with SIGTERM. */
    private static final class Headless implements AutoCloseable {

        private final List<String> launch;
        private final Process process;
        private final Path dir;

        private Headless(List<String> launch, Process process, Path dir) {
            this.launch = launch;
            this.process = process;
            this.dir = dir;
        }

        static Headless start(List<String> launch, Path dir) throws IOException, InterruptedException {
            Process process = new ProcessBuilder(kumoCommand(launch, dir, "--headless")).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            if (line == null || !line.startsWith("Kumo running headless")) {
                process.destroyForcibly();
                throw new IllegalStateException("headless Kumo did not start: " + line);
            }
            Thread.ofPlatform().daemon().start(() -> drain(out)); // never a full pipe
            return new Headless(launch, process, dir);
        }

        private static void drain(BufferedReader out) {
            try (out) {
                while (out.readLine() != null) {
                    // the instance's notices are not needed
                }
            } catch (IOException e) {
                // the instance stopped
            }
        }

        /** A command against the running instance, its output discarded. */
        Process command(String... args) throws IOException {
            List<String> command = kumoCommand(launch, dir, args);
            return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        }

        long pid() {
            return process.pid();
        }

        long rssKb() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            throw new IllegalStateException("no VmRSS for pid " + process.pid());
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }

        private static List<String> kumoCommand(List<String> launch, Path dir, String... args) {
            List<String> command = new ArrayList<>(launch);
            command.addAll(List.of("--data-dir", dir.toString()));
            command.addAll(Arrays.asList(args));
            return command;
        }
    }
}
