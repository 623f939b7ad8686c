package io.kumo.alerts;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A message's Markdown in the form each service reads (commonmark). Raw HTML in the Markdown never survives as a tag,
 * and only http, https and mailto links stay links.
 */
public final class Rendering {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final MarkupRenderer SLACK = new MarkupRenderer(MarkupDialect.SLACK);
    private static final MarkupRenderer TELEGRAM = new MarkupRenderer(MarkupDialect.TELEGRAM);
    private static final MarkupRenderer PLAIN = new MarkupRenderer(MarkupDialect.PLAIN);

    /** Markdown punctuation a value could use to add emphasis, code, links, HTML, headings or mentions. */
    private static final String ESCAPED = "\\`*_~[]<>#@&!|{}";

    private Rendering() {
    }

    /** HTML with raw HTML escaped and unsafe link targets removed (mail's HTML part). */
    public static String html(String markdown) {
        return HTML.render(parse(markdown));
    }

    /** Slack's mrkdwn ({@code *bold*}, {@code <url|text>}, {@code &amp; &lt; &gt;} escaped). */
    public static String slackMrkdwn(String markdown) {
        return SLACK.render(parse(markdown));
    }

    /** The HTML subset Telegram's {@code parse_mode=HTML} accepts (b, i, a, code, pre). */
    public static String telegramHtml(String markdown) {
        return TELEGRAM.render(parse(markdown));
    }

    /** Readable text for services without formatting (the Markdown, less its markup noise). */
    public static String plainText(String markdown) {
        return PLAIN.render(parse(markdown));
    }

    /**
     * A value made inert inside Markdown: {@code \ ` * _ ~ [ ] < > # @ & ! | { }} backslash-escaped everywhere, and a
     * line's leading list, heading-underline or numbered-list marker too; null becomes "".
     */
    public static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        boolean lineStart = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r') {
                continue;
            }
            if (ESCAPED.indexOf(c) >= 0 || lineStart && (c == '-' || c == '+' || c == '=') || isNumberedMarker(value, i)) {
                out.append('\\');
            }
            if (lineStart && c == ' ') {
                continue; // leading blanks could make an indented code block
            }
            out.append(c);
            lineStart = c == '\n';
        }
        return out.toString();
    }

    /** The dot or bracket of "12." / "3)" at a line's start, which would open a numbered list. */
    private static boolean isNumberedMarker(String value, int index) {
        char c = value.charAt(index);
        if (c != '.' && c != ')') {
            return false;
        }
        int start = index;
        while (start > 0 && Character.isDigit(value.charAt(start - 1))) {
            start--;
        }
        int digits = start;
        while (start > 0 && value.charAt(start - 1) == ' ') {
            start--;
        }
        return digits < index && (start == 0 || value.charAt(start - 1) == '\n');
    }

    private static Node parse(String markdown) {
        return PARSER.parse(markdown == null ? "" : markdown);
    }
}
