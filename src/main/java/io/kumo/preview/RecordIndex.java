package io.kumo.preview;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * A sparse index of a record file: the byte offset of every {@link #STEP}th record, filled by one pass over the file
 * (which also counts the records). A page far down the file seeks to the nearest indexed record and skips the rest;
 * before the pass got there it skips from the furthest record indexed so far.
 */
final class RecordIndex {

    static final int STEP = 1024;

    private final FileChannel channel;
    private final Supplier<RecordReader> readers;
    private final Object scan = new Object();
    private long[] offsets;
    private int indexed;
    private volatile long count = -1;

    /** {@code start}: the offset of record 0 (after a byte-order mark and a header). */
    RecordIndex(FileChannel channel, long start, Supplier<RecordReader> readers) {
        this.channel = channel;
        this.readers = readers;
        this.offsets = new long[] {start};
        this.indexed = 1;
    }

    /** The record count, scanning the file once if not done yet. */
    long count() throws IOException {
        synchronized (scan) {
            if (count >= 0) {
                return count;
            }
            long record;
            long offset;
            synchronized (this) {
                record = (long) (indexed - 1) * STEP;
                offset = offsets[indexed - 1];
            }
            ByteReader in = new ByteReader(channel, offset);
            RecordReader reader = readers.get();
            while (true) {
                if (record % STEP == 0 && record / STEP >= indexedCount()) {
                    add(offset);
                }
                if (!reader.next(in, null)) {
                    break;
                }
                record++;
                offset = in.position();
            }
            count = record;
            return record;
        }
    }

    /** -1 until {@link #count()} has run. */
    long knownCount() {
        return count;
    }

    /** A reader positioned at record {@code target} (or at the end when there are fewer). */
    ByteReader seek(long target, RecordReader reader) throws IOException {
        long checkpoint;
        long offset;
        synchronized (this) {
            int slot = (int) Math.min(target / STEP, indexed - 1);
            checkpoint = (long) slot * STEP;
            offset = offsets[slot];
        }
        ByteReader in = new ByteReader(channel, offset);
        for (long record = checkpoint; record < target; record++) {
            if (!reader.next(in, null)) {
                break;
            }
        }
        return in;
    }

    private synchronized int indexedCount() {
        return indexed;
    }

    private synchronized void add(long offset) {
        if (indexed == offsets.length) {
            offsets = Arrays.copyOf(offsets, indexed * 2);
        }
        offsets[indexed++] = offset;
    }
}
