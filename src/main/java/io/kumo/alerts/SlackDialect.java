package io.kumo.alerts;

/** Slack's mrkdwn: {@code *bold*}, {@code _italic_}, {@code <url|text>}, and {@code & < >} as entities everywhere. */
final class SlackDialect implements MarkupDialect {

    @Override
    public String text(String literal) {
        return literal.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public String strong(String inner) {
        return "*" + inner + "*";
    }

    @Override
    public String emphasis(String inner) {
        return "_" + inner + "_";
    }

    @Override
    public String code(String literal) {
        return "`" + text(literal) + "`";
    }

    @Override
    public String codeBlock(String literal) {
        return "```\n" + text(literal) + "\n```";
    }

    @Override
    public String link(String destination, String inner) {
        String target = destination.replace("|", "%7C").replace("<", "%3C").replace(">", "%3E").replace(" ", "%20");
        return "<" + target + "|" + inner + ">";
    }

    @Override
    public String heading(String inner) {
        return "*" + inner + "*";
    }

    @Override
    public String quotePrefix() {
        return "> ";
    }

    @Override
    public String bullet() {
        return "• ";
    }

    @Override
    public String rule() {
        return "———";
    }
}
