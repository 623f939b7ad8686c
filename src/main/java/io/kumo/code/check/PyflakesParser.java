package io.kumo.code.check;

import io.kumo.code.CodeProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads pyflakes' lines, {@code FILE:LINE:COL: message} (older versions leave out the 1-based column). Warnings go to
 * standard output; a syntax error goes to standard error followed by the source line and a caret, which are skipped.
 */
public final class PyflakesParser {

    public static final String SOURCE = "pyflakes";
    private static final Pattern LINE = Pattern.compile("^.*?:(\\d+):(?:(\\d+):)?\\s(.+)$");

    /** Problems from standard output (warnings). */
    public List<CodeProblem> parseWarnings(String stdout) {
        return parse(stdout, false);
    }

    /** The syntax error pyflakes printed to standard error, if any. */
    public List<CodeProblem> parseErrors(List<String> stderrLines) {
        return parse(String.join("\n", stderrLines), true).stream().limit(1).toList();
    }

    private List<CodeProblem> parse(String text, boolean errors) {
        List<CodeProblem> problems = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            Matcher matcher = LINE.matcher(raw.strip());
            if (!matcher.matches()) {
                continue;
            }
            int line = Math.max(1, Integer.parseInt(matcher.group(1)));
            int column = matcher.group(2) == null ? 0 : Math.max(0, Integer.parseInt(matcher.group(2)) - 1);
            String message = matcher.group(3).strip();
            CodeProblem.Severity severity = errors || message.startsWith("undefined name")
                    ? CodeProblem.Severity.ERROR : CodeProblem.Severity.WARNING;
            problems.add(new CodeProblem(line, column, line, column + 1, severity, message, SOURCE, null));
        }
        return problems;
    }
}
