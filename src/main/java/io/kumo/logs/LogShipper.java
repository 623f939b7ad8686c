package io.kumo.logs;

import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.engine.EngineListener;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ships the logs of this node's runs to the shared database ({@link LogChunks}) so that every other node can read
 * them: each tick, what the log files of the running runs gained since the last tick, in pieces of at most
 * {@link LogChunks#MAX_CHUNK} keyed by their file offset; at a run's end, the rest. All work happens on one thread (the
 * executor's); the engine only tells which runs run and end. A failed insert (the database down) ships nothing of that
 * run's batch: the next tick reads back where the shipped part ends and goes on from there, so nothing is lost or
 * doubled.
 */
public final class LogShipper implements EngineListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LogShipper.class);
    public static final Duration EVERY = Duration.ofSeconds(1);
    /** Ticks a run is still shipped after its end: Kumo's closing notice may land in its log just after the event. */
    static final int SETTLE_TICKS = 2;
    /** Pieces per transaction: a burst of megabytes goes in a few inserts of 4 MB, each acknowledged on its own. */
    private static final int CHUNKS_PER_INSERT = 16;
    private static final long UNKNOWN = -1;

    /** A run whose log is shipped; its fields but {@code ended} are touched by the shipping thread only. */
    private static final class Shipped {
        final Path log;
        long end = UNKNOWN;
        volatile boolean ended;
        int settle = SETTLE_TICKS;

        Shipped(Path log) {
            this.log = log;
        }
    }

    private final LogChunks chunks;
    private final String node;
    private final ScheduledExecutorService executor;
    private final boolean ownsExecutor;
    private final Map<Long, Shipped> runs = new ConcurrentHashMap<>();
    private ScheduledFuture<?> ticks;
    private boolean failing;

    /** @param executor runs every tick; it must have one thread (ticks never overlap) */
    public LogShipper(LogChunks chunks, String node, ScheduledExecutorService executor) {
        this(chunks, node, executor, false);
    }

    private LogShipper(LogChunks chunks, String node, ScheduledExecutorService executor, boolean ownsExecutor) {
        this.chunks = chunks;
        this.node = node;
        this.executor = executor;
        this.ownsExecutor = ownsExecutor;
    }

    /** A shipper on a daemon thread of its own, which {@link #close()} ends. */
    public static LogShipper onOwnThread(LogChunks chunks, String node) {
        return new LogShipper(chunks, node, Executors.newSingleThreadScheduledExecutor(runnable -> Thread.ofPlatform()
                .daemon().name("kumo-log-shipper").unstarted(runnable)), true);
    }

    /** A started shipper on its own thread when the database is shared (a cluster); empty on one machine alone. */
    public static java.util.Optional<LogShipper> startedIfShared(io.kumo.store.Database database, String node) {
        if (!database.shared()) {
            return java.util.Optional.empty();
        }
        LogShipper shipper = onOwnThread(new LogChunks(database), node);
        shipper.start(EVERY);
        return java.util.Optional.of(shipper);
    }

    /** Ships every {@code every} from now on. */
    public synchronized void start(Duration every) {
        if (ticks == null) {
            ticks = executor.scheduleWithFixedDelay(this::tickSafely, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void runChanged(Run run) {
        if (run.getLogPath() == null || run.getId() == null || (run.getNode() != null && !run.getNode().equals(node))) {
            return;
        }
        if (run.getStatus() == RunStatus.RUNNING) {
            runs.computeIfAbsent(run.getId(), id -> new Shipped(Path.of(run.getLogPath())));
        } else if (run.getStatus().isTerminal()) {
            runs.computeIfAbsent(run.getId(), id -> new Shipped(Path.of(run.getLogPath()))).ended = true;
            if (ticks != null) {
                executor.execute(this::tickSafely); // the rest goes out now, not up to a tick later
            }
        }
    }

    /** The runs being shipped now (ended ones leave a few ticks after their end). */
    public int shipping() {
        return runs.size();
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException e) {
            LOG.warn("Shipping run logs failed", e);
        }
    }

    /**
     * One round now: every tracked run's new bytes to the database. Only while the shipper is not started (tests and
     * benchmarks tick by hand), since ticks must never overlap.
     */
    public void shipNow() {
        if (ticks != null) {
            throw new IllegalStateException("the shipper ticks on its own thread");
        }
        tick();
    }

    /** One round: every tracked run's new bytes to the database; on the shipping thread. */
    void tick() {
        boolean failed = false;
        for (Map.Entry<Long, Shipped> entry : runs.entrySet()) {
            Shipped run = entry.getValue();
            boolean ended = run.ended;
            try {
                ship(entry.getKey(), run);
                if (ended && --run.settle <= 0) {
                    chunks.markEnd(entry.getKey(), run.end);
                    runs.remove(entry.getKey());
                }
            } catch (IOException e) {
                LOG.warn("Cannot read the log {} to ship it", run.log, e);
                if (ended) {
                    runs.remove(entry.getKey()); // readers following it stop waiting for its end after a few seconds
                }
            } catch (RuntimeException e) {
                failed = true;
                run.end = UNKNOWN; // did the last insert land? The database says at the next tick
                if (!failing) {
                    LOG.warn("Cannot ship run logs to the database; retrying every tick", e);
                }
            }
        }
        if (failing && !failed) {
            LOG.info("Shipping run logs to the database again");
        }
        failing = failed;
    }

    private void ship(long runId, Shipped run) throws IOException {
        if (run.end == UNKNOWN) {
            run.end = chunks.shippedEnd(runId);
        }
        try (FileChannel file = FileChannel.open(run.log, StandardOpenOption.READ)) {
            long size = file.size();
            while (run.end < size) {
                List<LogChunks.Chunk> batch = new ArrayList<>();
                long at = run.end;
                while (at < size && batch.size() < CHUNKS_PER_INSERT) {
                    byte[] piece = read(file, at, (int) Math.min(LogChunks.MAX_CHUNK, size - at));
                    if (piece.length == 0) {
                        break; // the file ended early (truncated): ship what there is
                    }
                    batch.add(new LogChunks.Chunk(at, piece));
                    at += piece.length;
                }
                if (batch.isEmpty()) {
                    break;
                }
                chunks.insert(runId, batch);
                run.end = at;
            }
        } catch (NoSuchFileException e) {
            // no output yet
        }
    }

    private static byte[] read(FileChannel file, long at, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining() && file.read(buffer, at + buffer.position()) > 0) {
            // until the piece is full or the file ends
        }
        return buffer.hasRemaining() ? java.util.Arrays.copyOf(buffer.array(), buffer.position()) : buffer.array();
    }

    /** Stops ticking and ships what the logs gained since the last tick (bounded wait), then ends its own thread. */
    @Override
    public void close() {
        synchronized (this) {
            if (ticks != null) {
                ticks.cancel(false);
            }
        }
        try {
            executor.submit(this::tickSafely).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | java.util.concurrent.RejectedExecutionException e) {
            LOG.warn("The last shipping of run logs did not finish", e);
        }
        if (ownsExecutor) {
            executor.shutdownNow();
        }
    }
}
