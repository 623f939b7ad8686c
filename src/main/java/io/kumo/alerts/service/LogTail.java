package io.kumo.alerts.service;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The last lines of a run's log (the supervisor already masked secret values in it), read from its end. */
final class LogTail {

    private static final int MAX_BYTES = 64 * 1024;
    private static final int MAX_LINE = 500;

    private LogTail() {
    }

    /** Up to {@code lines} last lines, oldest first; empty when there is no log or it cannot be read. */
    static List<String> read(String logPath, int lines) {
        if (logPath == null || lines <= 0) {
            return List.of();
        }
        Path path = Path.of(logPath);
        if (!Files.isRegularFile(path)) {
            return List.of();
        }
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "r")) {
            long length = file.length();
            int size = (int) Math.min(length, MAX_BYTES);
            byte[] bytes = new byte[size];
            file.seek(length - size);
            file.readFully(bytes);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
            List<String> all = Arrays.stream(text.split("\\R", -1)).toList();
            if (size < length && !all.isEmpty()) {
                all = all.subList(1, all.size()); // the first line was cut
            }
            if (!all.isEmpty() && all.getLast().isEmpty()) {
                all = all.subList(0, all.size() - 1);
            }
            return all.subList(Math.max(0, all.size() - lines), all.size()).stream()
                    .map(line -> line.length() > MAX_LINE ? line.substring(0, MAX_LINE) + "…" : line).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
