package io.kumo.alerts;

/** The HTML subset Telegram's {@code parse_mode=HTML} accepts: b, i, a, code, pre; everything else is escaped text. */
final class TelegramDialect implements MarkupDialect {

    @Override
    public String text(String literal) {
        return literal.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public String strong(String inner) {
        return "<b>" + inner + "</b>";
    }

    @Override
    public String emphasis(String inner) {
        return "<i>" + inner + "</i>";
    }

    @Override
    public String code(String literal) {
        return "<code>" + text(literal) + "</code>";
    }

    @Override
    public String codeBlock(String literal) {
        return "<pre>" + text(literal) + "</pre>";
    }

    @Override
    public String link(String destination, String inner) {
        return "<a href=\"" + text(destination).replace("\"", "&quot;") + "\">" + inner + "</a>";
    }

    @Override
    public String heading(String inner) {
        return "<b>" + inner + "</b>";
    }

    @Override
    public String quotePrefix() {
        return "&gt; ";
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
