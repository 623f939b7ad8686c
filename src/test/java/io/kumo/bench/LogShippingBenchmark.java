package io.kumo.bench;

import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.logs.LiveLog;
import io.kumo.logs.LogChunks;
import io.kumo.logs.LogFollow;
import io.kumo.logs.LogShipper;
import io.kumo.logs.RemoteLogCopies;
import io.kumo.logs.RunLogSource;
import io.kumo.storage.StorageHealth;
import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import io.kumo.testkit.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Run logs across nodes: a real process writes N MB of log lines as fast as it can, each line stamped with its write
 * time; node a's {@link LogShipper} ships it every second to the database; a reader on "node b" follows the run with
 * {@link LiveLog} through its {@link RunLogSource} (the REST stream's and {@code kumo logs --follow}'s path). Prints
 * the shipping throughput, the delay from a line's write to node b's reading it (p50/p99 over all lines, and for the
 * last line after the process ended), and the table's bytes per MB of log.
 *
 * <p>Arguments: {@code MB [postgres|h2]} (default {@code 64 postgres}). PostgreSQL runs on a {@link PostgresServer}
 * (durable); where {@code Database} cannot open PostgreSQL (or its binaries are missing) it says so and uses H2.
 */
public final class LogShippingBenchmark {

    private static final int LINE_BYTES = 100;

    private LogShippingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        boolean postgres = args.length <= 1 || args[1].equals("postgres");
        Path dir = Files.createTempDirectory("kumo-log-shipping");
        PostgresServer server = null;
        Database database;
        String on;
        try {
            if (postgres && PostgresServer.available()) {
                server = PostgresServer.start(true);
                database = Database.open(server.newDatabase(), StorageHealth.of(dir, Clock.systemUTC()));
                on = "PostgreSQL (durable)";
            } else {
                database = Database.open(dir.resolve("db"));
                on = "H2";
            }
            try {
                measure(database, on, megabytes, dir);
            } finally {
                database.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
            io.kumo.common.FileTrees.delete(dir);
        }
    }

    private static void measure(Database database, String on, int megabytes, Path dir) throws Exception {
        Task task = new Task("flood", "python3 flood.py");
        task.setCreatedAt(Instant.now());
        task.setUpdatedAt(Instant.now());
        StoreException.unchecked(() -> database.tasks().create(task));
        Run run = new Run(task.getId(), task.getName(), TriggerKind.MANUAL, Instant.now(), RunStatus.RUNNING);
        run.setNode("a");
        Path log = dir.resolve("a").resolve(run.getTaskId() + ".log");
        Files.createDirectories(log.getParent());
        run.setLogPath(log.toString());
        StoreException.unchecked(() -> database.runs().create(run));
        AtomicReference<Run> record = new AtomicReference<>(run);

        LogChunks chunks = new LogChunks(database);
        LogShipper shipper = LogShipper.onOwnThread(chunks, "a");
        RunLogSource nodeB = RunLogSource.clustered(chunks, "b", new RemoteLogCopies(dir.resolve("b").resolve("remote")));
        List<Long> delays = Collections.synchronizedList(new ArrayList<>());
        long[] lastSeenAt = {0};
        Thread reader = Thread.ofPlatform().name("node-b-reader").start(() -> follow(nodeB, record, delays, lastSeenAt));

        shipper.runChanged(run);
        shipper.start(LogShipper.EVERY);
        long started = System.nanoTime();
        Process writer = new ProcessBuilder("python3", "-c", """
                import sys, time
                total = int(sys.argv[1]); pad = "x" * 200; written = 0
                with open(sys.argv[2], "w") as out:
                    while written < total:
                        line = "%d %s\\n" % (time.time_ns() // 1000, pad[:int(sys.argv[3]) - 18])
                        out.write(line); written += len(line)
                """, Long.toString(megabytes * 1_048_576L), log.toString(), Integer.toString(LINE_BYTES)).inheritIO().start();
        int exit = writer.waitFor();
        long written = System.nanoTime();
        long endedMicros = System.currentTimeMillis() * 1000;
        long size = Files.size(log);
        Run ended = run.copy();
        ended.setStatus(RunStatus.SUCCESS);
        StoreException.unchecked(() -> database.runs().update(ended));
        record.set(ended);
        shipper.runChanged(ended);
        while (chunks.shippedEnd(run.getId()) < size) {
            Thread.sleep(20);
        }
        long shipped = System.nanoTime();
        reader.join();
        shipper.close();

        List<Long> sorted = new ArrayList<>(delays);
        Collections.sort(sorted);
        double mb = size / 1_048_576.0;
        System.out.printf("Run logs across nodes on %s: %.1f MB in %d lines of %d bytes (writer exit %d)%n", on, mb,
                sorted.size(), LINE_BYTES, exit);
        System.out.printf("  writer: %.1f MB/s; all shipped %.2f s after the start: %.1f MB/s shipped end to end%n",
                mb / seconds(written - started), seconds(shipped - started), mb / seconds(shipped - started));
        System.out.printf("  node b saw a line after its write: p50 %.0f ms, p99 %.0f ms, max %.0f ms; the last line %.0f ms "
                        + "after the writer ended%n", percentile(sorted, 0.50) / 1000.0, percentile(sorted, 0.99) / 1000.0,
                sorted.isEmpty() ? 0 : sorted.getLast() / 1000.0, (lastSeenAt[0] - endedMicros) / 1000.0);
        System.out.printf("  table: %.2f MB stored per MB of log (%s)%n", tableBytes(database, on) / 1_048_576.0 / mb,
                on.startsWith("H2") ? "H2: the pieces' data bytes" : "pg_total_relation_size, TOAST included");
        shipAgainByHand(database, chunks, nodeB, run, mb);
    }

    /** The same log shipped whole in one round under a new run, then fetched whole on node b: the raw rates. */
    private static void shipAgainByHand(Database database, LogChunks chunks, RunLogSource nodeB, Run shipped, double mb)
            throws Exception {
        Run again = new Run(shipped.getTaskId(), shipped.getTaskName(), TriggerKind.MANUAL, Instant.now().plusSeconds(1),
                RunStatus.RUNNING);
        again.setNode("a");
        again.setLogPath(shipped.getLogPath());
        StoreException.unchecked(() -> database.runs().create(again));
        var thread = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        try {
            LogShipper byHand = new LogShipper(chunks, "a", thread);
            byHand.runChanged(again);
            long start = System.nanoTime();
            byHand.shipNow();
            long shippedAt = System.nanoTime();
            Run ended = again.copy();
            ended.setStatus(RunStatus.SUCCESS);
            nodeB.open(ended);
            long fetchedAt = System.nanoTime();
            System.out.printf("  one round shipping the whole log: %.1f MB/s; node b fetching it whole: %.1f MB/s%n",
                    mb / seconds(shippedAt - start), mb / seconds(fetchedAt - shippedAt));
        } finally {
            thread.shutdownNow();
        }
    }

    /** Node b following the run as the REST stream does: the log every 200 ms, the record (and the copy) every second. */
    private static void follow(RunLogSource nodeB, AtomicReference<Run> record, List<Long> delays, long[] lastSeenAt) {
        LiveLog live = new LiveLog(id -> Optional.of(record.get()), nodeB::followed, Duration.ofMillis(200), Duration.ofMinutes(5));
        try {
            live.follow(record.get().getId(), 0, new LiveLog.Reader() {
                @Override
                public void lines(List<LogFollow.Line> lines) {
                    long now = System.currentTimeMillis() * 1000;
                    for (LogFollow.Line line : lines) {
                        int space = line.text().indexOf(' ');
                        if (space > 0) {
                            delays.add(now - Long.parseLong(line.text().substring(0, space)));
                        }
                    }
                    lastSeenAt[0] = now;
                }

                @Override
                public void keepAlive() {
                }

                @Override
                public void ended(Run run) {
                }
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long tableBytes(Database database, String on) {
        String sql = on.startsWith("H2") ? "SELECT SUM(OCTET_LENGTH(data)) FROM run_log_chunks"
                : "SELECT pg_total_relation_size('run_log_chunks')";
        return StoreException.unchecked(() -> database.withConnection(connection -> {
            try (var rows = connection.createStatement().executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            }
        }));
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size())));
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
