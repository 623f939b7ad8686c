package io.kumo.supervisor;

import io.kumo.config.OwnerOnly;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * One run's log file: stdout and stderr lines in the order they arrive, stderr lines marked with
 * {@value #STDERR_MARK}, secrets masked. The pipe readers mask the child's lines before anything keeps them
 * ({@link #mask()}: the error summary sees the same text, and a secret across a line cut is caught); masking again
 * here changes nothing then, and covers every other writer. The file is created (owner-only) with the first line: a
 * run that prints nothing leaves no file (readers take a missing log as "no output"), and its
 * {@link #deferredNotice deferred notice} is never written. Past the cap it keeps the head on disk and the last part
 * in memory, and on close writes a notice of what was left out followed by that tail. A write failure (a full disk) is remembered and
 * stops further writes, but never stops the reading of the child's pipes. Without a file (null) nothing is written.
 */
public final class RunLog implements AutoCloseable {

    public static final String STDERR_MARK = "[stderr] ";
    public static final String NOTICE_MARK = "[kumo] ";
    private static final byte[] STDERR_BYTES = STDERR_MARK.getBytes(StandardCharsets.UTF_8);

    private final Path file;
    private OutputStream out;
    private String deferred;
    private final SecretMask mask;
    private final long headBudget;
    private final long tailBudget;
    private final long cap;
    private final Deque<byte[]> tail = new ArrayDeque<>();
    private long tailBytes;
    private long written;
    private long omittedBytes;
    private long omittedLines;
    private IOException failure;
    private boolean closed;

    public RunLog(Path file, List<String> secrets, long capBytes) throws IOException {
        this.file = file;
        this.mask = SecretMask.of(secrets);
        this.cap = Math.max(capBytes, 4096);
        this.tailBudget = Math.min(this.cap / 2, 8L * 1024 * 1024);
        this.headBudget = this.cap - tailBudget;
    }

    /** The run's secrets, for masking its output before it reaches {@link #line}. */
    public SecretMask mask() {
        return mask;
    }

    public synchronized void line(String text, boolean stderr) {
        if (closed) {
            return;
        }
        byte[] bytes = (mask.mask(text) + "\n").getBytes(StandardCharsets.UTF_8);
        long size = bytes.length + (stderr ? STDERR_BYTES.length : 0);
        if (written + size <= headBudget && tail.isEmpty()) {
            write(stderr, bytes);
            written += size;
            return;
        }
        byte[] kept = stderr ? concat(STDERR_BYTES, bytes) : bytes;
        tail.addLast(kept);
        tailBytes += kept.length;
        while (tailBytes > tailBudget && tail.size() > 1) {
            byte[] dropped = tail.removeFirst();
            tailBytes -= dropped.length;
            omittedBytes += dropped.length;
            omittedLines++;
        }
    }

    /**
     * A line from Kumo itself written only when another line follows (the start of a run): alone it is not worth a
     * file, since the run's record holds the same facts.
     */
    public synchronized void deferredNotice(String text) {
        if (out == null) {
            deferred = text;
        } else {
            notice(text);
        }
    }

    /** A line from Kumo itself (start, exit, timeout...). */
    public synchronized void notice(String text) {
        line(NOTICE_MARK + text, false);
    }

    public synchronized void flush() {
        if (failure == null && !closed && out != null) {
            try {
                out.flush();
            } catch (IOException e) {
                failure = e;
            }
        }
    }

    /** The first write error, if any (for the run's error summary). */
    public synchronized IOException failure() {
        return failure;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        if (omittedLines > 0) {
            writeRaw((NOTICE_MARK + omittedLines + " lines (" + omittedBytes + " bytes) of output left out here: the log "
                    + "keeps the first and last part within its " + cap + "-byte cap\n").getBytes(StandardCharsets.UTF_8));
        }
        tail.forEach(this::writeRaw);
        tail.clear();
        closed = true;
        if (out == null) {
            return; // nothing was written: no file
        }
        try {
            out.close();
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
    }

    private void write(boolean stderr, byte[] bytes) {
        if (stderr) {
            writeRaw(STDERR_BYTES);
        }
        writeRaw(bytes);
    }

    private void writeRaw(byte[] bytes) {
        if (failure != null || file == null) {
            return; // no file: the caller keeps the output itself (an OutputTap)
        }
        try {
            if (out == null) {
                open();
            }
            out.write(bytes);
        } catch (IOException e) {
            failure = e;
        }
    }

    private void open() throws IOException {
        OwnerOnly.createDirectories(file.toAbsolutePath().getParent());
        out = new BufferedOutputStream(OwnerOnly.newOutputStream(file), 4 * 1024);
        if (deferred != null) {
            byte[] notice = (NOTICE_MARK + mask.mask(deferred) + "\n").getBytes(StandardCharsets.UTF_8);
            deferred = null;
            out.write(notice);
            written += notice.length;
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = new byte[a.length + b.length];
        System.arraycopy(a, 0, joined, 0, a.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
