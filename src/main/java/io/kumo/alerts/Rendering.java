package io.kumo.alerts;

/**
 * A message's Markdown in the form each service reads (commonmark). Contract stub: the `rules` engineer fills it.
 */
public final class Rendering {

    private Rendering() {
    }

    /** HTML with raw HTML escaped and unsafe link targets removed (mail's HTML part). */
    public static String html(String markdown) {
        throw new UnsupportedOperationException();
    }

    /** Slack's mrkdwn ({@code *bold*}, {@code <url|text>}, {@code &amp; &lt; &gt;} escaped). */
    public static String slackMrkdwn(String markdown) {
        throw new UnsupportedOperationException();
    }

    /** The HTML subset Telegram's {@code parse_mode=HTML} accepts (b, i, a, code, pre). */
    public static String telegramHtml(String markdown) {
        throw new UnsupportedOperationException();
    }

    /** Readable text for services without formatting (the Markdown, less its markup noise). */
    public static String plainText(String markdown) {
        throw new UnsupportedOperationException();
    }

    /** A value made inert inside Markdown: {@code * _ [ ] < > ` # @} and friends escaped. */
    public static String escape(String value) {
        throw new UnsupportedOperationException();
    }
}
