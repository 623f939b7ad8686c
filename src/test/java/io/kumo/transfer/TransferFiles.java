package io.kumo.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Reads and rewrites export files, for tests that hand an import a damaged or altered one. */
final class TransferFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TransferFiles() {
    }

    static List<String> lines(Path export) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(export))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    static JsonNode header(Path export) throws IOException {
        return JSON.readTree(lines(export).getFirst());
    }

    /** A copy of {@code export} whose header {@code change} altered. */
    static Path withHeader(Path export, Path copy, UnaryOperator<ObjectNode> change) throws IOException {
        List<String> lines = new ArrayList<>(lines(export));
        lines.set(0, JSON.writeValueAsString(change.apply((ObjectNode) JSON.readTree(lines.getFirst()))));
        return write(copy, lines);
    }

    /** A copy of {@code export} with only its first {@code count} lines, a complete gzip file. */
    static Path firstLines(Path export, Path copy, int count) throws IOException {
        return write(copy, lines(export).subList(0, count));
    }

    static Path write(Path file, List<String> lines) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
