package io.kumo.supervisor;

/**
 * One pipe's lines on their way to the run log, the error summary (stderr) and a tap. A line of plain ASCII of a run
 * without secrets and without a tap is written from the pipe reader's buffer as it is (the usual case, and the one a
 * flood of output takes): no String, no copy. Any other line is decoded (invalid UTF-8 as U+FFFD) and masked over the
 * cuts of a long line, as before, so the log reads the same either way.
 */
final class OutputLines implements StreamPump.Lines {

    private final RunLog log;
    private final boolean stderr;
    private final ErrorSummary errors;
    private final boolean bytesWillDo;
    private final StreamPump.Lines decoded;

    /** @param errors keeps the last stderr lines; null for stdout */
    OutputLines(RunLog log, boolean stderr, ErrorSummary errors, OutputTap tap) {
        this.log = log;
        this.stderr = stderr;
        this.errors = errors;
        this.bytesWillDo = log.mask().masksNothing() && tap == OutputTap.NONE;
        // one masking step per line, before anything keeps it: the log and the error summary see masked text only
        SecretMask.Pieces masked = log.mask().piecesWithCuts((line, continues) -> {
            if (errors != null) {
                errors.addStderrLine(line);
            }
            log.line(line, stderr);
            tap.accept(line, continues, stderr);
        });
        this.decoded = StreamPump.decoded(masked::accept);
    }

    @Override
    public void accept(byte[] bytes, int length, boolean continues) {
        if (!bytesWillDo || !ascii(bytes, length)) {
            decoded.accept(bytes, length, continues);
            return;
        }
        if (errors != null) {
            errors.addAsciiStderrLine(bytes, length);
        }
        log.line(bytes, length, stderr);
    }

    /** ASCII is its own UTF-8, decoded or not: the bytes are what the String path would write. */
    private static boolean ascii(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }
}
