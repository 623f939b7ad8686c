package io.kumo.preview;

import java.io.IOException;
import java.util.List;
import java.util.OptionalLong;

/**
 * One previewable table (a CSV file, a sheet, an SQLite table): its columns, its rows by page, its row count. Pages may
 * be read from several threads at once; {@link #countRows()} may take long (it reads the whole table) and belongs on a
 * background thread.
 */
public interface DataTable {

    List<Column> columns();

    /** Up to {@code limit} rows from row {@code offset} (0 = the first row after any header); fewer at the end. */
    List<List<String>> rows(long offset, int limit) throws IOException;

    /** The row count when it is known without reading the table (else empty: ask {@link #countRows()}). */
    OptionalLong knownRowCount();

    /** The exact row count (reads what it must). */
    long countRows() throws IOException;
}
