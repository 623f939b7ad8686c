package io.kumo.logs;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what a run's log gained since a byte offset, for a reader that follows a live run (`kumo run`, the API's event
 * stream): only complete lines, so a line is never shown in two pieces nor a UTF-8 character split. A read takes at
 * most {@link #MAX_READ} bytes; a single line longer than that comes in pieces cut between characters.
 */
public final class LogFollow {

    /** The most one read takes from the file. */
    public static final int MAX_READ = 4 * 1024 * 1024;

    private LogFollow() {
    }

    /** What one read found: the bytes from {@code start}, and where the next read begins. */
    public record Chunk(long start, byte[] bytes) {

        public static Chunk none(long at) {
            return new Chunk(at, new byte[0]);
        }

        public boolean isEmpty() {
            return bytes.length == 0;
        }

        public long next() {
            return start + bytes.length;
        }

        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        /** Its lines without their line ends, each with the offset just after it. */
        public List<Line> lines() {
            List<Line> lines = new ArrayList<>();
            int from = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    lines.add(line(from, i, i + 1));
                    from = i + 1;
                }
            }
            if (from < bytes.length) {
                lines.add(line(from, bytes.length, bytes.length));
            }
            return lines;
        }

        private Line line(int from, int to, int after) {
            int end = to > from && bytes[to - 1] == '\r' ? to - 1 : to;
            return new Line(new String(bytes, from, end - from, StandardCharsets.UTF_8), start + after);
        }
    }

    /** One line's text and the byte offset after its line end: where reading resumes after it. */
    public record Line(String text, long end) {
    }

    /** The complete lines appended since {@code offset}; none when the log does not exist (yet). */
    public static Chunk completeLines(Path log, long offset) throws IOException {
        return read(log, offset, false);
    }

    /** As {@link #completeLines}, and a last line without its line end too: for a log nothing writes any more. */
    public static Chunk rest(Path log, long offset) throws IOException {
        return read(log, offset, true);
    }

    private static Chunk read(Path log, long offset, boolean toTheEnd) throws IOException {
        if (!Files.isRegularFile(log)) {
            return Chunk.none(offset);
        }
        byte[] bytes;
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            if (length <= offset) {
                return Chunk.none(offset);
            }
            bytes = new byte[(int) Math.min(length - offset, MAX_READ)];
            file.seek(offset);
            file.readFully(bytes);
            toTheEnd &= offset + bytes.length == length;
        }
        int end = toTheEnd ? bytes.length : lastLineEnd(bytes);
        if (end == 0 && bytes.length == MAX_READ) { // one line longer than a read: pass it on in pieces
            end = characterBoundary(bytes);
        }
        return new Chunk(offset, end == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, end));
    }

    private static int lastLineEnd(byte[] bytes) {
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        return end;
    }

    /** The length of the longest prefix that ends between two UTF-8 characters. */
    private static int characterBoundary(byte[] bytes) {
        int end = bytes.length;
        int back = 0;
        while (end > 0 && back < 4 && (bytes[end - 1] & 0xC0) == 0x80) { // continuation bytes of a character cut short
            end--;
            back++;
        }
        if (end > 0 && (bytes[end - 1] & 0x80) != 0) { // the lead byte of that character goes with it
            int lead = bytes[end - 1] & 0xFF;
            int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
            if (length > back + 1) {
                return end - 1;
            }
            return end + back;
        }
        return bytes.length;
    }
}
