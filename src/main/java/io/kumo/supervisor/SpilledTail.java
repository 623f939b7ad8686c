package io.kumo.supervisor;

import io.kumo.config.OwnerOnly;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * The last part of a run's output past its log's cap, kept on disk next to the log instead of in memory: two
 * owner-only scratch files of half the budget each, written in turn. When the one being written is full, the other
 * one's lines are left out and it is written anew; so the kept tail is the last half to whole budget of output, in
 * order, and memory holds only one write buffer however much the run prints. The files are created with the first
 * line that overflows and are deleted when closed (on Unix unlinked at once, so a killed Kumo leaves none behind).
 */
final class SpilledTail implements AutoCloseable {

    static final int BUFFER_BYTES = 16 * 1024;
    private static final byte[] NEWLINE = {'\n'};

    private final Path[] files;
    private final FileChannel[] halves = new FileChannel[2];
    private final long half;
    private final long[] bytes = new long[2];
    private final long[] lines = new long[2];
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES);
    private int current;
    private long omittedBytes;
    private long omittedLines;

    SpilledTail(Path log, long budget) {
        this.files = new Path[] {log.resolveSibling(log.getFileName() + ".tail-a"), log.resolveSibling(log.getFileName() + ".tail-b")};
        this.half = Math.max(1, budget / 2);
    }

    /** One line: its mark (empty for none), its text, and a newline, so that neither needs a copy of the line. */
    void add(byte[] mark, byte[] text, int length) throws IOException {
        long size = mark.length + length + 1L;
        if (bytes[current] > 0 && bytes[current] + size > half) {
            flush();
            current = 1 - current;
            omittedBytes += bytes[current];
            omittedLines += lines[current];
            bytes[current] = 0;
            lines[current] = 0;
            if (halves[current] != null) {
                halves[current].truncate(0);
            }
        }
        if (halves[current] == null) {
            halves[current] = OwnerOnly.newScratchChannel(files[current]);
        }
        put(mark, mark.length);
        put(text, length);
        put(NEWLINE, 1);
        bytes[current] += size;
        lines[current]++;
    }

    long omittedBytes() {
        return omittedBytes;
    }

    long omittedLines() {
        return omittedLines;
    }

    /** Copies the kept lines, oldest first, to {@code target}. */
    void copyTo(OutputStream target) throws IOException {
        flush();
        byte[] chunk = new byte[BUFFER_BYTES];
        for (int half : new int[] {1 - current, current}) {
            FileChannel channel = halves[half];
            for (long at = 0; channel != null && at < bytes[half]; ) {
                int read = channel.read(ByteBuffer.wrap(chunk, 0, (int) Math.min(chunk.length, bytes[half] - at)), at);
                if (read < 0) {
                    throw new IOException("a spill file of " + files[half].getFileName() + " ended early");
                }
                target.write(chunk, 0, read);
                at += read;
            }
        }
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (FileChannel channel : halves) {
            try {
                if (channel != null) {
                    channel.close();
                }
            } catch (IOException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void put(byte[] data, int length) throws IOException {
        for (int at = 0; at < length; ) {
            if (!buffer.hasRemaining()) {
                flush();
            }
            int n = Math.min(buffer.remaining(), length - at);
            buffer.put(data, at, n);
            at += n;
        }
    }

    private void flush() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            halves[current].write(buffer);
        }
        buffer.clear();
    }
}
