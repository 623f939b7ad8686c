package io.kumo.alerts.send;

import java.util.function.IntUnaryOperator;

/**
 * Shortens a text to a vendor's limit on a character boundary, ending it with "…" when cut. Limits are counted in
 * UTF-16 chars (what Java's {@code length()} and most vendors' "characters" count), as UTF-8 bytes of the text, or as
 * UTF-8 bytes of the text escaped inside a JSON string. The "…" counts towards the limit.
 */
final class ByteCut {

    private static final String ELLIPSIS = "…";

    private ByteCut() {
    }

    /** The text in at most {@code maxChars} UTF-16 chars, a surrogate pair never split. */
    static String chars(String text, int maxChars) {
        return cut(text, maxChars, Character::charCount);
    }

    /** The text in at most {@code maxBytes} UTF-8 bytes. */
    static String utf8(String text, int maxBytes) {
        return cut(text, maxBytes, ByteCut::utf8Bytes);
    }

    /** The text such that, escaped in a JSON string (without its quotes), it takes at most {@code maxBytes} bytes. */
    static String jsonEscaped(String text, int maxBytes) {
        return cut(text, maxBytes, ByteCut::jsonBytes);
    }

    /** UTF-8 bytes of the text. */
    static int utf8Length(String text) {
        return text.codePoints().map(ByteCut::utf8Bytes).sum();
    }

    /** Bytes the text takes escaped inside a JSON string. */
    static int jsonLength(String text) {
        return text.codePoints().map(ByteCut::jsonBytes).sum();
    }

    private static String cut(String text, int max, IntUnaryOperator cost) {
        if (text.codePoints().map(cost).sum() <= max) {
            return text;
        }
        int budget = max - ELLIPSIS.codePoints().map(cost).sum();
        int used = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            used += cost.applyAsInt(codePoint);
            if (used > budget) {
                break;
            }
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end) + ELLIPSIS;
    }

    private static int utf8Bytes(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    private static int jsonBytes(int codePoint) {
        return switch (codePoint) {
            case '"', '\\', '\n', '\r', '\t', '\b', '\f' -> 2;
            default -> codePoint < 0x20 ? 6 : utf8Bytes(codePoint);
        };
    }
}
