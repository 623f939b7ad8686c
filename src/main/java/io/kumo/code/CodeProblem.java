package io.kumo.code;

import java.util.Objects;

/**
 * One thing a checker found in a file: where (1-based lines, 0-based columns, the end exclusive), how bad, what, and
 * which checker said so ("python" for py_compile, "ruff", "pyflakes", "lsp") with its own code ("F401") when it has one.
 */
public record CodeProblem(int line, int column, int endLine, int endColumn, Severity severity, String message,
                          String source, String code) {

    public enum Severity { ERROR, WARNING, INFO, HINT }

    public CodeProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(source, "source");
        if (line < 1 || column < 0 || endLine < line || (endLine == line && endColumn < column)) {
            throw new IllegalArgumentException("Not a range: " + line + ":" + column + "-" + endLine + ":" + endColumn);
        }
    }

    /** A problem on one spot of a line (an empty range). */
    public static CodeProblem at(int line, int column, Severity severity, String message, String source, String code) {
        return new CodeProblem(line, column, line, column, severity, message, source, code);
    }
}
