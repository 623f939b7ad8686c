package io.kumo.logs;

import io.kumo.config.OwnerOnly;
import io.kumo.domain.Run;
import io.kumo.storage.StoreException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The one place readers get the local file to read for a run's log. On one machine, the run's own log file. In a
 * cluster, the run's own file when this node ran it and has it, else the copy under {@link RemoteLogCopies} brought up
 * to date from the shipped pieces (only the missing tail is fetched). Reads the database: call off the FX thread.
 */
public final class RunLogSource {

    /** Locks per run (striped): two readers of one run never append the same piece twice. */
    private static final int STRIPES = 64;

    /**
     * The file to read ({@code null}: the run has no log), a note when it is empty for a reason worth telling, and
     * whether it holds all there will be (false for a copy of another node's log not yet shipped whole).
     */
    public record LogFile(Path path, String note, boolean complete) {
        LogFile(Path path, String note) {
            this(path, note, true);
        }

        static LogFile none() {
            return new LogFile(null, null);
        }

        public Optional<Path> file() {
            return Optional.ofNullable(path);
        }

        public Optional<String> noteIfAny() {
            return Optional.ofNullable(note);
        }
    }

    private final LogChunks chunks;
    private final String node;
    private final RemoteLogCopies copies;
    private final Object[] locks = new Object[STRIPES];

    private RunLogSource(LogChunks chunks, String node, RemoteLogCopies copies) {
        this.chunks = chunks;
        this.node = node;
        this.copies = copies;
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    /** One machine alone: every run's log is its own file. */
    public static RunLogSource local() {
        return new RunLogSource(null, null, null);
    }

    /** A node of a cluster named {@code node}: other nodes' logs come from {@code chunks} into {@code copies}. */
    public static RunLogSource clustered(LogChunks chunks, String node, RemoteLogCopies copies) {
        return new RunLogSource(chunks, node, copies);
    }

    /** Clustered when the database is shared, else local. */
    public static RunLogSource of(io.kumo.store.Database database, String node, RemoteLogCopies copies) {
        return database.shared() ? clustered(new LogChunks(database), node, copies) : local();
    }

    public boolean clustered() {
        return chunks != null;
    }

    /** How long a follower of an ended run waits for its node to ship the last piece of its log. */
    static final Duration END_WAIT = Duration.ofSeconds(5);
    private static final Duration END_POLL = Duration.ofMillis(200);

    /**
     * For a follower that reads a log to its end: as {@link #file(Run)}, but for an ended run of another node it waits
     * (at most {@link #END_WAIT}) until that node has shipped the log whole. Blocks: a follower's own thread only.
     */
    public Optional<Path> followed(Run run) {
        LogFile log = open(run);
        long deadline = System.nanoTime() + END_WAIT.toNanos();
        while (!log.complete() && run.getStatus().isTerminal() && System.nanoTime() - deadline < 0) {
            try {
                Thread.sleep(END_POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            log = open(run);
        }
        return log.file();
    }

    /** As {@link #open(Run)}, the path alone. */
    public Optional<Path> file(Run run) {
        return open(run).file();
    }

    /** The file to read for the run's log now; a copy of another node's log is brought up to date first. */
    public LogFile open(Run run) {
        if (run.getLogPath() == null) {
            return LogFile.none();
        }
        Path own = Path.of(run.getLogPath());
        if (!clustered()) {
            return new LogFile(own, null);
        }
        boolean ranHere = run.getNode() == null || run.getNode().equals(node);
        if (ranHere && (Files.isRegularFile(own) || !run.getStatus().isTerminal())) {
            return new LogFile(own, null); // a live run of this node without output yet: its file comes with the first line
        }
        return remote(run);
    }

    private LogFile remote(Run run) {
        long runId = run.getId();
        Path copy = copies.of(runId);
        String from = run.getNode() == null ? "the node that ran it" : "node " + run.getNode();
        try {
            Fetched fetched;
            synchronized (locks[(int) Math.floorMod(runId, (long) STRIPES)]) {
                fetched = fetchTail(runId, copy);
            }
            return new LogFile(copy, fetched.size() == 0 && !fetched.complete()
                    ? "No output from " + from + " yet: its log shows here once it ships." : null, fetched.complete());
        } catch (StoreException e) {
            boolean have = Files.isRegularFile(copy);
            ensureExists(copy);
            return new LogFile(copy, "The database cannot be reached: " + (have ? "the log shows what was fetched before."
                    : "the log of " + from + " cannot be fetched now."), false);
        }
    }

    private record Fetched(long size, boolean complete) {
    }

    /** Appends the pieces beyond the copy's end; answers the copy's size and whether the log was shipped whole. */
    private Fetched fetchTail(long runId, Path copy) {
        try {
            OwnerOnly.createDirectories(copies.folder());
            long size = Files.isRegularFile(copy) ? Files.size(copy) : 0;
            try (OutputStream out = OwnerOnly.newOutputStream(copy, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                while (true) {
                    List<LogChunks.Chunk> pieces = chunks.from(runId, size);
                    for (LogChunks.Chunk piece : pieces) {
                        if (piece.start() != size) {
                            return new Fetched(size, false); // a gap (pieces not all shipped yet): the rest comes later
                        }
                        if (piece.marksTheEnd()) {
                            return new Fetched(size, true);
                        }
                        out.write(piece.data());
                        size = piece.end();
                    }
                    if (pieces.size() < LogChunks.FETCH_ROWS) {
                        return new Fetched(size, false);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the log copy " + copy, e);
        }
    }

    private void ensureExists(Path copy) {
        try {
            OwnerOnly.createDirectories(copies.folder());
            OwnerOnly.createFile(copy);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the log copy " + copy, e);
        }
    }
}
