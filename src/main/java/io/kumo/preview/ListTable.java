package io.kumo.preview;

import java.util.List;
import java.util.OptionalLong;

/** A table read whole into memory (a JSON document, an .xls sheet). */
final class ListTable implements DataTable {

    private final List<Column> columns;
    private final List<List<String>> rows;

    ListTable(List<String> names, List<List<String>> rows) {
        this.columns = TypeInference.columns(names, rows.subList(0, Math.min(rows.size(), 200)));
        this.rows = rows;
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public List<List<String>> rows(long offset, int limit) {
        int from = (int) Math.min(offset, rows.size());
        return rows.subList(from, (int) Math.min(rows.size(), from + (long) limit));
    }

    @Override
    public OptionalLong knownRowCount() {
        return OptionalLong.of(rows.size());
    }

    @Override
    public long countRows() {
        return rows.size();
    }
}
