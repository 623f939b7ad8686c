package io.kumo.alerts;

import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * How one service writes the pieces of a Markdown message: what wraps bold, italic, code, code blocks and headings,
 * how a literal is escaped, how a link (whose target passed {@link MarkupRenderer}'s scheme check) is written, and the
 * quote, bullet and rule marks.
 *
 * @param link (destination, rendered text) → the link
 */
record MarkupDialect(Wrap strong, Wrap emphasis, Wrap code, Wrap codeBlock, Wrap heading, UnaryOperator<String> escape,
                     BinaryOperator<String> link, String quotePrefix, String bullet, String rule) {

    /** Text before and after what it wraps. */
    record Wrap(String open, String close) {
        static final Wrap NONE = new Wrap("", "");

        String around(String inner) {
            return open + inner + close;
        }
    }

    /** Slack's mrkdwn: {@code *bold*}, {@code _italic_}, {@code <url|text>}, and {@code & < >} as entities everywhere. */
    static final MarkupDialect SLACK = new MarkupDialect(new Wrap("*", "*"), new Wrap("_", "_"), new Wrap("`", "`"),
            new Wrap("```\n", "\n```"), new Wrap("*", "*"), MarkupDialect::entities,
            (destination, text) -> "<" + destination.replace("|", "%7C").replace("<", "%3C").replace(">", "%3E")
                    .replace(" ", "%20") + "|" + text + ">",
            "> ", "• ", "———");

    /** The HTML subset Telegram's {@code parse_mode=HTML} accepts: b, i, a, code, pre; everything else is escaped text. */
    static final MarkupDialect TELEGRAM = new MarkupDialect(new Wrap("<b>", "</b>"), new Wrap("<i>", "</i>"),
            new Wrap("<code>", "</code>"), new Wrap("<pre>", "</pre>"), new Wrap("<b>", "</b>"), MarkupDialect::entities,
            (destination, text) -> "<a href=\"" + entities(destination).replace("\"", "&quot;") + "\">" + text + "</a>",
            "&gt; ", "• ", "———");

    /** Readable text: the words without their markup; a link keeps its target in brackets. */
    static final MarkupDialect PLAIN = new MarkupDialect(Wrap.NONE, Wrap.NONE, Wrap.NONE, Wrap.NONE, Wrap.NONE,
            literal -> literal, MarkupDialect::plainLink, "> ", "- ", "---");

    static String entities(String literal) {
        return literal.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String plainLink(String destination, String text) {
        String target = destination.startsWith("mailto:") ? destination.substring("mailto:".length()) : destination;
        return text.equals(target) || text.equals(destination) ? text : text + " (" + destination + ")";
    }
}
