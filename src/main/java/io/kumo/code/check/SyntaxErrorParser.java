package io.kumo.code.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.code.CodeProblem;
import java.util.List;

/**
 * Reads what {@link SyntaxCheck}'s script prints: {@code null} when the text compiles, else the SyntaxError as
 * {@code {"line", "offset", "end_line", "end_offset", "msg", "type"}} with Python's 1-based offsets.
 */
public final class SyntaxErrorParser {

    public static final String SOURCE = "python";

    public List<CodeProblem> parse(String json) {
        JsonNode error = ProblemParsing.read(json, "python");
        if (error == null || error.isNull() || !error.isObject()) {
            return List.of();
        }
        int line = Math.max(1, ProblemParsing.integer(error, "line", 1));
        int column = Math.max(0, ProblemParsing.integer(error, "offset", 1) - 1);
        int endLine = Math.max(line, ProblemParsing.integer(error, "end_line", line));
        int endColumn = Math.max(0, ProblemParsing.integer(error, "end_offset", column + 2) - 1);
        if (endLine == line && endColumn <= column) {
            endColumn = column + 1; // Python often gives no end, or one before the start: mark one character
        }
        String type = error.path("type").asText("SyntaxError");
        String message = error.path("msg").asText("invalid syntax");
        return List.of(new CodeProblem(line, column, endLine, endColumn, CodeProblem.Severity.ERROR, message, SOURCE, type));
    }
}
