package io.kumo.logs;

import io.kumo.supervisor.RunLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Random access to the lines of a (possibly huge, possibly growing) run log without reading it into memory: one pass
 * records where each line starts (8 bytes a line: a 1,000,000-line log costs 8 MB), then any range of lines is read
 * on demand. {@link #refresh()} indexes what was appended since, for following a running run. A last line without
 * its newline yet counts as a line and is read again once complete.
 */
public final class IndexedLog implements AutoCloseable {

    /**
     * Bytes read at a time while indexing, into one buffer kept for the log's life: a followed flood is refreshed every
     * few hundred ms, and a fresh megabyte each time was a humongous object for G1 that started a concurrent cycle
     * (with its Remark pause) every few seconds.
     */
    private static final int CHUNK = 64 << 10;
    private static final byte[] STDERR = RunLog.STDERR_MARK.getBytes(StandardCharsets.UTF_8);
    private static final byte[] NOTICE = RunLog.NOTICE_MARK.getBytes(StandardCharsets.UTF_8);

    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
    private long[] starts = new long[1024];
    private int complete;
    private long indexedTo;
    private long size;

    private IndexedLog(FileChannel channel) {
        this.channel = channel;
    }

    public static IndexedLog open(Path file) {
        try {
            IndexedLog log = new IndexedLog(FileChannel.open(file, StandardOpenOption.READ));
            log.refresh();
            return log;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the log " + file + ": " + e.getMessage(), e);
        }
    }

    /** Indexes bytes appended since the last call; returns the line count. */
    public synchronized int refresh() {
        try {
            size = channel.size();
            long position = indexedTo;
            while (position < size) {
                buffer.clear();
                int read = channel.read(buffer, position);
                if (read <= 0) {
                    break;
                }
                for (int i = 0; i < read; i++) {
                    if (buffer.get(i) == '\n') {
                        addLineStart(indexedTo);
                        indexedTo = position + i + 1;
                    }
                }
                position += read;
            }
            return lineCount();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the log: " + e.getMessage(), e);
        }
    }

    public synchronized int lineCount() {
        return complete + (indexedTo < size ? 1 : 0);
    }

    /** Lines {@code from} (1-based) to {@code from + count - 1}, fewer at the end of the log. */
    public synchronized List<LogLine> lines(int from, int count) {
        int first = Math.max(1, from);
        int last = Math.min(lineCount(), first + count - 1);
        List<LogLine> lines = new ArrayList<>(Math.max(0, last - first + 1));
        if (last < first) {
            return lines;
        }
        long begin = startOf(first);
        long end = last <= complete ? startOf(last + 1) : size;
        try {
            ByteBuffer bytes = ByteBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, end - begin));
            channel.read(bytes, begin);
            byte[] array = bytes.array();
            int offset = 0;
            for (int number = first; number <= last; number++) {
                int length = (int) ((number <= complete ? startOf(number + 1) : size) - startOf(number));
                lines.add(decode(number, array, offset, Math.min(length, array.length - offset)));
                offset += length;
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the log: " + e.getMessage(), e);
        }
    }

    private long startOf(int number) {
        return number <= complete ? starts[number - 1] : indexedTo;
    }

    private void addLineStart(long start) {
        if (complete == starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
        }
        starts[complete++] = start;
    }

    private static LogLine decode(int number, byte[] bytes, int offset, int length) {
        int end = offset + length;
        if (end > offset && bytes[end - 1] == '\n') {
            end--;
        }
        if (end > offset && bytes[end - 1] == '\r') {
            end--;
        }
        LogLine.Kind kind = LogLine.Kind.STDOUT;
        if (startsWith(bytes, offset, end, STDERR)) {
            kind = LogLine.Kind.STDERR;
            offset += STDERR.length;
        } else if (startsWith(bytes, offset, end, NOTICE)) {
            kind = LogLine.Kind.NOTICE;
        }
        return new LogLine(number, new String(bytes, offset, end - offset, StandardCharsets.UTF_8), kind);
    }

    private static boolean startsWith(byte[] bytes, int offset, int end, byte[] prefix) {
        if (end - offset < prefix.length) {
            return false;
        }
        return Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing to keep
        }
    }
}
