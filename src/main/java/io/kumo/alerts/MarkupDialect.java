package io.kumo.alerts;

/**
 * How one service writes the pieces of a Markdown message (Slack mrkdwn, Telegram HTML, plain text). Each method gets
 * already rendered inner text, except {@code text}, {@code code} and {@code codeBlock}, which get the raw literal and
 * escape it themselves.
 */
interface MarkupDialect {

    String text(String literal);

    String strong(String inner);

    String emphasis(String inner);

    String code(String literal);

    String codeBlock(String literal);

    /** A link whose target passed {@link MarkupRenderer}'s scheme check. */
    String link(String destination, String inner);

    String heading(String inner);

    String quotePrefix();

    String bullet();

    String rule();
}
