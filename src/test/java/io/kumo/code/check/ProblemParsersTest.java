package io.kumo.code.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kumo.code.CodeProblem;
import io.kumo.code.CodeProblem.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemParsersTest {

    @Test
    void ruffDiagnosticsBecomeZeroBasedRangesWithCodes() {
        String json = """
                [{"cell":null,"code":"F401","end_location":{"column":10,"row":1},"filename":"/p/a.py","fix":null,
                  "location":{"column":8,"row":1},"message":"`os` imported but unused","noqa_row":1,"url":null},
                 {"code":"F821","end_location":{"column":6,"row":3},"location":{"column":1,"row":3},"message":"Undefined name `undefined`"}]
                """;
        List<CodeProblem> problems = new RuffJsonParser().parse(json);
        assertEquals(List.of(
                new CodeProblem(1, 7, 1, 9, Severity.WARNING, "`os` imported but unused", "ruff", "F401"),
                new CodeProblem(3, 0, 3, 5, Severity.ERROR, "Undefined name `undefined`", "ruff", "F821")), problems);
    }

    @Test
    void ruffSyntaxErrorWithoutCodeIsAnError() {
        String json = "[{\"code\":null,\"location\":{\"column\":5,\"row\":2},\"end_location\":{\"column\":5,\"row\":2},"
                + "\"message\":\"SyntaxError: Expected an expression\"}]";
        CodeProblem problem = new RuffJsonParser().parse(json).getFirst();
        assertEquals(Severity.ERROR, problem.severity());
        assertEquals(null, problem.code());
        assertEquals(4, problem.column());
    }

    @Test
    void ruffsOwnSeverityAndInvalidSyntaxCode() {
        String json = "[{\"code\":\"invalid-syntax\",\"location\":{\"column\":1,\"row\":4},\"end_location\":{\"column\":1,"
                + "\"row\":4},\"message\":\"unexpected EOF while parsing\",\"severity\":\"error\"},"
                + "{\"code\":\"E501\",\"location\":{\"column\":1,\"row\":1},\"end_location\":{\"column\":90,\"row\":1},"
                + "\"message\":\"Line too long\"}]";
        List<CodeProblem> problems = new RuffJsonParser().parse(json);
        assertEquals(Severity.ERROR, problems.get(0).severity());
        assertTrue(RuffJsonParser.isSyntaxError(problems.get(0)));
        assertEquals(Severity.WARNING, problems.get(1).severity());
        assertFalse(RuffJsonParser.isSyntaxError(problems.get(1)));
    }

    @Test
    void ruffOutputThatIsNotAListSaysWhat() {
        CheckFailedException error = assertThrows(CheckFailedException.class, () -> new RuffJsonParser().parse("error: oops"));
        assertTrue(error.getMessage().contains("oops"), error.getMessage());
    }

    @Test
    void pyflakesLinesWithAndWithoutColumns() {
        String stdout = "<stdin>:1:1: 'os' imported but unused\n<stdin>:4: undefined name 'x'\nnot a finding\n";
        assertEquals(List.of(
                new CodeProblem(1, 0, 1, 1, Severity.WARNING, "'os' imported but unused", "pyflakes", null),
                new CodeProblem(4, 0, 4, 1, Severity.ERROR, "undefined name 'x'", "pyflakes", null)),
                new PyflakesParser().parseWarnings(stdout));
    }

    @Test
    void pyflakesSyntaxErrorSkipsTheSourceLineAndCaret() {
        List<CodeProblem> errors = new PyflakesParser().parseErrors(List.of("<stdin>:2:9: invalid syntax", "def f(:", "        ^"));
        assertEquals(List.of(new CodeProblem(2, 8, 2, 9, Severity.ERROR, "invalid syntax", "pyflakes", null)), errors);
    }

    @Test
    void syntaxErrorJsonBecomesOneError() {
        String json = "{\"line\": 3, \"offset\": 7, \"end_line\": 3, \"end_offset\": 10, \"msg\": \"invalid syntax\", \"type\": \"SyntaxError\"}";
        assertEquals(List.of(new CodeProblem(3, 6, 3, 9, Severity.ERROR, "invalid syntax", "python", "SyntaxError")),
                new SyntaxErrorParser().parse(json));
    }

    @Test
    void syntaxErrorWithoutAnEndMarksOneCharacter() {
        String json = "{\"line\": 2, \"offset\": 4, \"end_line\": null, \"end_offset\": 0, \"msg\": \"unexpected indent\", \"type\": \"IndentationError\"}";
        CodeProblem problem = new SyntaxErrorParser().parse(json).getFirst();
        assertEquals(3, problem.column());
        assertEquals(4, problem.endColumn());
        assertEquals("IndentationError", problem.code());
    }

    @Test
    void compilingTextPrintsNull() {
        assertEquals(List.of(), new SyntaxErrorParser().parse("null\n"));
    }
}
