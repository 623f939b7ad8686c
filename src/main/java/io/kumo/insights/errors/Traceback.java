package io.kumo.insights.errors;

import java.util.List;

/**
 * The last Python traceback of a run's output: its frames, outermost first, and the exception that ended it.
 *
 * @param message the text after {@code "Type: "}; empty when the exception has none ({@code KeyboardInterrupt})
 */
public record Traceback(List<Frame> frames, String type, String message) {

    public Traceback {
        frames = List.copyOf(frames);
    }

    /**
     * One {@code File "…", line N, in fn} line.
     *
     * @param function null for a frame without one (a SyntaxError's location)
     */
    public record Frame(String file, int line, String function) {
    }
}
