package io.kumo.insights.errors;

import io.kumo.logs.LogTail;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The last lines of a failed run's log, where its traceback is: at most {@link #LINES} lines and {@link #MAX_BYTES}. */
final class FailureLog {

    static final int LINES = 200;
    static final int MAX_BYTES = 64 * 1024;

    private FailureLog() {
    }

    /** Oldest first; empty when there is no log or it cannot be read. */
    static List<String> lastLines(Path log) {
        if (log == null || !Files.isRegularFile(log)) {
            return List.of();
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            long start = Math.max(LogTail.startOfLast(log, LINES), length - MAX_BYTES);
            byte[] bytes = new byte[(int) (length - start)];
            file.seek(start);
            file.readFully(bytes);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
            List<String> lines = Arrays.asList(text.split("\\R", -1));
            if (start > 0 && start == length - MAX_BYTES && !lines.isEmpty()) {
                lines = lines.subList(1, lines.size()); // cut in the middle of a line
            }
            return lines.isEmpty() || !lines.getLast().isEmpty() ? lines : lines.subList(0, lines.size() - 1);
        } catch (IOException e) {
            return List.of();
        }
    }
}
