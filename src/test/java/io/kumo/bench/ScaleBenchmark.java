package io.kumo.bench;

import io.kumo.app.KumoCore;
import io.kumo.common.Actor;
import io.kumo.config.DataDirectory;
import io.kumo.domain.RunStatus;
import io.kumo.engine.RunQuery;
import io.kumo.runs.RunHistory;
import io.kumo.supervisor.OsProcessLauncher;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Kumo at scale (issue 15): a data directory with N tasks (a mix of cron and intervals of 1 min to 1 day, see
 * {@link ScaleData}) and M runs over 60 days. Times, each printed beside its target:
 * <ul>
 *   <li>core open + engine start until the scheduler is armed (every enabled task planned, timer thread running);</li>
 *   <li>heap used after a full collection, and the process's resident memory, right after that start;</li>
 *   <li>idle CPU of this process over the idle seconds (no fire is due: see {@link ScaleData});</li>
 *   <li>run history pages as the Logs pane reads them (count + 200 runs): first page, a page deep in history, one
 *       task, one status; and the dashboard snapshot;</li>
 *   <li>the real Tasks pane on JavaFX's headless platform: opened until all rows are laid out, and filtered;</li>
 *   <li>{@code kumo task list --json} as a child process on the closed data directory, against a running
 *       {@code --headless} instance (the CLI forwards to it), and {@code kumo --version} for the JVM's own share.</li>
 * </ul>
 * Arguments: tasks (10000), runs (1000000), idle seconds (20), and which parts to measure ({@code all}, or a comma list
 * of {@code core} (start, heap, idle CPU, history, Tasks pane) and {@code cli} (the CLI and the {@code --headless}
 * instance's idle CPU)). Uses {@code target/kumo.jar} when it is built, else this JVM's class path.
 * {@code -Dkumo.bench.keep=true} keeps the data directory.
 */
public final class ScaleBenchmark {

    private static final int PAGE = 200;
    private static final int TIMED = 9;

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int idleSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Set<String> parts = Set.of((args.length > 3 ? args[3] : "all").split(","));
        Path dir = Files.createTempDirectory("kumo-scale-bench");
        DataDirectory data = new DataDirectory(dir);
        ScaleData fill = new ScaleData(data);
        long fillStart = System.nanoTime();
        fill.fill(tasks, runs, 15);
        System.out.printf("Filled %,d tasks and %,d runs in %.1f s%n", tasks, runs, (System.nanoTime() - fillStart) / 1e9);

        if (parts.contains("all") || parts.contains("core")) {
            core(data, fill, tasks, runs, idleSeconds);
        }
        if (parts.contains("all") || parts.contains("cli")) {
            cli(data, tasks, idleSeconds);
        }
        if (Boolean.getBoolean("kumo.bench.keep")) {
            System.out.println("Data directory kept at " + dir);
        } else {
            deleteTree(dir);
        }
    }

    private static void core(DataDirectory data, ScaleData fill, int tasks, int runs, int idleSeconds) throws Exception {
        var threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long openStart = System.nanoTime();
        try (KumoCore core = KumoCore.open(data, Clock.systemUTC(), new Actor("bench@localhost"))) {
            long opened = System.nanoTime();
            core.startEngine(new OsProcessLauncher(), System.getenv());
            long armed = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
            long planned = fill.taskIds().stream().filter(id -> core.engine().orElseThrow().nextFire(id).isPresent()).count();
            // on a loaded machine the wall time is mostly waiting for a core: the starting thread's CPU time says more
            System.out.printf("engine start: core open %.0f ms + engine start %.0f ms = %.0f ms (%.0f ms CPU of the starting "
                    + "thread), %,d tasks planned (target < 2000 ms)%n", (opened - openStart) / 1e6, (armed - opened) / 1e6,
                    (armed - openStart) / 1e6, cpu / 1e6, planned);
            memory();
            idleCpu(idleSeconds);
            history(core, fill, runs);
            tasksPane(core, tasks);
        }
    }

    private static void memory() throws IOException {
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("heap after start (after a full GC): %.0f MB used (target < 150 MB); RSS %d MB%n",
                heap / 1048576.0, residentKilobytes(ProcessHandle.current().pid()) / 1024);
    }

    /** CPU of this process over the idle seconds, after a few seconds to settle; the busiest threads beside it. */
    private static void idleCpu(int seconds) throws InterruptedException {
        TimeUnit.SECONDS.sleep(Math.min(5, seconds)); // the JIT finishes compiling what the start ran
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var threads = ManagementFactory.getThreadMXBean();
        java.util.Map<Long, Long> before = new java.util.HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            before.put(id, threads.getThreadCpuTime(id));
        }
        long cpuStart = os.getProcessCpuTime();
        long wallStart = System.nanoTime();
        TimeUnit.SECONDS.sleep(seconds);
        long wall = System.nanoTime() - wallStart;
        double share = 100.0 * (os.getProcessCpuTime() - cpuStart) / wall;
        List<String> busiest = new ArrayList<>();
        java.util.Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds())).filter(java.util.Objects::nonNull)
                .map(info -> java.util.Map.entry(info.getThreadName(),
                        threads.getThreadCpuTime(info.getThreadId()) - before.getOrDefault(info.getThreadId(), 0L)))
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(4)
                .forEach(entry -> busiest.add(String.format("%s %.2f %%", entry.getKey(), 100.0 * entry.getValue() / wall)));
        System.out.printf("idle CPU over %d s: %.2f %% of a core (target < 1 %%); busiest threads: %s%n", seconds, share,
                String.join(", ", busiest));
    }

    private static void history(KumoCore core, ScaleData fill, int runs) {
        RunHistory history = core.runHistory();
        long deep = Math.max(0, runs / 2 / PAGE * PAGE);
        page("run history, first page       ", () -> pageOf(history, RunQuery.all(), 0));
        page("run history, page at offset " + deep, () -> pageOf(history, RunQuery.all(), deep));
        long task = fill.taskIds().get(fill.taskIds().size() / 2);
        page("run history, one task         ", () -> pageOf(history, new RunQuery(task, Set.of(), null, null), 0));
        page("run history, failed only      ", () -> pageOf(history, new RunQuery((Long) null, Set.of(RunStatus.FAILED), null, null), 0));
        page("run history, last 7 days      ", () -> pageOf(history, new RunQuery((Long) null, Set.of(),
                Instant.now().minus(java.time.Duration.ofDays(7)), null), 0));
        page("dashboard, all projects       ", () -> core.dashboard().snapshot(null, ZoneId.systemDefault(), Instant.now()).cards().tasksTotal());
    }

    private static long pageOf(RunHistory history, RunQuery query, long offset) {
        long count = history.count(query);
        return count + history.page(query, offset, PAGE).size();
    }

    private static void page(String label, Supplier<Object> read) {
        read.get();
        double[] millis = new double[TIMED];
        for (int i = 0; i < TIMED; i++) {
            long start = System.nanoTime();
            read.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("%s: median %.1f ms, max %.1f ms (target < 200 ms)%n", label, millis[TIMED / 2], millis[TIMED - 1]);
    }

    private static void tasksPane(KumoCore core, int tasks) throws Exception {
        boolean started = TasksPaneTiming.startToolkit();
        TasksPaneTiming.Figures figures = new TasksPaneTiming(core, tasks).measure(1 + repeats(tasks));
        if (started) {
            javafx.application.Platform.exit(); // else its thread keeps this JVM alive
        }
        List<Double> warm = figures.open().subList(1, figures.open().size());
        System.out.printf("Tasks pane, %,d rows: opened in %.0f ms cold, then %s ms (target < 200 ms)%n", tasks,
                figures.open().getFirst(), millis(warm));
        System.out.printf("Tasks pane, filter typed until shown: %s ms (target < 200 ms)%n", millis(figures.filter()));
    }

    /** Timed repetitions: three at full size, one in smoke mode (each CLI call is a fresh JVM). */
    private static int repeats(int tasks) {
        return tasks >= 1_000 ? 3 : 1;
    }

    private static String millis(List<Double> values) {
        return String.join(" / ", values.stream().map(value -> String.format("%.0f", value)).toList());
    }

    private static void cli(DataDirectory data, int tasks, int idleSeconds) throws Exception {
        List<Double> version = new ArrayList<>();
        List<Double> local = new ArrayList<>();
        int repeats = repeats(tasks);
        for (int i = 0; i < repeats; i++) {
            version.add(timeCli(kumo("--version"), 0));
            local.add(timeCli(kumo("--data-dir", data.root().toString(), "task", "list", "--json"), tasks));
        }
        System.out.printf("kumo --version (JVM start and picocli): %s ms%n", millis(version));
        System.out.printf("kumo task list --json, on the data directory: %s ms (target < 1000 ms)%n", millis(local));
        Process instance = new ProcessBuilder(kumo("--data-dir", data.root().toString(), "--headless"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Path socket = data.root().resolve("kumo.sock");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(socket) && System.nanoTime() < deadline && instance.isAlive()) {
                TimeUnit.MILLISECONDS.sleep(50);
            }
            idleCpuOf(instance, idleSeconds);
            List<Double> forwarded = new ArrayList<>();
            for (int i = 0; i < repeats; i++) {
                forwarded.add(timeCli(kumo("--data-dir", data.root().toString(), "task", "list", "--json"), tasks));
            }
            System.out.printf("kumo task list --json, forwarded to a running instance: %s ms (target < 1000 ms)%n", millis(forwarded));
        } finally {
            instance.destroy();
            if (!instance.waitFor(30, TimeUnit.SECONDS)) {
                instance.destroyForcibly();
            }
        }
    }

    /** CPU of a {@code --headless} instance over the idle seconds (from /proc), after as many seconds to settle. */
    private static void idleCpuOf(Process instance, int seconds) throws Exception {
        TimeUnit.SECONDS.sleep(seconds);
        long before = cpuTicks(instance.pid());
        long start = System.nanoTime();
        TimeUnit.SECONDS.sleep(seconds);
        double share = 100.0 * (cpuTicks(instance.pid()) - before) * 10_000_000 / (System.nanoTime() - start); // 100 ticks/s
        System.out.printf("idle CPU of kumo --headless over %d s: %.2f %% of a core (target < 1 %%); RSS %d MB%n", seconds,
                share, residentKilobytes(instance.pid()) / 1024);
    }

    /** utime + stime of a process, in clock ticks (1/100 s on Linux). */
    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** Wall time of one command; checks it listed the tasks (one "id" per task) when {@code tasks} > 0. */
    private static double timeCli(List<String> command, int tasks) throws Exception {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = process.getInputStream().readAllBytes();
        process.waitFor();
        double millis = (System.nanoTime() - start) / 1e6;
        String text = new String(out, StandardCharsets.UTF_8);
        int listed = text.split("\"id\"", -1).length - 1;
        if (process.exitValue() != 0 || (tasks > 0 && listed != tasks)) {
            throw new IllegalStateException("kumo " + command.subList(command.size() - 3, command.size()) + " answered "
                    + process.exitValue() + " with " + listed + " tasks listed of " + tasks);
        }
        return millis;
    }

    private static List<String> kumo(String... args) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"));
        Path jar = Path.of("target", "kumo.jar");
        if (Files.exists(jar)) {
            command.addAll(List.of("-jar", jar.toString()));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.kumo.Launcher"));
        }
        command.addAll(List.of(args));
        return command;
    }

    static long residentKilobytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
