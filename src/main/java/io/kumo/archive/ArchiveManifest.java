package io.kumo.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * What a month's archive holds, written last into it ({@code manifest.json}) so a listing reads a few hundred bytes
 * per file. {@code runsSha256} is the digest of {@code runs.jsonl}; byte sizes are uncompressed.
 */
public record ArchiveManifest(int formatVersion, YearMonth month, int runCount, long runsBytes, String runsSha256,
                              int logCount, long logBytes, Instant firstScheduled, Instant lastScheduled, List<String> tasks,
                              Instant createdAt, String kumoVersion) {

    public static final int FORMAT_VERSION = 1;

    public ArchiveManifest {
        tasks = List.copyOf(tasks);
    }

    byte[] toJson(ObjectMapper mapper) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("formatVersion", formatVersion);
        root.put("month", month.toString());
        root.put("runCount", runCount);
        root.put("runsBytes", runsBytes);
        root.put("runsSha256", runsSha256);
        root.put("logCount", logCount);
        root.put("logBytes", logBytes);
        putInstant(root, "firstScheduled", firstScheduled);
        putInstant(root, "lastScheduled", lastScheduled);
        ArrayNode names = root.putArray("tasks");
        tasks.forEach(names::add);
        root.put("createdAt", createdAt.toEpochMilli());
        root.put("kumoVersion", kumoVersion);
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    static ArchiveManifest fromJson(ObjectMapper mapper, byte[] json) throws IOException {
        JsonNode root = mapper.readTree(json);
        if (root == null || !root.has("formatVersion") || !root.has("month")) {
            throw new IOException("not an archive manifest");
        }
        int version = root.get("formatVersion").asInt();
        if (version > FORMAT_VERSION) {
            throw new IOException("written by a newer Kumo (archive format " + version + ")");
        }
        List<String> tasks = new ArrayList<>();
        root.path("tasks").forEach(name -> tasks.add(name.asText()));
        return new ArchiveManifest(version, YearMonth.parse(root.get("month").asText()), root.path("runCount").asInt(),
                root.path("runsBytes").asLong(), root.path("runsSha256").asText(), root.path("logCount").asInt(),
                root.path("logBytes").asLong(), instant(root, "firstScheduled"), instant(root, "lastScheduled"), tasks,
                Instant.ofEpochMilli(root.path("createdAt").asLong()), root.path("kumoVersion").asText());
    }

    private static void putInstant(ObjectNode root, String field, Instant value) {
        if (value == null) {
            root.putNull(field);
        } else {
            root.put(field, value.toEpochMilli());
        }
    }

    private static Instant instant(JsonNode root, String field) {
        JsonNode value = root.get(field);
        return value == null || value.isNull() ? null : Instant.ofEpochMilli(value.asLong());
    }
}
