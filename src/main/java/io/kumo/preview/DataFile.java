package io.kumo.preview;

import java.io.IOException;
import java.util.List;

/** An opened data file: the tables it holds (one for CSV/JSON, sheets for Excel, tables for SQLite). */
public interface DataFile extends AutoCloseable {

    /** Names of its tables; the first is opened first. */
    List<String> tables();

    DataTable table(String name) throws IOException;

    @Override
    void close() throws IOException;
}
