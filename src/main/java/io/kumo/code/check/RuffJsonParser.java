package io.kumo.code.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.code.CodeProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code ruff check --output-format=json}: an array of diagnostics with 1-based {@code location} and
 * {@code end_location} ({@code row}, {@code column}). Syntax errors (no rule code, or "invalid-syntax"), undefined
 * names (F821-F823) and E9xx are errors, the rest warnings (ruff's own "severity" calls every finding an error).
 */
public final class RuffJsonParser {

    public static final String SOURCE = "ruff";
    private static final java.util.regex.Pattern RULE = java.util.regex.Pattern.compile("[A-Z]+[0-9]+");

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

    /** Ruff's report that the text does not parse (it then reports nothing else). */
    public static boolean isSyntaxError(CodeProblem problem) {
        return problem.code() == null || !RULE.matcher(problem.code()).matches();
    }

    private static CodeProblem.Severity severity(String code) {
        if (code == null || !RULE.matcher(code).matches() || code.startsWith("E9") || code.equals("F821") || code.equals("F822") || code.equals("F823")) {
            return CodeProblem.Severity.ERROR;
        }
        return CodeProblem.Severity.WARNING;
    }
}
