package io.kumo.transfer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.common.ValidationException;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The first line of an export: what wrote it, at which schema version, and how many rows of each table follow (an
 * import checks the counts, so a file cut short at a line boundary is caught too). {@code max_ids} lets an import move
 * every identity past the imported ids before it writes a row. Secrets stay sealed with the exporting data directory's
 * {@code secret.key}; {@code secret_key} is a fingerprint of that key (when known), never the key.
 */
public record ExportHeader(int version, String schema, String kumo, long exportedAt, Map<String, Long> tables,
                           Map<String, Long> maxIds, Optional<String> secretKey) {

    public static final String FORMAT = "kumo-export";
    public static final int VERSION = 1;
    static final String SECRETS_NOTE = "sealed with the secret.key of the data directory that exported them";

    public ExportHeader {
        tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
        maxIds = Collections.unmodifiableMap(new LinkedHashMap<>(maxIds));
    }

    /** The rows of {@code table} the file holds (0 when it holds none). */
    public long rows(String table) {
        return tables.getOrDefault(table, 0L);
    }

    void write(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("format", FORMAT);
        json.writeNumberField("version", version);
        json.writeStringField("schema", schema);
        json.writeStringField("kumo", kumo);
        json.writeNumberField("exported_at", exportedAt);
        writeCounts(json, "tables", tables);
        writeCounts(json, "max_ids", maxIds);
        json.writeStringField("secrets", SECRETS_NOTE);
        if (secretKey.isPresent()) {
            json.writeStringField("secret_key", secretKey.get());
        }
        json.writeEndObject();
    }

    private static void writeCounts(JsonGenerator json, String field, Map<String, Long> counts) throws IOException {
        json.writeObjectFieldStart(field);
        for (Map.Entry<String, Long> count : counts.entrySet()) {
            json.writeNumberField(count.getKey(), count.getValue());
        }
        json.writeEndObject();
    }

    /**
     * Reads the header line of the file {@code name}.
     *
     * @throws ValidationException when it is not a Kumo export, or one of a format this Kumo does not read
     */
    static ExportHeader read(JsonNode line, String name) {
        if (line == null || !line.isObject() || !FORMAT.equals(line.path("format").asText())) {
            throw new ValidationException(name + " is not a Kumo export (make one with: kumo db export FILE)");
        }
        int version = line.path("version").asInt(-1);
        if (version != VERSION) {
            throw new ValidationException(name + " is a Kumo export of format version " + line.path("version").asText()
                    + ", this Kumo reads version " + VERSION + ": import it with the Kumo that wrote it ("
                    + line.path("kumo").asText("unknown version") + ")");
        }
        return new ExportHeader(version, line.path("schema").asText(), line.path("kumo").asText(),
                line.path("exported_at").asLong(), counts(line.path("tables"), name), counts(line.path("max_ids"), name),
                Optional.ofNullable(line.path("secret_key").textValue()));
    }

    private static Map<String, Long> counts(JsonNode node, String name) {
        if (!node.isObject()) {
            throw new ValidationException(name + " is not a Kumo export: its header has no table counts");
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        node.properties().forEach(entry -> {
            if (!entry.getValue().canConvertToExactIntegral()) {
                throw new ValidationException(name + " is not a Kumo export: its header counts '" + entry.getKey()
                        + "' as " + entry.getValue());
            }
            counts.put(entry.getKey(), entry.getValue().asLong());
        });
        return counts;
    }
}
