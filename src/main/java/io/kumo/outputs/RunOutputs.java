package io.kumo.outputs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a run wrote under its OUTPUT_DIR, as stored in {@code runs.output_files}: a JSON array of
 * {@code {"path", "size", "modified"}}; each entry also names the folder ({@code "dir"}, absolute on the node that ran
 * the run) so that a workflow step's or a moved project's files are found again. An entry with only a {@code "note"}
 * says what was not listed (a folder too big to walk, more files than the cap).
 */
public record RunOutputs(Optional<Path> folder, List<OutputFile> files, List<String> notes) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public static final RunOutputs NONE = new RunOutputs(Optional.empty(), List.of(), List.of());

    public String encode() {
        ArrayNode array = MAPPER.createArrayNode();
        for (OutputFile file : files) {
            ObjectNode entry = array.addObject();
            entry.put("path", file.path());
            entry.put("size", file.size());
            entry.put("modified", file.modified().toString());
            folder.ifPresent(dir -> entry.put("dir", dir.toString()));
        }
        notes.forEach(note -> array.addObject().put("note", note));
        return array.toString();
    }

    /** The stored column read back; null or damaged: nothing recorded. */
    public static RunOutputs decode(String json) {
        if (json == null || json.isBlank()) {
            return NONE;
        }
        try {
            JsonNode array = MAPPER.readTree(json);
            if (!array.isArray()) {
                return NONE;
            }
            Path folder = null;
            List<OutputFile> files = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (JsonNode entry : array) {
                if (entry.hasNonNull("path")) {
                    files.add(new OutputFile(entry.get("path").asText(), entry.path("size").asLong(),
                            Instant.parse(entry.path("modified").asText(Instant.EPOCH.toString()))));
                    if (folder == null && entry.hasNonNull("dir")) {
                        folder = Path.of(entry.get("dir").asText());
                    }
                } else if (entry.hasNonNull("note")) {
                    notes.add(entry.get("note").asText());
                }
            }
            return new RunOutputs(Optional.ofNullable(folder), List.copyOf(files), List.copyOf(notes));
        } catch (JsonProcessingException | RuntimeException e) {
            return NONE;
        }
    }

    /** Where one of the files is on this machine (empty when the folder was not recorded). */
    public Optional<Path> locate(OutputFile file) {
        return folder.map(dir -> dir.resolve(file.path()));
    }
}
