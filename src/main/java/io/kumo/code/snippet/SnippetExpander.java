package io.kumo.code.snippet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a snippet body into text and tab stops. Lines after the first get the indentation of the line the snippet is
 * inserted on, so a snippet expanded inside a function stays inside it. A number used twice is a stop only where it
 * first appears; later uses insert the same default text.
 */
public final class SnippetExpander {

    private SnippetExpander() {
    }

    public static Expansion expand(String body, String indent) {
        StringBuilder text = new StringBuilder();
        List<Expansion.TabStop> stops = new ArrayList<>();
        java.util.Map<Integer, String> defaults = new java.util.HashMap<>();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && (body.charAt(i + 1) == '$' || body.charAt(i + 1) == '}' || body.charAt(i + 1) == '\\')) {
                text.append(body.charAt(i + 1));
                i += 2;
            } else if (c == '$' && i + 1 < body.length() && Character.isDigit(body.charAt(i + 1))) {
                int end = i + 1;
                while (end < body.length() && Character.isDigit(body.charAt(end))) {
                    end++;
                }
                int number = Integer.parseInt(body.substring(i + 1, end));
                place(text, stops, defaults, number, defaults.getOrDefault(number, ""));
                i = end;
            } else if (c == '$' && body.startsWith("{", i + 1)) {
                int close = closingBrace(body, i + 2);
                String inside = body.substring(i + 2, close);
                int colon = inside.indexOf(':');
                String digits = colon < 0 ? inside : inside.substring(0, colon);
                if (!digits.matches("\\d+")) {
                    throw new IllegalArgumentException("Not a placeholder: ${" + inside + "}");
                }
                int number = Integer.parseInt(digits);
                String value = colon < 0 ? defaults.getOrDefault(number, "") : inside.substring(colon + 1).replace("\\}", "}");
                place(text, stops, defaults, number, value);
                i = close + 1;
            } else {
                text.append(c);
                if (c == '\n') {
                    text.append(indent);
                }
                i++;
            }
        }
        if (stops.stream().noneMatch(stop -> stop.number() == 0)) {
            stops.add(new Expansion.TabStop(0, text.length(), text.length()));
        }
        stops.sort(Comparator.comparingInt((Expansion.TabStop stop) -> stop.number() == 0 ? Integer.MAX_VALUE : stop.number()));
        return new Expansion(text.toString(), stops);
    }

    private static void place(StringBuilder text, List<Expansion.TabStop> stops, java.util.Map<Integer, String> defaults,
                              int number, String value) {
        int start = text.length();
        text.append(value);
        if (!defaults.containsKey(number)) {
            defaults.put(number, value);
            stops.add(new Expansion.TabStop(number, start, text.length()));
        }
    }

    private static int closingBrace(String body, int from) {
        for (int i = from; i < body.length(); i++) {
            if (body.charAt(i) == '\\') {
                i++;
            } else if (body.charAt(i) == '}') {
                return i;
            }
        }
        throw new IllegalArgumentException("A placeholder is not closed: " + body.substring(from - 2));
    }
}
