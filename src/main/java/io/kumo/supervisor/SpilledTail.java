package io.kumo.supervisor;

import io.kumo.config.OwnerOnly;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The last part of a run's output past its log's cap, kept on disk next to the log instead of in memory: two
 * owner-only files of half the budget each, written in turn. When the one being written is full, the other one's
 * lines are left out and it is written anew; so the kept tail is the last half to whole budget of output, in order,
 * and memory holds only one write buffer however much the run prints. The files are created with the first line that
 * overflows and deleted on {@link #close}.
 */
final class SpilledTail implements AutoCloseable {

    static final int BUFFER_BYTES = 16 * 1024;

    private final Path[] files;
    private final long half;
    private final long[] bytes = new long[2];
    private final long[] lines = new long[2];
    private int current;
    private OutputStream out;
    private long omittedBytes;
    private long omittedLines;

    SpilledTail(Path log, long budget) {
        this.files = new Path[] {log.resolveSibling(log.getFileName() + ".tail-a"), log.resolveSibling(log.getFileName() + ".tail-b")};
        this.half = Math.max(1, budget / 2);
    }

    /** One line: its mark (empty for none), its text, and a newline, so that neither needs a copy of the line. */
    void add(byte[] mark, byte[] text) throws IOException {
        long size = mark.length + text.length + 1L;
        if (out == null) {
            out = open(files[current]);
        } else if (bytes[current] > 0 && bytes[current] + size > half) {
            out.close();
            current = 1 - current;
            omittedBytes += bytes[current];
            omittedLines += lines[current];
            bytes[current] = 0;
            lines[current] = 0;
            out = open(files[current]);
        }
        out.write(mark);
        out.write(text);
        out.write('\n');
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
        if (out == null) {
            return;
        }
        out.close();
        out = null;
        int older = 1 - current;
        if (lines[older] > 0) {
            Files.copy(files[older], target);
        }
        Files.copy(files[current], target);
    }

    @Override
    public void close() throws IOException {
        try {
            if (out != null) {
                out.close();
                out = null;
            }
        } finally {
            Files.deleteIfExists(files[0]);
            Files.deleteIfExists(files[1]);
        }
    }

    private static OutputStream open(Path file) throws IOException {
        return new BufferedOutputStream(OwnerOnly.newOutputStream(file), BUFFER_BYTES);
    }
}
