package io.kumo.logs;

import io.kumo.domain.Run;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

/**
 * Follows a run's log to the run's end for a reader on the other side of a connection: the lines there are, every new
 * complete line as it comes (the log is read again every {@code poll}), a sign of life every {@code keepAlive} so the
 * reader and the proxies between know the connection holds, and the run's end once its log was read to the last byte.
 * The run record (a database query) is read only every fifth poll, afresh each time (no connection held while
 * waiting); the reader failing ends the follow.
 */
public final class LiveLog {

    /** What the reader gets; an {@link IOException} (the reader went away) ends the follow. */
    public interface Reader {
        void lines(List<LogFollow.Line> lines) throws IOException;

        void keepAlive() throws IOException;

        /** The run ended and every line of its log was passed on. */
        void ended(Run run) throws IOException;
    }

    /** Waits between two reads of the log; {@link Thread#sleep(Duration)} but in tests. */
    @FunctionalInterface
    public interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    /** The run record is read once per this many log reads: one query a second per follower at the default 200 ms. */
    static final int STATUS_EVERY_POLLS = 5;

    private final LongFunction<Optional<Run>> runs;
    private final Function<Run, Optional<Path>> logFiles;
    private final Duration poll;
    private final Duration keepAlive;
    private final Duration statusEvery;
    private final LongSupplier nanoTime;
    private final Pause pause;

    /**
     * @param runs reads a run record by its id; called at most once per {@code 5 * poll} (the run's end is seen that
     *             much later), the log itself every {@code poll}
     */
    public LiveLog(LongFunction<Optional<Run>> runs, Duration poll, Duration keepAlive) {
        this(runs, RunLogSource.local()::file, poll, keepAlive);
    }

    /**
     * @param logFiles the file to read for a run's log ({@link RunLogSource#file}); asked with every read of the run
     *                 record, which brings the copy of another node's log up to date as often
     */
    public LiveLog(LongFunction<Optional<Run>> runs, Function<Run, Optional<Path>> logFiles, Duration poll, Duration keepAlive) {
        this(runs, logFiles, poll, keepAlive, poll.multipliedBy(STATUS_EVERY_POLLS), System::nanoTime, Thread::sleep);
    }

    /** With the clock and the pause a test moves by hand. */
    LiveLog(LongFunction<Optional<Run>> runs, Duration poll, Duration keepAlive, Duration statusEvery, LongSupplier nanoTime,
            Pause pause) {
        this(runs, RunLogSource.local()::file, poll, keepAlive, statusEvery, nanoTime, pause);
    }

    LiveLog(LongFunction<Optional<Run>> runs, Function<Run, Optional<Path>> logFiles, Duration poll, Duration keepAlive,
            Duration statusEvery, LongSupplier nanoTime, Pause pause) {
        this.runs = runs;
        this.logFiles = logFiles;
        this.poll = poll;
        this.keepAlive = keepAlive;
        this.statusEvery = statusEvery;
        this.nanoTime = nanoTime;
        this.pause = pause;
    }

    /**
     * Passes on the log of run {@code runId} from byte {@code offset} until the run ends (returns then), the run record
     * is gone, or the thread is interrupted.
     *
     * @throws IOException the reader went away, or the log could not be read
     */
    public void follow(long runId, long offset, Reader reader) throws IOException {
        long next = offset;
        long keepAliveDue = nanoTime.getAsLong() + keepAlive.toNanos();
        long statusDue = nanoTime.getAsLong();
        Path log = null;
        while (!Thread.currentThread().isInterrupted()) {
            Run run = null;
            if (nanoTime.getAsLong() - statusDue >= 0) {
                Optional<Run> found = runs.apply(runId);
                if (found.isEmpty()) {
                    return; // deleted while followed (retention, or the user): nothing more will come
                }
                run = found.get();
                log = logFiles.apply(run).orElse(null);
                statusDue = nanoTime.getAsLong() + statusEvery.toNanos();
            }
            boolean ended = run != null && run.getStatus().isTerminal(); // the log is complete once the status is terminal
            LogFollow.Chunk chunk;
            do {
                Path read = log;
                chunk = read == null ? LogFollow.Chunk.none(next) : ended ? LogFollow.rest(read, next) : LogFollow.completeLines(read, next);
                if (!chunk.isEmpty()) {
                    reader.lines(chunk.lines());
                    next = chunk.next();
                    keepAliveDue = nanoTime.getAsLong() + keepAlive.toNanos();
                }
            } while (chunk.bytes().length == LogFollow.MAX_READ // a burst larger than one read goes on at once
                    || (ended && !chunk.isEmpty())); // an ended run's log is read to its last byte, however much is left
            if (ended) {
                reader.ended(run);
                return;
            }
            if (nanoTime.getAsLong() - keepAliveDue >= 0) {
                reader.keepAlive();
                keepAliveDue = nanoTime.getAsLong() + keepAlive.toNanos();
            }
            try {
                pause.pause(poll);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
