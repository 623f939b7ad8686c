package io.kumo.workflow;

import io.kumo.common.ValidationException;

/** A workflow file Kumo refuses; the message names the line when the problem has one ("line 12: ..."). */
public class WorkflowFileException extends ValidationException {

    private final int line;

    public WorkflowFileException(int line, String message) {
        super(line > 0 ? "line " + line + ": " + message : message);
        this.line = line;
    }

    public WorkflowFileException(String message) {
        this(0, message);
    }

    /** 1-based; 0 when the problem is the workflow as a whole. */
    public int line() {
        return line;
    }
}
