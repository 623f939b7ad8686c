package io.kumo.code.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.code.CodeProblem;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MarkedString;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

class LspConversionsTest {

    private static Range range(int line, int column, int endLine, int endColumn) {
        return new Range(new Position(line, column), new Position(endLine, endColumn));
    }

    @Test
    void diagnosticBecomesAProblemCountingLinesFromOne() {
        Diagnostic diagnostic = new Diagnostic(range(2, 4, 2, 9), "\"foo\" is not defined", DiagnosticSeverity.Error, "Pyright",
                "reportUndefinedVariable");

        CodeProblem problem = LspConversions.problem(diagnostic);

        assertThat(problem).isEqualTo(new CodeProblem(3, 4, 3, 9, CodeProblem.Severity.ERROR, "\"foo\" is not defined", "lsp",
                "reportUndefinedVariable"));
    }

    @Test
    void numericCodesAndEverySeverityAreKept() {
        Diagnostic warning = new Diagnostic(range(0, 0, 0, 1), "w", DiagnosticSeverity.Warning, "x");
        warning.setCode(Either.forRight(401));
        Diagnostic info = new Diagnostic(range(0, 0, 0, 1), "i", DiagnosticSeverity.Information, "x");
        Diagnostic hint = new Diagnostic(range(0, 0, 0, 1), "h", DiagnosticSeverity.Hint, "x");

        assertThat(LspConversions.problems(List.of(warning, info, hint))).extracting(CodeProblem::severity, CodeProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CodeProblem.Severity.WARNING, "401"),
                        org.assertj.core.groups.Tuple.tuple(CodeProblem.Severity.INFO, null),
                        org.assertj.core.groups.Tuple.tuple(CodeProblem.Severity.HINT, null));
    }

    @Test
    void diagnosticWithoutSeverityIsAnErrorAndAMultiLineRangeKeepsItsEnd() {
        Diagnostic diagnostic = new Diagnostic(range(1, 8, 3, 2), "  unclosed  ");
        diagnostic.setSeverity(null);

        CodeProblem problem = LspConversions.problem(diagnostic);

        assertThat(problem).isEqualTo(new CodeProblem(2, 8, 4, 2, CodeProblem.Severity.ERROR, "unclosed", "lsp", null));
    }

    @Test
    void completionPrefersTheTextEditOverTheLabelAndNamesItsKind() {
        CompletionItem item = new CompletionItem("path");
        item.setKind(CompletionItemKind.Module);
        item.setDetail(" module ");
        item.setTextEdit(Either.forLeft(new TextEdit(range(1, 3, 1, 5), "path")));
        CompletionItem plain = new CompletionItem("pardir");
        plain.setKind(CompletionItemKind.Variable);
        plain.setInsertText("pardir");
        plain.setSortText("09");
        item.setSortText("10");

        List<Completion> completions = LspConversions.completions(Either.forRight(new CompletionList(false, List.of(item, plain))));

        assertThat(completions).containsExactly(new Completion("pardir", "variable", "", "pardir", "09"),
                new Completion("path", "module", "module", "path", "10"));
    }

    @Test
    void hoverTextComesFromMarkupOrMarkedStrings() {
        Hover markup = new Hover(new MarkupContent("markdown", "```python\ndef greet(name: str) -> str\n```\nSays hello. "));
        Hover marked = new Hover(List.of(Either.forLeft("first"), Either.forRight(new MarkedString("python", "def f()"))));

        assertThat(LspConversions.hoverText(markup)).isEqualTo("```python\ndef greet(name: str) -> str\n```\nSays hello.");
        assertThat(LspConversions.hoverText(marked)).isEqualTo("first\n\ndef f()");
        assertThat(LspConversions.hoverText(null)).isEmpty();
    }

    @Test
    void definitionIsTheFirstLocationOrLinkTarget() {
        Path file = Path.of("/tmp/project/lib.py");
        Location location = new Location(file.toUri().toString(), range(9, 4, 9, 9));
        LocationLink link = new LocationLink(file.toUri().toString(), range(0, 0, 20, 0), range(4, 6, 4, 11));

        assertThat(LspConversions.definition(Either.forLeft(List.of(location)))).contains(new DefinitionTarget(file, 10, 4));
        assertThat(LspConversions.definition(Either.forRight(List.of(link)))).contains(new DefinitionTarget(file, 5, 6));
        assertThat(LspConversions.definition(Either.forLeft(List.of()))).isEmpty();
    }

    @Test
    void urisAndPathsRoundTrip() {
        Path file = Path.of("/tmp/my project/a b.py");

        assertThat(LspConversions.uri(file)).isEqualTo("file:///tmp/my%20project/a%20b.py");
        assertThat(LspConversions.path(LspConversions.uri(file))).isEqualTo(file);
    }
}
