package io.kumo.storage;

import io.kumo.common.Observable;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the disk holding the data directory can take Kumo's writes. A write is refused up front when less than
 * {@link #RESERVE_BYTES} are free (so a half-written change never happens), and a failed write is classified: a full
 * disk sets the state to full and starts a probe that checks the free space every {@link #PROBE_EVERY} until it is
 * back; then the state returns to {@link StorageState#OK} and its listeners (the engine records what it could not,
 * the window drops its banner) act. A running instance {@link #watch watches} all the time. Any other failure is left
 * to the caller.
 */
public final class StorageHealth implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StorageHealth.class);
    /** Below this much free space Kumo treats the disk as full: H2 grows its file in chunks, logs need room too. */
    public static final long RESERVE_BYTES = 1024 * 1024;
    public static final Duration PROBE_EVERY = Duration.ofSeconds(2);

    /** The free space on the disk holding the data directory. */
    @FunctionalInterface
    public interface FreeSpace {
        long usableBytes() throws IOException;

        /**
         * The file store is looked up once (that reads the mount table: about 0.5-0.9 ms), then each reading is one
         * statvfs (10-30 us).
         */
        static FreeSpace of(Path folder) {
            AtomicReference<FileStore> store = new AtomicReference<>();
            return () -> {
                FileStore known = store.get();
                if (known == null) {
                    known = Files.getFileStore(folder);
                    store.set(known);
                }
                return known.getUsableSpace();
            };
        }
    }

    private final Path dataRoot;
    private final FreeSpace space;
    private final Clock clock;
    private final Observable<StorageState> state = new Observable<>(StorageState.OK);
    private ScheduledExecutorService prober;
    private ScheduledFuture<?> probing;
    private boolean watching;
    private boolean closed;

    public StorageHealth(Path dataRoot, FreeSpace space, Clock clock) {
        this.dataRoot = dataRoot;
        this.space = space;
        this.clock = clock;
    }

    public static StorageHealth of(Path dataRoot, Clock clock) {
        return new StorageHealth(dataRoot, FreeSpace.of(dataRoot), clock);
    }

    public Observable<StorageState> state() {
        return state;
    }

    public Path dataRoot() {
        return dataRoot;
    }

    public boolean isFull() {
        return state.get().full();
    }

    /** Before a write: refuses it with a {@link DiskFullException} when the disk is (nearly) full. */
    public void checkWritable() {
        long free = freeBytes();
        if (free >= 0 && free < RESERVE_BYTES) {
            markFull(free);
            throw new DiskFullException(dataRoot, free, null);
        }
    }

    /**
     * A write failed: the exception to throw instead when the cause was a full disk (the OS said so, or a file write
     * failed while less than the reserve is free), otherwise empty.
     */
    public Optional<DiskFullException> classify(Throwable failure) {
        if (failure instanceof DiskFullException full) {
            return Optional.of(full);
        }
        long free = freeBytes();
        boolean full = WriteFailures.saysNoSpace(failure)
                || (WriteFailures.isWriteFailure(failure) && free >= 0 && free < RESERVE_BYTES);
        if (!full) {
            return Optional.empty();
        }
        markFull(free);
        return Optional.of(new DiskFullException(dataRoot, free, failure));
    }

    /**
     * Probes every {@link #PROBE_EVERY} from now on, full or not, so a disk that fills while Kumo only waits for the
     * next fire shows as full at once (for an instance; a short CLI command learns it from its write).
     */
    public synchronized void watch() {
        watching = true;
        startProbing();
    }

    /** A write landed: a full state ends once there is room again. */
    public void wrote() {
        if (isFull()) {
            probe();
        }
    }

    /** Looks at the free space now; returns whether the disk takes writes. */
    public boolean probe() {
        long free = freeBytes();
        if (free >= RESERVE_BYTES || free < 0) {
            recovered(free);
            return true;
        }
        markFull(free);
        return false;
    }

    private long freeBytes() {
        try {
            return space.usableBytes();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Cannot read the free space of {}", dataRoot, e);
            return -1;
        }
    }

    private void markFull(long free) {
        StorageState current = state.get();
        synchronized (this) {
            if (!current.full()) {
                LOG.error("The disk holding {} is full ({} bytes free): writes are refused until there is space", dataRoot, free);
            }
            startProbing();
        }
        state.set(new StorageState(true, free, current.full() ? current.since() : clock.instant()));
    }

    private void recovered(long free) {
        if (!isFull()) {
            return;
        }
        synchronized (this) {
            if (probing != null && !watching) {
                probing.cancel(false);
                probing = null;
            }
        }
        LOG.info("The disk holding {} has space again ({} bytes free)", dataRoot, free);
        state.set(StorageState.OK);
    }

    private synchronized void startProbing() {
        if (closed || probing != null) {
            return;
        }
        if (prober == null) {
            prober = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon().name("kumo-storage-probe").unstarted(r));
        }
        probing = prober.scheduleWithFixedDelay(() -> {
            try {
                probe();
            } catch (RuntimeException e) {
                LOG.warn("Probing the free space failed", e);
            }
        }, PROBE_EVERY.toMillis(), PROBE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (prober != null) {
            prober.shutdownNow();
        }
    }
}
