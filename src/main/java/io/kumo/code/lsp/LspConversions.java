package io.kumo.code.lsp;

import io.kumo.code.CodeProblem;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.lsp4j.CompletionItem;
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
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Turns LSP4J's messages into Kumo's own small types (LSP counts lines from 0, {@link CodeProblem} from 1). */
public final class LspConversions {

    public static final String SOURCE = "lsp";

    private LspConversions() {
    }

    public static CodeProblem problem(Diagnostic diagnostic) {
        Range range = diagnostic.getRange();
        int line = range.getStart().getLine() + 1;
        int column = range.getStart().getCharacter();
        int endLine = Math.max(line, range.getEnd().getLine() + 1);
        int endColumn = endLine == line ? Math.max(column, range.getEnd().getCharacter()) : range.getEnd().getCharacter();
        Either<String, Integer> code = diagnostic.getCode();
        String codeText = code == null ? null : code.isLeft() ? code.getLeft() : String.valueOf(code.getRight());
        return new CodeProblem(line, column, endLine, endColumn, severity(diagnostic.getSeverity()),
                diagnostic.getMessage() == null ? "" : diagnostic.getMessage().strip(), SOURCE, codeText);
    }

    public static List<CodeProblem> problems(List<Diagnostic> diagnostics) {
        return diagnostics == null ? List.of() : diagnostics.stream().map(LspConversions::problem).toList();
    }

    static CodeProblem.Severity severity(DiagnosticSeverity severity) {
        if (severity == null) {
            return CodeProblem.Severity.ERROR; // the protocol leaves a missing severity to the client: treat as an error
        }
        return switch (severity) {
            case Error -> CodeProblem.Severity.ERROR;
            case Warning -> CodeProblem.Severity.WARNING;
            case Information -> CodeProblem.Severity.INFO;
            case Hint -> CodeProblem.Severity.HINT;
        };
    }

    public static Completion completion(CompletionItem item) {
        String insert = item.getInsertText() != null ? item.getInsertText() : item.getLabel();
        if (item.getTextEdit() != null) {
            insert = item.getTextEdit().isLeft() ? item.getTextEdit().getLeft().getNewText() : item.getTextEdit().getRight().getNewText();
        }
        String kind = item.getKind() == null ? "" : item.getKind().name().toLowerCase(Locale.ROOT);
        String detail = item.getDetail() == null ? "" : item.getDetail().strip();
        return new Completion(item.getLabel(), kind, detail, insert, item.getSortText() == null ? item.getLabel() : item.getSortText());
    }

    public static List<Completion> completions(Either<List<CompletionItem>, CompletionList> result) {
        if (result == null) {
            return List.of();
        }
        List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
        return items == null ? List.of() : items.stream().map(LspConversions::completion)
                .sorted(java.util.Comparator.comparing(Completion::sortText)).toList();
    }

    /** The hover's text (markdown or plain), empty when the server had nothing to say. */
    public static String hoverText(Hover hover) {
        if (hover == null || hover.getContents() == null) {
            return "";
        }
        Either<List<Either<String, MarkedString>>, MarkupContent> contents = hover.getContents();
        if (contents.isRight()) {
            return contents.getRight().getValue() == null ? "" : contents.getRight().getValue().strip();
        }
        List<String> parts = new ArrayList<>();
        for (Either<String, MarkedString> part : contents.getLeft()) {
            parts.add(part.isLeft() ? part.getLeft() : part.getRight().getValue());
        }
        return String.join("\n\n", parts).strip();
    }

    public static Optional<DefinitionTarget> definition(Either<List<? extends Location>, List<? extends LocationLink>> result) {
        if (result == null) {
            return Optional.empty();
        }
        if (result.isLeft()) {
            return result.getLeft().stream().findFirst().map(location -> target(location.getUri(), location.getRange().getStart()));
        }
        return result.getRight().stream().findFirst()
                .map(link -> target(link.getTargetUri(), link.getTargetSelectionRange().getStart()));
    }

    private static DefinitionTarget target(String uri, Position start) {
        return new DefinitionTarget(path(uri), start.getLine() + 1, start.getCharacter());
    }

    public static Path path(String uri) {
        return Path.of(URI.create(uri)).normalize();
    }

    public static String uri(Path file) {
        return file.toAbsolutePath().normalize().toUri().toString();
    }
}
