package io.kumo.python;

/** Receives a tool's output as it comes, a line at a time, on the thread that reads it. */
@FunctionalInterface
public interface ToolOutput {

    void line(String line);

    static ToolOutput discard() {
        return line -> { };
    }
}
