package io.kumo.supervisor;

import io.kumo.config.OwnerOnly;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One run's log file: stdout and stderr lines in the order they arrive, stderr lines marked with
 * {@value #STDERR_MARK}, secrets masked. The pipe readers mask the child's lines before anything keeps them
 * ({@link #mask()}: the error summary sees the same text, and a secret across a line cut is caught); masking again
 * here changes nothing then, and covers every other writer. The file is created (owner-only) with the first line: a
 * run that prints nothing leaves no file (readers take a missing log as "no output"), and its
 * {@link #deferredNotice deferred notice} is never written. Past the cap it keeps the head in the log and the last
 * part in spill files beside it ({@link SpilledTail}: memory holds only write buffers, whatever the volume), and on
 * close writes a notice of what was left out followed by that tail. A write failure (a full disk) is remembered and
 * stops further writes, but never stops the reading of the child's pipes. Without a file (null) nothing is written.
 */
public final class RunLog implements AutoCloseable {

    public static final String STDERR_MARK = "[stderr] ";
    public static final String NOTICE_MARK = "[kumo] ";
    /** At most this much of a run's output is held in memory, however much it prints (the write buffer). */
    static final int RETAINED_BOUND = 64 * 1024;
    private static final int WRITE_BUFFER_BYTES = 4 * 1024;
    private static final byte[] STDERR_BYTES = STDERR_MARK.getBytes(StandardCharsets.UTF_8);
    private static final byte[] NO_MARK = new byte[0];
    private static final byte[] NEWLINE = {'\n'};

    private final Path file;
    private OutputStream out;
    private String deferred;
    private final SecretMask mask;
    private final long headBudget;
    private final long tailBudget;
    private final long cap;
    /** Past the head: the last part of the output, on disk until the log is closed. */
    private SpilledTail tail;
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
        if (!closed) {
            byte[] bytes = mask.mask(text).getBytes(StandardCharsets.UTF_8);
            write(bytes, bytes.length, stderr);
        }
    }

    /**
     * A line as UTF-8 bytes, without its newline. A run without secrets has it written from the caller's array, with no
     * copy of its own; otherwise it is decoded and masked as {@link #line(String, boolean)} does.
     */
    synchronized void line(byte[] text, int length, boolean stderr) {
        if (!mask.masksNothing()) {
            line(new String(text, 0, length, StandardCharsets.UTF_8), stderr);
        } else if (!closed) {
            write(text, length, stderr);
        }
    }

    private void write(byte[] bytes, int length, boolean stderr) {
        byte[] mark = stderr ? STDERR_BYTES : NO_MARK;
        long size = mark.length + length + 1L;
        if (written + size <= headBudget && tail == null) {
            writeRaw(mark, mark.length);
            writeRaw(bytes, length);
            writeRaw(NEWLINE, 1);
            written += size;
            return;
        }
        if (failure != null || file == null) {
            omittedBytes += size; // nowhere to keep it
            omittedLines++;
            return;
        }
        try {
            if (tail == null) {
                tail = new SpilledTail(file, tailBudget);
            }
            tail.add(mark, bytes, length);
        } catch (IOException e) {
            failure = e;
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

    /** Bytes of output this log holds in memory (its write buffers): bounded, however much the run prints. */
    synchronized long retainedBytes() {
        return (out == null ? 0 : WRITE_BUFFER_BYTES) + (tail == null ? 0 : SpilledTail.BUFFER_BYTES);
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
        if (tail != null) {
            closeTail();
        } else if (omittedLines > 0) {
            writeOmissionNotice(omittedLines, omittedBytes);
        }
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

    /** The notice of what was left out, then the kept tail, at the end of the log; the spill files go. */
    private void closeTail() {
        try (SpilledTail spilled = tail) {
            long lines = omittedLines + spilled.omittedLines();
            if (lines > 0) {
                writeOmissionNotice(lines, omittedBytes + spilled.omittedBytes());
            }
            writeRaw(NO_MARK, 0); // opens the log if only the tail holds output
            if (failure == null) {
                spilled.copyTo(out);
            }
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
        tail = null;
    }

    private void writeOmissionNotice(long lines, long bytes) {
        byte[] notice = (NOTICE_MARK + lines + " lines (" + bytes + " bytes) of output left out here: the log "
                + "keeps the first and last part within its " + cap + "-byte cap\n").getBytes(StandardCharsets.UTF_8);
        writeRaw(notice, notice.length);
    }

    private void writeRaw(byte[] bytes, int length) {
        if (failure != null || file == null) {
            return; // no file: the caller keeps the output itself (an OutputTap)
        }
        try {
            if (out == null) {
                open();
            }
            out.write(bytes, 0, length);
        } catch (IOException e) {
            failure = e;
        }
    }

    private void open() throws IOException {
        OwnerOnly.createDirectories(file.toAbsolutePath().getParent());
        out = new BufferedOutputStream(OwnerOnly.newOutputStream(file), WRITE_BUFFER_BYTES);
        if (deferred != null) {
            byte[] notice = (NOTICE_MARK + mask.mask(deferred) + "\n").getBytes(StandardCharsets.UTF_8);
            deferred = null;
            out.write(notice);
            written += notice.length;
        }
    }
}
