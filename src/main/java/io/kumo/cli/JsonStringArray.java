package io.kumo.cli;

import java.util.List;

/**
 * A list of strings as one line of JSON ({@code ["task","list"]}), written without Jackson: a forwarding client only
 * sends its arguments, and loading Jackson's object mapper for that was a noticeable part of its start.
 */
final class JsonStringArray {

    private JsonStringArray() {
    }

    static String of(List<String> values) {
        StringBuilder json = new StringBuilder("[");
        for (String value : values) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"');
            value.chars().forEach(c -> escape((char) c, json));
            json.append('"');
        }
        return json.append(']').toString();
    }

    /** RFC 8259: quote, backslash and control characters escaped; everything else as is (the line is UTF-8). */
    private static void escape(char c, StringBuilder json) {
        switch (c) {
            case '"' -> json.append("\\\"");
            case '\\' -> json.append("\\\\");
            case '\n' -> json.append("\\n");
            case '\r' -> json.append("\\r");
            case '\t' -> json.append("\\t");
            default -> {
                if (c < 0x20) {
                    json.append(String.format("\\u%04x", (int) c));
                } else {
                    json.append(c);
                }
            }
        }
    }
}
