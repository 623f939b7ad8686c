package io.kumo.logs;

import io.kumo.domain.Run;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Follows a run's log to the run's end for a reader on the other side of a connection: the lines there are, every new
 * complete line as it comes (the log is read again every {@code poll}), a sign of life every {@code keepAlive} so the
 * reader and the proxies between know the connection holds, and the run's end once its log was read to the last byte.
 * The run record is read afresh each time (no connection held while waiting); the reader failing ends the follow.
 */
public final class LiveLog {

    /** What the reader gets; an {@link IOException} (the reader went away) ends the follow. */
    public interface Reader {
        void lines(List<LogFollow.Line> lines) throws IOException;

        void keepAlive() throws IOException;

        /** The run ended and every line of its log was passed on. */
        void ended(Run run) throws IOException;
    }

    private final LongFunction<Optional<Run>> runs;
    private final Duration poll;
    private final Duration keepAlive;

    /** @param runs reads a run record by its id */
    public LiveLog(LongFunction<Optional<Run>> runs, Duration poll, Duration keepAlive) {
        this.runs = runs;
        this.poll = poll;
        this.keepAlive = keepAlive;
    }

    /**
     * Passes on the log of run {@code runId} from byte {@code offset} until the run ends (returns then), the run record
     * is gone, or the thread is interrupted.
     *
     * @throws IOException the reader went away, or the log could not be read
     */
    public void follow(long runId, long offset, Reader reader) throws IOException {
        long next = offset;
        long keepAliveDue = System.nanoTime() + keepAlive.toNanos();
        while (!Thread.currentThread().isInterrupted()) {
            Optional<Run> found = runs.apply(runId);
            if (found.isEmpty()) {
                return; // deleted while followed (retention, or the user): nothing more will come
            }
            Run run = found.get();
            boolean ended = run.getStatus().isTerminal(); // the log is complete once the status is terminal
            Path log = run.getLogPath() == null ? null : Path.of(run.getLogPath());
            LogFollow.Chunk chunk;
            do {
                chunk = log == null ? LogFollow.Chunk.none(next) : ended ? LogFollow.rest(log, next) : LogFollow.completeLines(log, next);
                if (!chunk.isEmpty()) {
                    reader.lines(chunk.lines());
                    next = chunk.next();
                    keepAliveDue = System.nanoTime() + keepAlive.toNanos();
                }
            } while (chunk.bytes().length == LogFollow.MAX_READ); // a burst larger than one read goes on at once
            if (ended) {
                reader.ended(run);
                return;
            }
            if (System.nanoTime() - keepAliveDue >= 0) {
                reader.keepAlive();
                keepAliveDue = System.nanoTime() + keepAlive.toNanos();
            }
            try {
                Thread.sleep(poll);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
