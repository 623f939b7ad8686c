package io.kumo.preview;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * A text file of records (CSV, TSV, JSON Lines) held open on a channel and paged through a sparse {@link RecordIndex};
 * a small file is counted when it opens. Subclasses sniff their format in their constructor, then call
 * {@link #index(long)}; a constructor that fails calls {@link #closeAfter(Exception)}.
 */
abstract class IndexedRecordTable implements DataTable, AutoCloseable {

    static final int SAMPLE_ROWS = 200;
    /** Below this size the whole file is counted when it opens. */
    static final long COUNT_AT_OPEN = 4L << 20;

    protected final FileChannel channel;
    private RecordIndex index;

    IndexedRecordTable(Path file) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.READ);
    }

    /** A fresh reader of this file's records. */
    protected abstract RecordReader reader();

    /** One record as a row of the table. */
    protected abstract List<String> row(List<String> record);

    /** Indexes the records from byte {@code start}; counts them now when the file is small. */
    protected final void index(long start) throws IOException {
        index = new RecordIndex(channel, start, this::reader);
        if (channel.size() <= COUNT_AT_OPEN) {
            index.count();
        }
    }

    /** Closes the channel when the constructor fails (the failure is then rethrown by the caller). */
    protected final void closeAfter(Exception failure) {
        try {
            channel.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    @Override
    public final List<List<String>> rows(long offset, int limit) throws IOException {
        RecordReader reader = reader();
        ByteReader in = index.seek(offset, reader);
        List<List<String>> rows = new ArrayList<>(limit);
        List<String> record = new ArrayList<>();
        while (rows.size() < limit && reader.next(in, record)) {
            rows.add(row(record));
        }
        return rows;
    }

    @Override
    public final OptionalLong knownRowCount() {
        long count = index.knownCount();
        return count < 0 ? OptionalLong.empty() : OptionalLong.of(count);
    }

    @Override
    public final long countRows() throws IOException {
        return index.count();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
