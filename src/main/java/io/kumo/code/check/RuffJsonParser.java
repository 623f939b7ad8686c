package io.kumo.code.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.code.CodeProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code ruff check --output-format=json}: an array of diagnostics with 1-based {@code location} and
 * {@code end_location} ({@code row}, {@code column}). Syntax errors (no code), undefined names (F821-F823) and E9xx
 * are errors; the rest are warnings.
 */
public final class RuffJsonParser {

    public static final String SOURCE = "ruff";

    public List<CodeProblem> parse(String json) {
        JsonNode root = ProblemParsing.read(json, "ruff");
        if (root == null || !root.isArray()) {
            throw new CheckFailedException("ruff printed no list of problems: " + ProblemParsing.abbreviate(json));
        }
        List<CodeProblem> problems = new ArrayList<>();
        for (JsonNode item : root) {
            JsonNode start = item.get("location");
            JsonNode end = item.get("end_location");
            int line = Math.max(1, ProblemParsing.integer(start, "row", 1));
            int column = Math.max(0, ProblemParsing.integer(start, "column", 1) - 1);
            int endLine = Math.max(line, ProblemParsing.integer(end, "row", line));
            int endColumn = Math.max(0, ProblemParsing.integer(end, "column", column + 1) - 1);
            if (endLine == line && endColumn < column) {
                endColumn = column;
            }
            String code = item.hasNonNull("code") ? item.get("code").asText() : null;
            problems.add(new CodeProblem(line, column, endLine, endColumn, severity(code),
                    item.path("message").asText(""), SOURCE, code));
        }
        return problems;
    }

    private static CodeProblem.Severity severity(String code) {
        if (code == null || code.startsWith("E9") || code.equals("F821") || code.equals("F822") || code.equals("F823")) {
            return CodeProblem.Severity.ERROR;
        }
        return CodeProblem.Severity.WARNING;
    }
}
