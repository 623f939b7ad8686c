package io.kumo.preview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** A JSON Lines file: one JSON value a line, opened from its first records, paged through the same sparse index as CSV. */
final class JsonLinesTable implements DataTable, AutoCloseable {

    private static final int SAMPLE_ROWS = 200;
    private static final long COUNT_AT_OPEN = 4L << 20;

    private final FileChannel channel;
    private final List<String> names;
    private final List<Column> columns;
    private final RecordIndex index;

    JsonLinesTable(Path file) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            int bom = TextSniffer.encoding(TextSniffer.head(channel)).bomLength();
            ByteReader in = new ByteReader(channel, bom);
            RecordReader reader = reader();
            List<JsonNode> sample = new ArrayList<>();
            List<String> line = new ArrayList<>();
            while (sample.size() < SAMPLE_ROWS && reader.next(in, line)) {
                sample.add(parse(line.getFirst()));
            }
            names = JsonRows.names(sample);
            columns = TypeInference.columns(names, sample.stream().map(record -> JsonRows.row(record, names)).toList());
            index = new RecordIndex(channel, bom, this::reader);
            if (channel.size() <= COUNT_AT_OPEN) {
                index.count();
            }
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private RecordReader reader() {
        return new RecordReader(RecordReader.NO_DELIMITER, RecordReader.NO_QUOTE, StandardCharsets.UTF_8);
    }

    /** A line that is no JSON shows as its text rather than failing the page. */
    private static JsonNode parse(String line) {
        try {
            return JsonRows.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            return JsonRows.MAPPER.getNodeFactory().textNode(line);
        }
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public List<List<String>> rows(long offset, int limit) throws IOException {
        RecordReader reader = reader();
        ByteReader in = index.seek(offset, reader);
        List<List<String>> rows = new ArrayList<>(limit);
        List<String> line = new ArrayList<>();
        while (rows.size() < limit && reader.next(in, line)) {
            rows.add(JsonRows.row(parse(line.getFirst()), names));
        }
        return rows;
    }

    @Override
    public OptionalLong knownRowCount() {
        long count = index.knownCount();
        return count < 0 ? OptionalLong.empty() : OptionalLong.of(count);
    }

    @Override
    public long countRows() throws IOException {
        return index.count();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
