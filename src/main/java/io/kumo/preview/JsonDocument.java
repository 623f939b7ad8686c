package io.kumo.preview;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** A JSON document holding a table: an array (of objects), or an object whose one array member is the table. */
final class JsonDocument {

    /** A whole JSON document is read into memory: larger ones are refused (JSON Lines files are paged and have no cap). */
    static final long MAX_BYTES = 50L << 20;

    private JsonDocument() {
    }

    static ListTable read(Path file) throws IOException {
        return read(file, MAX_BYTES);
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
    }

    static ListTable read(Path file, long maxBytes) throws IOException {
        long size = java.nio.file.Files.size(file);
        if (size > maxBytes) {
            throw new IOException(file.getFileName() + " is " + megabytes(size) + ": a JSON document over "
                    + megabytes(maxBytes) + " is not previewed (written as JSON Lines, one record a line, it could be paged)");
        }
        JsonNode root = JsonRows.MAPPER.readTree(file.toFile());
        JsonNode array = root;
        if (root != null && root.isObject()) {
            array = null;
            for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isArray()) {
                    array = field.getValue();
                    break;
                }
            }
            if (array == null) { // a single object: one row
                array = JsonRows.MAPPER.createArrayNode().add(root);
            }
        }
        if (array == null || !array.isArray()) {
            throw new IOException(file.getFileName() + " holds no JSON array or object to show as a table");
        }
        List<JsonNode> records = new ArrayList<>();
        array.forEach(records::add);
        List<String> names = JsonRows.names(records);
        return new ListTable(names, records.stream().map(record -> JsonRows.row(record, names)).toList());
    }
}
