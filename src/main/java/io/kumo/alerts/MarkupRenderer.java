package io.kumo.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Walks a parsed Markdown document and writes it through a {@link MarkupDialect}: blocks separated by a blank line,
 * list items by a line break, every literal through the dialect's escaping. Raw HTML in the source is written as text;
 * a link whose target is not http, https or mailto keeps its text only.
 */
final class MarkupRenderer {

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

    private final MarkupDialect dialect;

    MarkupRenderer(MarkupDialect dialect) {
        this.dialect = dialect;
    }

    String render(Node document) {
        return blocks(document).strip();
    }

    private String blocks(Node parent) {
        List<String> parts = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            String part = block(child);
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return String.join(parent instanceof ListItem item && isTight(item) ? "\n" : "\n\n", parts);
    }

    private String block(Node node) {
        return switch (node) {
            case Paragraph paragraph -> inlines(paragraph);
            case Heading heading -> dialect.heading().around(inlines(heading));
            case FencedCodeBlock fenced -> codeBlock(fenced.getLiteral());
            case IndentedCodeBlock indented -> codeBlock(indented.getLiteral());
            case ListBlock list -> list(list);
            case BlockQuote quote -> prefixLines(blocks(quote), dialect.quotePrefix(), dialect.quotePrefix());
            case ThematicBreak ignored -> dialect.rule();
            case HtmlBlock html -> dialect.escape().apply(withoutFinalNewline(html.getLiteral()));
            default -> blocks(node);
        };
    }

    private String list(ListBlock list) {
        List<String> items = new ArrayList<>();
        int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                ? ordered.getMarkerStartNumber() : 1;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            String marker = list instanceof OrderedList ? (number++) + ". " : dialect.bullet();
            items.add(prefixLines(blocks(item), marker, " ".repeat(marker.length())));
        }
        return String.join(list.isTight() ? "\n" : "\n\n", items);
    }

    private String inlines(Node parent) {
        StringBuilder out = new StringBuilder();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            out.append(inline(child));
        }
        return out.toString();
    }

    private String inline(Node node) {
        return switch (node) {
            case Text text -> dialect.escape().apply(text.getLiteral());
            case StrongEmphasis strong -> dialect.strong().around(inlines(strong));
            case Emphasis emphasis -> dialect.emphasis().around(inlines(emphasis));
            case Code code -> dialect.code().around(dialect.escape().apply(code.getLiteral()));
            case Link link -> isSafe(link.getDestination()) ? dialect.link().apply(link.getDestination(), inlines(link)) : inlines(link);
            case Image image -> inlines(image);
            case SoftLineBreak ignored -> "\n";
            case HardLineBreak ignored -> "\n";
            case HtmlInline html -> dialect.escape().apply(html.getLiteral());
            default -> inlines(node);
        };
    }

    private String codeBlock(String literal) {
        return dialect.codeBlock().around(dialect.escape().apply(withoutFinalNewline(literal)));
    }

    private static boolean isTight(ListItem item) {
        return item.getParent() instanceof ListBlock list && list.isTight();
    }

    static boolean isSafe(String destination) {
        int colon = destination == null ? -1 : destination.indexOf(':');
        return colon > 0 && SAFE_SCHEMES.contains(destination.substring(0, colon).toLowerCase(Locale.ROOT));
    }

    private static String prefixLines(String text, String first, String rest) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            out.append(i == 0 ? first : rest).append(lines[i]);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String withoutFinalNewline(String literal) {
        return literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
    }
}
