package io.kumo.preview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A JSON Lines file: one JSON value a line, opened from its first records, paged through the same sparse index as CSV. */
final class JsonLinesTable extends IndexedRecordTable {

    private final List<String> names;
    private final List<Column> columns;

    JsonLinesTable(Path file) throws IOException {
        super(file);
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
            index(bom);
        } catch (IOException | RuntimeException e) {
            closeAfter(e);
            throw e;
        }
    }

    @Override
    protected List<String> row(List<String> record) {
        return JsonRows.row(parse(record.getFirst()), names);
    }

    @Override
    protected RecordReader reader() {
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
}
