package io.kumo.supervisor;

/**
 * Receives a child's output as its log does (masked, in the order each pipe delivers it), for a caller that shows it
 * live or reads an answer from it: Python tools. Called on the pipe reader's thread; it must not block.
 */
@FunctionalInterface
public interface OutputTap {

    OutputTap NONE = (text, continues, stderr) -> { };

    /**
     * @param continues the line was cut (longer than the pipe reader's line limit) and goes on in the next call
     * @param stderr    from standard error, else standard output
     */
    void accept(String text, boolean continues, boolean stderr);
}
