package io.kumo.preview;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * A CSV or TSV file: opened from its first 64 KB (encoding, delimiter, header, column types) without reading the rest;
 * the row count and the sparse index come from one later pass ({@link #countRows()}).
 */
final class CsvTable extends IndexedRecordTable {

    private final Charset charset;
    private final int delimiter;
    private final List<Column> columns;

    CsvTable(Path file) throws IOException {
        super(file);
        try {
            byte[] head = TextSniffer.head(channel);
            TextSniffer.Encoding encoding = TextSniffer.encoding(head);
            charset = encoding.charset();
            String sample = new String(head, encoding.bomLength(), head.length - encoding.bomLength(), charset);
            delimiter = TextSniffer.delimiter(sample, file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv"));
            ByteReader in = new ByteReader(channel, encoding.bomLength());
            RecordReader reader = reader();
            List<List<String>> rows = new ArrayList<>();
            List<String> record = new ArrayList<>();
            long afterFirst = encoding.bomLength();
            while (rows.size() <= SAMPLE_ROWS && reader.next(in, record)) {
                rows.add(List.copyOf(record));
                if (rows.size() == 1) {
                    afterFirst = in.position();
                }
            }
            boolean header = !rows.isEmpty() && isHeader(rows);
            List<List<String>> data = header ? rows.subList(1, rows.size()) : rows;
            int width = rows.stream().mapToInt(List::size).max().orElse(0);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                names.add(header && i < rows.getFirst().size() && !rows.getFirst().get(i).isBlank()
                        ? rows.getFirst().get(i).strip() : "column " + (i + 1));
            }
            columns = TypeInference.columns(names, data);
            index(header ? afterFirst : encoding.bomLength());
        } catch (IOException | RuntimeException e) {
            closeAfter(e);
            throw e;
        }
    }

    @Override
    protected RecordReader reader() {
        return new RecordReader(delimiter, '"', charset);
    }

    @Override
    protected List<String> row(List<String> record) {
        return List.copyOf(record);
    }

    /**
     * A header when its values are all present and distinct, and either some column holds numbers, dates or
     * booleans below a caption that is none of those, or every column is text (most text-only files name their columns).
     */
    private static boolean isHeader(List<List<String>> rows) {
        List<String> first = rows.getFirst();
        if (first.stream().anyMatch(String::isBlank) || new HashSet<>(first).size() != first.size()) {
            return false;
        }
        if (first.stream().anyMatch(value -> TypeInference.typeOf(value.strip()) != ColumnType.TEXT)) {
            return false;
        }
        return true;
    }

    int delimiter() {
        return delimiter;
    }

    Charset charset() {
        return charset;
    }

    @Override
    public List<Column> columns() {
        return columns;
    }
}
