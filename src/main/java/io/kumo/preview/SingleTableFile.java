package io.kumo.preview;

import java.io.IOException;
import java.util.List;

/** A file that is one table (CSV, TSV, JSON, JSON Lines), named by the file. */
final class SingleTableFile implements DataFile {

    private final String name;
    private final DataTable table;

    SingleTableFile(String name, DataTable table) {
        this.name = name;
        this.table = table;
    }

    @Override
    public List<String> tables() {
        return List.of(name);
    }

    @Override
    public DataTable table(String wanted) throws IOException {
        if (!wanted.equals(name)) {
            throw new IOException("no table '" + wanted + "' in " + name);
        }
        return table;
    }

    @Override
    public void close() throws IOException {
        if (table instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e.getMessage(), e);
            }
        }
    }
}
