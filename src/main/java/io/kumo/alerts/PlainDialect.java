package io.kumo.alerts;

/** Readable text: the words without their markup; a link keeps its target in brackets; code blocks stand on their own lines. */
final class PlainDialect implements MarkupDialect {

    @Override
    public String text(String literal) {
        return literal;
    }

    @Override
    public String strong(String inner) {
        return inner;
    }

    @Override
    public String emphasis(String inner) {
        return inner;
    }

    @Override
    public String code(String literal) {
        return literal;
    }

    @Override
    public String codeBlock(String literal) {
        return literal;
    }

    @Override
    public String link(String destination, String inner) {
        String target = destination.startsWith("mailto:") ? destination.substring("mailto:".length()) : destination;
        return inner.equals(target) || inner.equals(destination) ? inner : inner + " (" + destination + ")";
    }

    @Override
    public String heading(String inner) {
        return inner;
    }

    @Override
    public String quotePrefix() {
        return "> ";
    }

    @Override
    public String bullet() {
        return "- ";
    }

    @Override
    public String rule() {
        return "---";
    }
}
