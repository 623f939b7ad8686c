package io.kumo.supervisor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Keeps the last stderr lines of a run and names its error: the exception line that ends a Python traceback
 * ({@code ValueError: bad row 7}), else the last non-blank stderr line.
 */
public final class ErrorSummary {

    private static final int KEPT_LINES = 200;
    private static final int MAX_LENGTH = 1000;
    private static final Pattern EXCEPTION_LINE = Pattern.compile("^[A-Za-z_][\\w.]*(Error|Exception|Exit|Interrupt|Warning|Failure)?(: .*)?$");

    private final Deque<String> tail = new ArrayDeque<>();

    public synchronized void addStderrLine(String line) {
        if (tail.size() == KEPT_LINES) {
            tail.removeFirst();
        }
        tail.addLast(line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH) : line);
    }

    /** Null when the run wrote nothing to stderr. */
    public synchronized String summary() {
        String lastNonBlank = null;
        boolean afterTraceback = false;
        String exception = null;
        for (String line : tail) {
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
