package io.kumo.logs;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two "nodes" on one database: node a runs a run (its log file written by the test, shipped by a's {@link LogShipper}
 * tick by tick), node b reads it through its {@link RunLogSource} from its own data directory. The H2 and PostgreSQL
 * subclasses give the database.
 */
abstract class RunLogsAcrossNodesContract {

    static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    @TempDir
    Path dir;
    Database database;
    ScheduledExecutorService executor;
    LogChunks chunks;
    LogShipper shipperA;
    RunLogSource sourceB;
    RemoteLogCopies copiesB;
    Task task;

    /** A fresh, migrated database for one test. */
    abstract Database openDatabase(Path folder) throws Exception;

    @BeforeEach
    void twoNodes() throws Exception {
        database = openDatabase(dir.resolve("db"));
        chunks = new LogChunks(database);
        executor = Executors.newSingleThreadScheduledExecutor();
        shipperA = new LogShipper(chunks, "a", executor); // never started: the test ticks by hand
        copiesB = new RemoteLogCopies(dir.resolve("b").resolve("logs").resolve("remote"));
        sourceB = RunLogSource.clustered(chunks, "b", copiesB);
        task = new Task("job", "python3 job.py");
        task.setCreatedAt(T0);
        task.setUpdatedAt(T0);
        StoreException.unchecked(() -> database.tasks().create(task));
    }

    @AfterEach
    void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aLogShippedByNodeAIsReadByteForByteOnNodeBWithItsPartialLastLine() throws IOException {
        Run run = running("a");
        byte[] first = text(700_000); // more than two pieces
        append(run, first);
        shipperA.runChanged(run);
        shipperA.tick();
        byte[] rest = "último renglón sin fin de línea ✓".getBytes(StandardCharsets.UTF_8);
        append(run, rest);
        shipperA.runChanged(ended(run));
        shipperA.tick();

        boolean completeBeforeItsEndWasMarked = sourceB.open(ended(run)).complete();
        shipperA.tick(); // the settling tick after the end marks the log shipped whole

        RunLogSource.LogFile read = sourceB.open(ended(run));

        assertThat(read.path()).isEqualTo(copiesB.of(run.getId()));
        assertThat(Files.readAllBytes(read.path())).isEqualTo(concat(first, rest));
        assertThat(read.noteIfAny()).isEmpty();
        assertThat(completeBeforeItsEndWasMarked).isFalse();
        assertThat(read.complete()).isTrue();
        assertThat(shipperA.shipping()).isZero();
    }

    @Test
    void nodeAReadsItsOwnFileAndNodeBOnlyFetchesTheMissingTail() throws IOException {
        Run run = running("a");
        append(run, "one\ntwo\n".getBytes(StandardCharsets.UTF_8));
        shipperA.runChanged(run);
        shipperA.tick();
        assertThat(sourceB.open(run).path()).hasContent("one\ntwo\n");
        chunks.deleteRuns(List.of(run.getId())); // fetched before: a read that fetched it again would now lose it

        append(run, "three\n".getBytes(StandardCharsets.UTF_8));
        shipperA.tick();

        assertThat(sourceB.open(run).path()).hasContent("one\ntwo\nthree\n");
        assertThat(RunLogSource.clustered(chunks, "a", copiesB).open(run).path()).isEqualTo(Path.of(run.getLogPath()));
    }

    @Test
    void aRunWhoseNodeShippedNothingYetReadsAsAnEmptyLogWithANote() throws IOException {
        Run run = running("a");

        RunLogSource.LogFile read = sourceB.open(run);

        assertThat(read.path()).isEmptyFile();
        assertThat(read.noteIfAny()).hasValueSatisfying(note -> assertThat(note).contains("node a"));
    }

    @Test
    void aLiveLogFollowedFromNodeBSeesEachNewLineWithinATickOfItsShipping() throws IOException {
        Run run = running("a");
        shipperA.runChanged(run);
        long[] now = {0};
        int[] pauses = {0};
        List<String> seen = new ArrayList<>();
        List<Integer> seenAtPause = new ArrayList<>();
        LiveLog live = new LiveLog(id -> Optional.of(pauses[0] >= 6 ? ended(run) : run), sourceB::file,
                Duration.ofMillis(200), Duration.ofSeconds(60), Duration.ofMillis(200), () -> now[0], pause -> {
                    now[0] += pause.toNanos();
                    pauses[0]++;
                    if (pauses[0] <= 5) {
                        append(run, ("line " + pauses[0] + "\n").getBytes(StandardCharsets.UTF_8));
                        shipperA.tick(); // node a's tick after the line was written
                    }
                });

        live.follow(run.getId(), 0, new LiveLog.Reader() {
            @Override
            public void lines(List<LogFollow.Line> lines) {
                lines.forEach(line -> {
                    seen.add(line.text());
                    seenAtPause.add(pauses[0]);
                });
            }

            @Override
            public void keepAlive() {
            }

            @Override
            public void ended(Run done) {
            }
        });

        assertThat(seen).containsExactly("line 1", "line 2", "line 3", "line 4", "line 5");
        assertThat(seenAtPause).containsExactly(1, 2, 3, 4, 5); // each at the first read after its tick
    }

    @Test
    void aDatabaseOutageWhileShippingLosesNothingOnceItIsBack() throws Exception {
        Run run = running("a");
        byte[] before = text(300_000);
        append(run, before);
        shipperA.runChanged(run);
        shipperA.tick();
        renameChunks("run_log_chunks", "run_log_chunks_away"); // every insert fails from here
        byte[] during = text(400_000);
        append(run, during);
        shipperA.tick();
        shipperA.tick();
        assertThat(rowsIn("run_log_chunks_away")).isEqualTo(2); // the two pieces shipped before, nothing since
        byte[] after = "back again\n".getBytes(StandardCharsets.UTF_8);
        append(run, after);
        shipperA.runChanged(ended(run));

        renameChunks("run_log_chunks_away", "run_log_chunks");
        shipperA.tick();

        assertThat(Files.readAllBytes(sourceB.open(ended(run)).path())).isEqualTo(concat(before, during, after));
    }

    @Test
    void deletingARunDeletesItsShippedPiecesAndNodeBsCopy() throws IOException {
        Run run = endedRun("a", T0.minus(Duration.ofDays(40)));
        Run kept = endedRun("a", T0.minus(Duration.ofDays(1)));
        sourceB.open(run);
        sourceB.open(kept);

        new RunPruner(database, dir.resolve("outputs"), copiesB).deleteEndedBefore(T0.minus(Duration.ofDays(30)));

        assertThat(chunksOf(run)).isZero();
        assertThat(copiesB.of(run.getId())).doesNotExist();
        assertThat(chunksOf(kept)).isPositive();
        assertThat(copiesB.of(kept.getId())).exists();
    }

    @Test
    void deletingARunsLogDeletesItsShippedPiecesAndCopiesTooAndOldCopiesArePruned() throws IOException {
        Run doomed = endedRun("a", T0.minus(Duration.ofDays(2)));
        Run stale = endedRun("a", T0.minus(Duration.ofDays(2)));
        Run fresh = endedRun("a", T0.minus(Duration.ofDays(2)));
        LogRetention retentionA = new LogRetention(database, dir.resolve("a").resolve("runs"), copiesB);
        sourceB.open(doomed);
        sourceB.open(stale);
        sourceB.open(fresh);
        Files.setLastModifiedTime(copiesB.of(stale.getId()), FileTime.from(T0.minus(Duration.ofDays(8))));
        Files.setLastModifiedTime(copiesB.of(fresh.getId()), FileTime.from(T0.minus(Duration.ofDays(6))));

        retentionA.deleteLogsOf(List.of(doomed.getId()));
        int pruned = retentionA.deleteCopiesOlderThan(T0.minus(LogRetention.REMOTE_COPY_DAYS));

        assertThat(chunksOf(doomed)).isZero();
        assertThat(copiesB.of(doomed.getId())).doesNotExist();
        assertThat(pruned).isEqualTo(1);
        assertThat(copiesB.of(stale.getId())).doesNotExist();
        assertThat(copiesB.of(fresh.getId())).exists();
        assertThat(chunksOf(stale)).isPositive(); // a copy is a cache: the log itself stays
    }

    /** A RUNNING run of {@code node} with its (not yet existing) log file in node a's run logs. */
    Run running(String node) {
        return running(node, T0);
    }

    private int runsMade;

    Run running(String node, Instant scheduled) {
        Run run = new Run(task.getId(), task.getName(), TriggerKind.CRON, scheduled.plusMillis(runsMade++),
                RunStatus.RUNNING);
        run.setNode(node);
        StoreException.unchecked(() -> database.runs().create(run));
        run.setLogPath(dir.resolve("a").resolve("runs").resolve(task.getId().toString()).resolve(run.getId() + ".log").toString());
        StoreException.unchecked(() -> database.runs().update(run));
        return run;
    }

    /** A run of {@code node} that ended at {@code scheduled}, its log shipped whole. */
    Run endedRun(String node, Instant scheduled) throws IOException {
        Run run = running(node, scheduled);
        append(run, text(1000));
        shipperA.runChanged(run);
        Run ended = ended(run);
        ended.setEndedAt(scheduled.plusSeconds(5));
        StoreException.unchecked(() -> database.runs().update(ended));
        Files.setLastModifiedTime(Path.of(run.getLogPath()), FileTime.from(scheduled.plusSeconds(5)));
        shipperA.runChanged(ended);
        shipperA.tick();
        return ended;
    }

    static Run ended(Run run) {
        Run ended = run.copy();
        ended.setStatus(RunStatus.SUCCESS);
        return ended;
    }

    static void append(Run run, byte[] bytes) {
        try {
            Path log = Path.of(run.getLogPath());
            Files.createDirectories(log.getParent());
            Files.write(log, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Lines of printable text, {@code size} bytes in all. */
    static byte[] text(int size) {
        Random random = new Random(size);
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = i % 80 == 79 ? (byte) '\n' : (byte) ('a' + random.nextInt(26));
        }
        return bytes;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    long rowsIn(String table) {
        return StoreException.unchecked(() -> database.withConnection(connection -> {
            try (var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                rows.next();
                return rows.getLong(1);
            }
        }));
    }

    long chunksOf(Run run) {
        return StoreException.unchecked(() -> database.withConnection(connection -> {
            try (var query = connection.prepareStatement("SELECT COUNT(*) FROM run_log_chunks WHERE run_id = ?")) {
                query.setLong(1, run.getId());
                try (var rows = query.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        }));
    }

    void renameChunks(String from, String to) {
        StoreException.unchecked(() -> database.withConnection(connection -> {
            try (var statement = connection.createStatement()) {
                return statement.executeUpdate("ALTER TABLE " + from + " RENAME TO " + to);
            }
        }));
    }
}
