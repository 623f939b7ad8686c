package io.kumo.bench;

import atlantafx.base.theme.PrimerLight;
import io.kumo.app.KumoCore;
import io.kumo.common.Actor;
import io.kumo.config.DataDirectory;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.settings.Settings;
import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.ui.KumoApp;
import io.kumo.ui.common.DialogService;
import io.kumo.ui.common.VirtualThreadBackground;
import io.kumo.ui.logs.LogsServices;
import io.kumo.ui.logs.LogsView;
import io.kumo.ui.logs.LogsViewModel;
import io.kumo.ui.runs.LogLineCell;
import io.kumo.ui.runs.RunRow;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

/**
 * The log viewer following a flood: a real task whose python3 child prints {@code rate} timestamped lines of about
 * 100 characters a second for {@code seconds}, started through the engine on a real core in a temporary data
 * directory, and the real Logs pane (JavaFX's headless platform, software rendering) opened on that run with Follow
 * on, as a user watching it would have it. Measures the FX pulse gaps (an {@link AnimationTimer}), how far the lines
 * in view trail the file (lines and ms), whether the last line written is shown after the run ends, and memory:
 * VmRSS over time, heap after a collection at the start and the end. The run's log cap is raised to fit the flood, so
 * the file holds every line as it is written.
 *
 * <p>Arguments: lines per second (10000), seconds (60), and seconds the run writes before the log is opened (0: as
 * soon as it runs; more opens a log that is already many MB). The window first settles (its own start-up pulses are
 * not the viewer's: the benchmark waits until a second of pulses has no gap over {@value #SETTLED_GAP_MS} ms), then
 * the anchor is the same window and pane with no run open (pulse gaps while idle), measured in the same invocation.
 * The opening of the log (its first second) is reported apart from the steady following after it.
 */
public final class LogViewerBenchmark {

    private static final Pattern SEQ = Pattern.compile("seq=(\\d+)");
    private static final int LINE_LENGTH = 100;
    /** A window has settled once a whole second of its pulses has no gap over this. */
    private static final int SETTLED_GAP_MS = 25;
    private static final int SETTLE_LIMIT_SECONDS = 20;

    private LogViewerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int openAfter = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        Path dir = Files.createTempDirectory("kumo-logviewer-bench");
        boolean ownToolkit = startToolkit();
        try (KumoCore core = KumoCore.open(new DataDirectory(dir), Clock.systemUTC(), new Actor("bench@localhost"))) {
            new LogViewerBenchmark().measure(core, dir, rate, seconds, openAfter);
        } finally {
            deleteTree(dir);
            if (ownToolkit) {
                Platform.exit();
            }
        }
    }

    /** Starts JavaFX unless this JVM already runs it (the smoke test's, after TestFX); true if it started it. */
    private static boolean startToolkit() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        boolean own = true;
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            own = false;
            Platform.runLater(started::countDown);
        }
        started.await();
        Platform.setImplicitExit(false);
        return own;
    }

    private void measure(KumoCore core, Path dir, int rate, int seconds, int openAfter) throws Exception {
        Path script = dir.resolve("flood.py");
        Files.writeString(script, FLOOD);
        // the default cap (50 MB) keeps a longer flood's end in memory until the run ends: the file, not the viewer, would lag
        core.settings().set(Settings.LOG_CAP_MB, Math.max(50, (int) ((long) rate * seconds * LINE_LENGTH * 2 >> 20)));
        Task task = core.tasks().create(new Task("flood", "python3 " + script + " " + rate + " " + seconds));
        core.startEngine(new OsProcessLauncher(), System.getenv());
        VirtualThreadBackground background = new VirtualThreadBackground();
        long shownAt = System.nanoTime();
        Window window = onFx(() -> openWindow(core, background));
        PulseGaps startUp = window.gaps.settle(Math.min(SETTLE_LIMIT_SECONDS, Math.max(3, seconds))); // a smoke run waits less
        double settledAfter = (System.nanoTime() - shownAt) / 1e9;

        FxCpu idleCpu = new FxCpu();
        PulseGaps idle = window.gaps.measureFor(Math.min(5, Math.max(2, seconds / 4)));
        String idleBusy = idleCpu.total();
        long heapStart = heapAfterGc();
        MemorySamples memory = new MemorySamples();
        memory.sample();

        Run run = core.engine().orElseThrow().runNow(task);
        RunRow running = waitForRunning(core, run.getId());
        Path log = Path.of(core.runHistory().find(run.getId()).orElseThrow().getLogPath());
        Thread.sleep(openAfter * 1000L);
        long bytesAtOpen = Files.exists(log) ? Files.size(log) : 0;
        window.gaps.reset();
        long openedAt = System.currentTimeMillis();
        onFx(() -> {
            window.view.model().open(running);
            return null;
        });

        FxCpu floodCpu = new FxCpu();
        StringBuilder cpuTimeline = new StringBuilder();
        long nextCpuAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        Lag lag = new Lag();
        long started = System.nanoTime();
        while (!ended(core, run.getId())) {
            Thread.sleep(250);
            memory.sample();
            long written = lastSeq(log);
            long shown = onFx(() -> window.lastShownSeq());
            if (System.nanoTime() - started > TimeUnit.SECONDS.toNanos(1)) {
                lag.add(written, shown);
            }
            if (System.nanoTime() >= nextCpuAt) {
                cpuTimeline.append(cpuTimeline.isEmpty() ? "" : " ").append(floodCpu.sinceLast());
                nextCpuAt += TimeUnit.SECONDS.toNanos(5);
            }
        }
        PulseGaps flood = window.gaps.snapshot();
        String floodBusy = floodCpu.total();
        long endedNanos = System.nanoTime();
        long lastWritten = lastSeq(log);
        long tailShownAfterMs = -1;
        while (System.nanoTime() - endedNanos < TimeUnit.SECONDS.toNanos(10)) {
            if (onFx(window::lastShownSeq) >= lastWritten && onFx(window::showsDone)) {
                tailShownAfterMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - endedNanos);
                break;
            }
            Thread.sleep(50);
        }
        memory.sample();
        long fileLines = lineCount(log);
        int viewerLines = onFx(() -> window.view.model().details().log().lineCountProperty().get());
        String notice = onFx(() -> window.view.model().details().log().noticeProperty().get());
        String inView = Boolean.getBoolean("bench.debug") ? onFx(window::debugCells) : "";
        long heapEnd = heapAfterGc();
        onFx(() -> {
            window.close();
            return null;
        });
        background.close();

        System.out.printf("Log viewer following %,d lines/s for %d s (%s, %d cores, glass.platform=%s)%n", rate, seconds,
                Runtime.version(), Runtime.getRuntime().availableProcessors(), System.getProperty("glass.platform"));
        System.out.printf("  window start-up until settled (a second without a gap over %d ms): %.1f s, %s%n", SETTLED_GAP_MS,
                settledAfter, startUp.summary());
        System.out.println("  anchor, same window idle (no run open): " + idle.summary() + "; FX thread CPU/run-queue wait " + idleBusy + " ms/s");
        System.out.printf("  log opened %d s after the run started, its file then %,d bytes%n", openAfter, bytesAtOpen);
        System.out.println("  opening, its first second:             " + flood.until(openedAt + 1_000).summary());
        System.out.println("  following, after its first second:     " + flood.since(openedAt + 1_000).summary());
        System.out.println("  following the flood (whole):           " + flood.summary() + "; FX thread CPU/run-queue wait " + floodBusy + " ms/s");
        System.out.println("  following, after its first 10 s:       " + flood.since(openedAt + 10_000).summary());
        System.out.println("  longest gaps in the opening second: " + flood.until(openedAt + 1_000).longGaps(12, flood.until(openedAt + 1_000).nanos()));
        System.out.println("  FX thread CPU/run-queue wait (ms/s, every 5 s): " + cpuTimeline);
        System.out.println("  longest gaps while following: " + flood.longGaps(12, flood.nanos()));
        System.out.println("  gaps with the most FX CPU while following: " + flood.longGaps(8, flood.cpuNanos()));
        System.out.printf("  lines: written %,d (file %,d lines), the viewer counts %,d; tail (seq %,d + done) shown %s%n",
                lastWritten + 1, fileLines, viewerLines, lastWritten,
                tailShownAfterMs < 0 ? "NOT within 10 s of the run's end" : tailShownAfterMs + " ms after the run ended");
        System.out.println("  viewer lag behind the file while following: " + lag.summary(rate));
        System.out.println("  viewer notice: '" + notice + "'" + (inView.isEmpty() ? "" : "; in view: " + inView));

        System.out.printf("  RSS: start %d MB, peak %d MB, end %d MB; heap after GC: start %d MB, end %d MB%n",
                memory.start / 1024, memory.peak / 1024, memory.last / 1024, heapStart >> 20, heapEnd >> 20);
        System.out.println("  RSS over time (MB, every 5 s): " + memory.timeline());
    }

    // ---- the window ----

    private Window openWindow(KumoCore core, VirtualThreadBackground background) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Stage stage = new Stage();
        LogsView view = new LogsView(new LogsViewModel(new LogsServices(core.runHistory(), core.tasks()::list,
                core.projectService()::list, core.engine(), core.settings(), core.maintenance(), core.logDiskUsage(),
                ZoneId.systemDefault()), background, new DialogService(stage)));
        Scene scene = new Scene(new javafx.scene.layout.StackPane(view.getRoot()), 1400, 900);
        scene.getStylesheets().add(KumoApp.class.getResource("kumo.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        view.onShow();
        Window window = new Window(stage, view);
        window.gaps.start();
        return window;
    }

    private static final class Window {
        final Stage stage;
        final LogsView view;
        final PulseTimer gaps = new PulseTimer();

        Window(Stage stage, LogsView view) {
            this.stage = stage;
            this.view = view;
        }

        private ListView<?> list;

        private Stream<LogLineCell> cells() {
            if (list == null) {
                list = (ListView<?>) view.getRoot().lookup("#log-view"); // once: a lookup walks the whole pane
            }
            return list.lookupAll(".log-line").stream().filter(LogLineCell.class::isInstance).map(LogLineCell.class::cast)
                    .filter(cell -> cell.isVisible() && cell.getItem() != null && !cell.lineText().isEmpty());
        }

        /** The highest sequence number among the lines in view (-1 if none shows yet). */
        long lastShownSeq() {
            return cells().mapToLong(cell -> seqOf(cell.lineText())).max().orElse(-1L);
        }

        String debugCells() {
            @SuppressWarnings("unchecked")
            ListView<Integer> list = (ListView<Integer>) view.getRoot().lookup("#log-view");
            return list.getItems().size() + " items; " + list.lookupAll(".log-line").stream().map(LogLineCell.class::cast)
                    .map(cell -> cell.getItem() + (cell.isVisible() ? "" : "(hidden)") + ":" + cell.lineText())
                    .toList();
        }

        boolean showsDone() {
            return cells().anyMatch(cell -> cell.lineText().startsWith("flood done"));
        }

        void close() {
            gaps.stop();
            view.onHide();
            stage.close();
        }
    }

    /** Records the time between consecutive pulses (FX thread). */
    private static final class PulseTimer extends AnimationTimer {
        private long[] gaps = new long[4096];
        private long[] cpu = new long[4096];
        private long[] endedAt = new long[4096];
        private int count;
        private long last;
        private long lastCpu;

        @Override
        public void handle(long now) {
            long cpuNow = fxCpuNanos();
            if (last != 0) {
                if (count == gaps.length) {
                    gaps = Arrays.copyOf(gaps, count * 2);
                    cpu = Arrays.copyOf(cpu, count * 2);
                    endedAt = Arrays.copyOf(endedAt, count * 2);
                }
                gaps[count] = now - last;
                cpu[count] = cpuNow - lastCpu;
                endedAt[count++] = System.currentTimeMillis(); // wall clock, to find the gap in a JFR recording
            }
            last = now;
            lastCpu = cpuNow;
        }

        /** The FX thread's own CPU time: what a gap costs the viewer, whatever the machine's run queue adds. */
        private static long fxCpuNanos() {
            try {
                String stat = Files.readString(Path.of("/proc/thread-self/schedstat"));
                return Long.parseLong(stat.substring(0, stat.indexOf(' ')));
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }

        /**
         * Waits until a whole second of pulses has no gap over {@value #SETTLED_GAP_MS} ms (at most {@code limit} s) and
         * returns every gap until then: the window's own start-up.
         */
        PulseGaps settle(int limit) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(limit);
            while (System.nanoTime() < deadline) {
                Thread.sleep(250);
                PulseGaps all = snapshot();
                long[] ended = all.endedAtMillis();
                if (ended.length > 0 && ended[ended.length - 1] - ended[0] >= 1_000
                        && all.since(ended[ended.length - 1] - 1_000).longest() <= TimeUnit.MILLISECONDS.toNanos(SETTLED_GAP_MS)) {
                    return all;
                }
            }
            return snapshot();
        }

        PulseGaps measureFor(int seconds) throws Exception {
            reset();
            Thread.sleep(seconds * 1000L);
            return snapshot();
        }

        void reset() throws Exception {
            onFx(() -> {
                count = 0;
                last = 0;
                lastCpu = 0;
                return null;
            });
        }

        PulseGaps snapshot() throws Exception {
            return onFx(() -> new PulseGaps(Arrays.copyOf(gaps, count), Arrays.copyOf(cpu, count), Arrays.copyOf(endedAt, count)));
        }
    }

    /** The gaps between pulses (ns), the FX thread's CPU time in each (ns), and the instant (epoch ms) each ended. */
    private record PulseGaps(long[] nanos, long[] cpuNanos, long[] endedAtMillis) {
        String summary() {
            if (nanos.length == 0) {
                return "no pulses";
            }
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            long over50 = Arrays.stream(sorted).filter(gap -> gap > TimeUnit.MILLISECONDS.toNanos(50)).count();
            long[] cpu = cpuNanos.clone();
            Arrays.sort(cpu);
            long cpuOver50 = Arrays.stream(cpu).filter(used -> used > TimeUnit.MILLISECONDS.toNanos(50)).count();
            return String.format("%,d pulses, gap p50 %.1f ms, p99 %.1f ms, longest %.1f ms, gaps > 50 ms: %d; "
                    + "FX CPU per gap p50 %.1f ms, p99 %.1f ms, max %.1f ms, > 50 ms: %d", sorted.length, ms(sorted[sorted.length / 2]),
                    ms(p99(sorted)), ms(sorted[sorted.length - 1]), over50, ms(cpu[cpu.length / 2]), ms(p99(cpu)),
                    ms(cpu[cpu.length - 1]), cpuOver50);
        }

        /** The gaps that ended at or after {@code millis} (epoch ms): the steady part, past the first cells' warm-up. */
        PulseGaps since(long millis) {
            int from = 0;
            while (from < endedAtMillis.length && endedAtMillis[from] < millis) {
                from++;
            }
            return new PulseGaps(Arrays.copyOfRange(nanos, from, nanos.length), Arrays.copyOfRange(cpuNanos, from, cpuNanos.length),
                    Arrays.copyOfRange(endedAtMillis, from, endedAtMillis.length));
        }

        /** The gaps that ended before {@code millis} (epoch ms). */
        PulseGaps until(long millis) {
            int to = 0;
            while (to < endedAtMillis.length && endedAtMillis[to] < millis) {
                to++;
            }
            return new PulseGaps(Arrays.copyOf(nanos, to), Arrays.copyOf(cpuNanos, to), Arrays.copyOf(endedAtMillis, to));
        }

        long longest() {
            return Arrays.stream(nanos).max().orElse(0);
        }

        private static long p99(long[] sorted) {
            return sorted[(int) Math.min(sorted.length - 1, sorted.length * 0.99)];
        }

        /**
         * The gaps over 50 ms (at most {@code max}), longest first by {@code key} (the gap, or the FX CPU in it), with
         * when each ended: "HH:MM:SS.mmm 84 ms (CPU 3 ms)".
         */
        String longGaps(int max, long[] key) {
            long limit = TimeUnit.MILLISECONDS.toNanos(50);
            StringBuilder text = new StringBuilder();
            Integer[] order = new Integer[nanos.length];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, Comparator.comparingLong((Integer i) -> key[i]).reversed());
            DateTimeFormatter format = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);
            for (int i = 0; i < Math.min(max, order.length) && key[order[i]] > limit; i++) {
                text.append(text.isEmpty() ? "" : ", ").append(format.format(Instant.ofEpochMilli(endedAtMillis[order[i]])))
                        .append(String.format(" %.0f ms (CPU %.0f ms)", ms(nanos[order[i]]), ms(cpuNanos[order[i]])));
            }
            return text.isEmpty() ? "none" : text + " (UTC, when each ended)";
        }

        private static double ms(long nanos) {
            return nanos / 1e6;
        }
    }

    /**
     * The FX thread's CPU time and its wait for a CPU (run queue) since construction, per second of wall time, from
     * /proc/thread-self/schedstat read on that thread: what the viewer costs, and how much of a gap is the machine's load.
     */
    private static final class FxCpu {
        private long[] last;
        private long wallLast = System.nanoTime();
        private final long[] first;
        private final long wallFirst = wallLast;

        FxCpu() throws Exception {
            first = schedstat();
            last = first;
        }

        /** CPU and run-queue wait since the last call (for the timeline). */
        String sinceLast() throws Exception {
            long[] now = schedstat();
            long wall = System.nanoTime();
            String text = format(last, now, wall - wallLast);
            last = now;
            wallLast = wall;
            return text;
        }

        String total() throws Exception {
            return format(first, schedstat(), System.nanoTime() - wallFirst);
        }

        private static String format(long[] from, long[] to, long wallNanos) {
            double seconds = wallNanos / 1e9;
            return String.format("%.0f/%.0f", (to[0] - from[0]) / 1e6 / seconds, (to[1] - from[1]) / 1e6 / seconds);
        }

        private static long[] schedstat() throws Exception {
            return onFx(() -> {
                String[] fields = Files.readString(Path.of("/proc/thread-self/schedstat")).trim().split("\\s+");
                return new long[] {Long.parseLong(fields[0]), Long.parseLong(fields[1])};
            });
        }
    }

    /**
     * How far the lines in view trail the file. A sample in which no cell shows text (all placeholders while their
     * page is read) is counted apart: it has no "shown" line to measure from (before, it counted as the whole log).
     */
    private static final class Lag {
        private long[] lines = new long[256];
        private int count;
        private int placeholdersOnly;

        void add(long written, long shown) {
            if (shown < 0) {
                placeholdersOnly++;
                return;
            }
            long behind = written - shown;
            if (count == lines.length) {
                lines = Arrays.copyOf(lines, count * 2);
            }
            lines[count++] = behind;
        }

        String summary(int rate) {
            if (count == 0) {
                return "no sample with text in view; " + placeholdersOnly + " with placeholders only";
            }
            long[] sorted = Arrays.copyOf(lines, count);
            Arrays.sort(sorted);
            long median = sorted[count / 2];
            long max = sorted[count - 1];
            return String.format("median %,d lines (%d ms), max %,d lines (%d ms), last %,d lines (%d samples every 250 ms); "
                    + "samples with only placeholders in view: %d", median, median * 1000 / rate, max, max * 1000 / rate,
                    lines[count - 1], count, placeholdersOnly);
        }
    }

    private static final class MemorySamples {
        long start = -1;
        long peak;
        long last;
        private final StringBuilder timeline = new StringBuilder();
        private long nextTimelineAt;

        void sample() throws IOException {
            long rss = rssKb();
            if (start < 0) {
                start = rss;
            }
            peak = Math.max(peak, rss);
            last = rss;
            long now = System.nanoTime();
            if (now >= nextTimelineAt) {
                timeline.append(timeline.isEmpty() ? "" : " ").append(rss / 1024);
                nextTimelineAt = now + TimeUnit.SECONDS.toNanos(5);
            }
        }

        String timeline() {
            return timeline.toString();
        }
    }

    // ---- helpers ----

    private static RunRow waitForRunning(KumoCore core, long id) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Optional<Run> run = core.runHistory().find(id);
            if (run.isPresent() && run.get().getStatus() == RunStatus.RUNNING && run.get().getLogPath() != null) {
                return RunRow.of(run.get());
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("run #" + id + " did not start with a log within 30 s");
    }

    private static boolean ended(KumoCore core, long id) {
        return core.runHistory().find(id).map(run -> run.getStatus() != RunStatus.RUNNING && run.getStatus() != RunStatus.QUEUED)
                .orElse(true);
    }

    /** The sequence number of the last complete line of the log (-1 before the first). */
    private static long lastSeq(Path log) throws IOException {
        if (!Files.exists(log)) {
            return -1; // created with the first line
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long size = file.length();
            int tail = (int) Math.min(size, 4 * LINE_LENGTH);
            byte[] bytes = new byte[tail];
            file.seek(size - tail);
            file.readFully(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            long seq = -1;
            Matcher matcher = SEQ.matcher(text.substring(0, text.lastIndexOf('\n') + 1));
            while (matcher.find()) {
                seq = Long.parseLong(matcher.group(1));
            }
            return seq;
        }
    }

    private static long seqOf(String line) {
        Matcher matcher = SEQ.matcher(line);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }

    private static long lineCount(Path log) throws IOException {
        if (!Files.exists(log)) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(log)) {
            return lines.count();
        }
    }

    private static long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private interface FxCall<T> {
        T call() throws Exception;
    }

    private static <T> T onFx(FxCall<T> call) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(call.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** Prints RATE lines a second for SECONDS, paced every 10 ms, each ~100 characters with a timestamp and seq=N. */
    private static final String FLOOD = """
            import sys, time, datetime
            rate, seconds = int(sys.argv[1]), int(sys.argv[2])
            total = rate * seconds
            out = sys.stdout
            start = time.monotonic()
            seq = 0
            while seq < total:
                due = min(total, int((time.monotonic() - start) * rate) + 1)
                if due > seq:
                    stamp = datetime.datetime.now().isoformat(timespec='microseconds')
                    out.write(''.join('%s INFO worker-%d seq=%010d processed record batch, status=ok, payload bytes=%06d\\n'
                                      % (stamp, n % 8, n, (n * 7919) % 1000000) for n in range(seq, due)))
                    out.flush()
                    seq = due
                time.sleep(0.01)
            out.write('flood done\\n')
            """;
}
