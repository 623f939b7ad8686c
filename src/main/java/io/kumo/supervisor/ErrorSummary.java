package io.kumo.supervisor;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Keeps the last stderr lines of a run and names its error: the exception line that ends a Python traceback
 * ({@code ValueError: bad row 7}), else the last non-blank stderr line. The lines wait as UTF-8 bytes in a ring of
 * reused arrays and become Strings only for the summary: a run flooding stderr costs no allocation per line here.
 */
public final class ErrorSummary {

    private static final int KEPT_LINES = 200;
    private static final int MAX_LENGTH = 1000;
    private static final Pattern EXCEPTION_LINE = Pattern.compile("^[A-Za-z_][\\w.]*(Error|Exception|Exit|Interrupt|Warning|Failure)?(: .*)?$");

    private final byte[][] lines = new byte[KEPT_LINES][];
    private final int[] lengths = new int[KEPT_LINES];
    /** The slot of the next line; the oldest kept line once the ring is full. */
    private int next;
    private int count;

    public synchronized void addStderrLine(String line) {
        byte[] bytes = (line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH) : line).getBytes(StandardCharsets.UTF_8);
        keep(bytes, bytes.length);
    }

    /** A line of ASCII characters (one byte each), copied: the caller may reuse its array. */
    synchronized void addAsciiStderrLine(byte[] ascii, int length) {
        keep(ascii, Math.min(length, MAX_LENGTH));
    }

    private void keep(byte[] bytes, int length) {
        if (lines[next] == null || lines[next].length < length) {
            lines[next] = Arrays.copyOf(bytes, Math.max(length, 128));
        } else {
            System.arraycopy(bytes, 0, lines[next], 0, length);
        }
        lengths[next] = length;
        next = (next + 1) % KEPT_LINES;
        count = Math.min(count + 1, KEPT_LINES);
    }

    /** Null when the run wrote nothing to stderr. */
    public synchronized String summary() {
        String lastNonBlank = null;
        boolean afterTraceback = false;
        String exception = null;
        for (int i = 0; i < count; i++) {
            int slot = (next - count + i + KEPT_LINES) % KEPT_LINES;
            String line = new String(lines[slot], 0, lengths[slot], StandardCharsets.UTF_8);
            if (line.startsWith("Traceback (most recent call last)")) {
                afterTraceback = true;
                exception = null;
            } else if (afterTraceback && !line.startsWith(" ") && !line.startsWith("\t") && EXCEPTION_LINE.matcher(line).matches()
                    && looksLikeException(line)) {
                exception = line;
            }
            if (!line.isBlank()) {
                lastNonBlank = line;
            }
        }
        return exception != null ? exception.strip() : lastNonBlank == null ? null : lastNonBlank.strip();
    }

    private static boolean looksLikeException(String line) {
        String name = line.contains(":") ? line.substring(0, line.indexOf(':')) : line;
        return name.endsWith("Error") || name.endsWith("Exception") || name.endsWith("Exit") || name.endsWith("Interrupt")
                || name.endsWith("Warning") || name.endsWith("Failure") || line.contains(": ");
    }
}
